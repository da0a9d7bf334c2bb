// One chi bộ in the eligibility view: a heading button that opens or closes it, its counts, and its
// members in the order of business with badges (Kiểm điểm, Xếp loại, Biểu quyết, Mẫu 02A/B/C) and,
// for each exclusion, the engine's reason in Vietnamese with the article it rests on. Layer: renderer.
import type { EligibilityMember, EligibilityUnit } from '../../../shared/review/index';
import { partyRoles } from '../../../shared/domain/enums';
import { formatCount } from '../../text/format';
import { shortStatusLabels } from '../../text/labels';

interface Props {
  unit: EligibilityUnit;
  members: readonly EligibilityMember[];
  open: boolean;
  onToggle(): void;
}

export function EligibilityUnitBlock({ unit, members, open, onToggle }: Props) {
  const c = unit.counts;
  const bodyId = `elig-unit-${unit.orgUnitId}`;
  return (
    <section className="elig-unit" aria-label={unit.name}>
      <h4 className="elig-unit-head">
        <button type="button" className="elig-unit-toggle" aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
          <span className="elig-unit-arrow" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {unit.name}
        </button>
      </h4>
      <p className="elig-unit-counts">
        Đang sinh hoạt <strong>{formatCount(c.onRoll)}</strong> · Được kiểm điểm <strong>{formatCount(c.reviewed)}</strong> · Được xếp loại{' '}
        <strong>{formatCount(c.classified)}</strong> · Có quyền biểu quyết <strong>{formatCount(c.voters)}</strong>
      </p>
      {open && (
        <div id={bodyId}>
          {members.length === 0 ? (
            <p className="muted">Chi bộ chưa có đảng viên đang sinh hoạt.</p>
          ) : (
            <table className="table elig-table">
              <caption className="visually-hidden">Đảng viên của {unit.name}</caption>
              <colgroup>
                <col className="elig-col-name" />
                <col className="elig-col-status" />
                <col className="elig-col-badges" />
                <col />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Họ và tên</th>
                  <th scope="col">Trạng thái</th>
                  <th scope="col">Kiểm điểm, xếp loại, biểu quyết</th>
                  <th scope="col">Lý do, lưu ý</th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <MemberRow key={m.memberId} m={m} />
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}

function MemberRow({ m }: { m: EligibilityMember }) {
  const excluded = !m.reviewed;
  return (
    <tr data-member-id={m.memberId} className={excluded ? 'elig-excluded' : !m.canVote ? 'elig-no-vote' : undefined}>
      <th scope="row" className="elig-name">
        {m.fullName}
        {m.partyRole !== 'member' && <span className="elig-role">{partyRoles.labels[m.partyRole]}</span>}
      </th>
      <td>{shortStatusLabels[m.status]}</td>
      <td>
        <ul className="badges" aria-label={`Quyền của ${m.fullName}`}>
          {m.reviewed && <li className="badge badge-ok">Kiểm điểm</li>}
          {m.classified && <li className="badge badge-ok">Xếp loại</li>}
          {m.canVote && <li className="badge badge-ok">Biểu quyết</li>}
          {m.reviewed && <li className="badge badge-form">Mẫu {m.form}</li>}
          {excluded && <li className="badge badge-none">Không kiểm điểm</li>}
        </ul>
      </td>
      <td className="elig-reasons">
        {m.reasons.length === 0 && m.notes.length === 0 && <span className="muted">—</span>}
        {[...m.reasons, ...m.notes].map((r) => (
          <p key={r.code} className={m.notes.includes(r) ? 'elig-note' : 'elig-reason'}>
            {r.message} <span className="elig-ref">({r.ref})</span>
          </p>
        ))}
      </td>
    </tr>
  );
}

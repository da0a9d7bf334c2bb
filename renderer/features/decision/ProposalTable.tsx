// Every proposal of the scope, chi bộ by chi bộ: the member (or the collective), the score, the level
// the rules compute with their reasons (message and article), what the chi bộ's vote proposed, and
// where the Đảng ủy stands: a level it decided or recognized (solid), or "Chưa quyết định" with the
// proposal the lock would take greyed ("theo đề nghị"), so a proposal never reads as a decision; with a
// button to decide. Rows that need a decision or exceed the quota stand out. Layer: renderer.
import type { DecisionSubject } from '../../../shared/meeting/decision';
import { LEVEL_NAMES } from '../../../shared/rules/levels';
import { formatNumberVi } from '../../../shared/rules/reasons';
import { formatDateVi } from '../../../shared/text/dates';
import { byUnit, decisionState } from './decision-model';
import { LevelText } from './LevelText';
import type { DecideRequest } from './VerifySection';

export function ProposalTable({ subjects, onDecide }: { subjects: readonly DecisionSubject[]; onDecide(r: DecideRequest): void }) {
  return (
    <section className="decision-block" aria-labelledby="proposals-title">
      <h3 id="proposals-title">Đề nghị của các chi bộ</h3>
      <p className="part-lead">Mỗi dòng là một đảng viên hoặc tập thể chi bộ; bấm “Lý do” để xem căn cứ tính mức theo quy định.</p>
      {byUnit(subjects).map((u) => (
        <table key={u.orgUnitId} className="table proposal-table">
          <caption>{u.unitName}</caption>
          <thead>
            <tr>
              <th scope="col">Đảng viên / tập thể</th>
              <th scope="col" className="num">
                Điểm
              </th>
              <th scope="col">Mức tính theo quy định</th>
              <th scope="col">Chi bộ đề nghị</th>
              <th scope="col">Đảng ủy quyết định</th>
              <th scope="col">
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {u.subjects.map((s) => (
              <SubjectRow key={s.key} s={s} onDecide={onDecide} />
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}

function SubjectRow({ s, onDecide }: { s: DecisionSubject; onDecide(r: DecideRequest): void }) {
  const cls = [s.needsDecision ? 'row-needs-decision' : '', s.overQuota ? 'row-over-quota' : ''].filter(Boolean).join(' ') || undefined;
  const reasons = s.computed.reasons;
  return (
    <tr className={cls} data-subject={s.key}>
      <th scope="row">
        {s.kind === 'member' ? s.name : 'Tập thể chi bộ'}
        {s.needsDecision && <span className="flag flag-open">Cần quyết định</span>}
        {s.overQuota && <span className="flag flag-quota">Vượt tỷ lệ</span>}
      </th>
      <td className="num">{s.score ? formatNumberVi(s.score.total) : '—'}</td>
      <td>
        <LevelText level={s.computed.level} none="Quy định chưa có mức" />
        {reasons.length > 0 && (
          <details className="reasons">
            <summary>Lý do ({reasons.length})</summary>
            <ul>
              {reasons.map((r, i) => (
                <li key={`${r.code}-${i}`}>
                  {r.message} <span className="ref">({r.ref})</span>
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
      <td>
        <LevelText level={s.proposal} />
      </td>
      <DecisionCell s={s} />
      <td>
        {!s.locked && (
          <button type="button" className="btn btn-secondary btn-small" onClick={() => onDecide({ subject: s })} aria-label={`Quyết định: ${s.name}`}>
            Quyết định
          </button>
        )}
      </td>
    </tr>
  );
}

/** The Đảng ủy column: what it decided or recognized, or plainly that it has not decided yet. */
function DecisionCell({ s }: { s: DecisionSubject }) {
  const state = decisionState(s);
  return (
    <td className={`decision-cell decision-${state}`}>
      {state === 'recognized' || state === 'decided' ? (
        <>
          <LevelText level={s.finalLevel} />
          <span className={state === 'recognized' ? 'decision-tag decision-tag-recognized' : 'decision-tag'}>{state === 'recognized' ? 'Đã công nhận' : 'Đảng ủy đã quyết định'}</span>
        </>
      ) : (
        <>
          <span className="level level-none">Chưa quyết định</span>
          {state === 'pending' && s.proposal && (
            <p className="decision-proposed">
              Khi khóa sẽ công nhận theo đề nghị: <span className="level-proposed">{LEVEL_NAMES[s.proposal]}</span>
            </p>
          )}
        </>
      )}
      {s.decision?.reason && state !== 'open' && <p className="decision-reason">Lý do: {s.decision.reason}</p>}
      {s.locked && (
        <p className="decision-reason">
          QĐ số {s.locked.decisionNo} ngày {formatDateVi(s.locked.decidedOn)}
        </p>
      )}
    </td>
  );
}

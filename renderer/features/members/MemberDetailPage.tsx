// Hồ sơ đảng viên: every field, the status history, transfers, discipline and awards, with the
// actions "Sửa thông tin", "Đổi trạng thái", "Chuyển sinh hoạt", "Thêm kỷ luật", "Thêm khen thưởng".
// Layer: renderer.
import { useEffect, useMemo, useState } from 'react';
import { genders, memberCategories, memberStatuses, partyRoles, politicalTheoryLevels, type MemberStatus } from '../../../shared/domain/enums';
import type { Member } from '../../../shared/domain/member';
import { formatDateVi } from '../../../shared/text/dates';
import { useMembers, useOrg, useStores } from '../../state/stores';
import { Loading } from '../../ui/Loading';
import { shortUnitPath } from '../org/org-tree-model';
import { AwardDialog } from './AwardDialog';
import { DisciplineDialog } from './DisciplineDialog';
import { HistoryTables } from './HistoryTables';
import { StatusChangeDialog } from './StatusChangeDialog';
import { TransferDialog } from './TransferDialog';
import { MemberReviewHistory } from '../decision/MemberReviewHistory';

type Action = 'status' | 'transfer' | 'discipline' | 'award';

/** Members who are deceased or left the party keep their record but change no more. */
const FINAL: readonly MemberStatus[] = ['deceased', 'left'];

export function MemberDetailPage({ id }: { id: string }) {
  const { members } = useStores();
  const detail = useMembers((s) => s.detail);
  const units = useOrg((s) => s.units);
  const [action, setAction] = useState<Action | null>(null);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);

  useEffect(() => {
    void members.getState().loadDetail(id);
  }, [id, members]);

  const back = () => members.getState().show({ kind: 'list' });
  if (!detail || detail.member.id !== id) {
    return (
      <div>
        <button type="button" className="btn btn-secondary" onClick={back}>
          ← Danh sách đảng viên
        </button>
        <Loading />
      </div>
    );
  }
  const m = detail.member;
  const unitName = (unitId: string) => shortUnitPath(byId, unitId);
  const final = FINAL.includes(m.status);
  const gone = final || m.status === 'transferred-out';

  return (
    <div className="member-detail">
      <div className="page-head">
        <button type="button" className="btn btn-secondary" onClick={back}>
          ← Danh sách đảng viên
        </button>
      </div>
      <h1 className="page-title">{m.fullName}</h1>
      <p className="page-subtitle">
        <span className={`status status-${m.status}`}>{memberStatuses.labels[m.status]}</span>
        {m.statusSince ? ` từ ${formatDateVi(m.statusSince)}` : ''} — {unitName(m.orgUnitId)}
      </p>
      <div className="actions" role="group" aria-label="Thao tác với hồ sơ">
        <button type="button" className="btn btn-primary" onClick={() => members.getState().show({ kind: 'edit', id: m.id })}>
          Sửa thông tin
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => setAction('status')} disabled={final}>
          Đổi trạng thái
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => setAction('transfer')} disabled={gone}>
          Chuyển sinh hoạt
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => setAction('discipline')}>
          Thêm kỷ luật
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => setAction('award')}>
          Thêm khen thưởng
        </button>
      </div>

      <MemberFacts member={m} unitName={unitName} />
      <HistoryTables detail={detail} unitName={unitName} />
      <MemberReviewHistory memberId={m.id} fullName={m.fullName} />

      {action === 'status' && <StatusChangeDialog member={m} onClose={() => setAction(null)} />}
      {action === 'transfer' && <TransferDialog member={m} units={units} onClose={() => setAction(null)} />}
      {action === 'discipline' && <DisciplineDialog member={m} onClose={() => setAction(null)} />}
      {action === 'award' && <AwardDialog member={m} onClose={() => setAction(null)} />}
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value ? value : <span className="muted">Chưa có</span>}</dd>
    </>
  );
}

function MemberFacts({ member: m, unitName }: { member: Member; unitName(id: string): string }) {
  return (
    <div className="detail-grid">
      <section className="panel" aria-labelledby="facts-personal">
        <h2 id="facts-personal">Thông tin cá nhân</h2>
        <dl className="facts">
          <Fact label="Họ và tên" value={m.fullName} />
          <Fact label="Giới tính" value={genders.labels[m.gender]} />
          <Fact label="Ngày sinh" value={formatDateVi(m.birthDate)} />
          <Fact label="Dân tộc" value={m.ethnicity} />
          <Fact label="Tôn giáo" value={m.religion} />
          <Fact label="Quê quán" value={m.hometown} />
          <Fact label="Nơi cư trú" value={m.residence} />
          <Fact label="Số CCCD" value={m.citizenId} />
          <Fact label="Số điện thoại" value={m.phone} />
        </dl>
      </section>
      <section className="panel" aria-labelledby="facts-party">
        <h2 id="facts-party">Thông tin đảng viên</h2>
        <dl className="facts">
          <Fact label="Chi bộ" value={unitName(m.orgUnitId)} />
          <Fact label="Trạng thái" value={memberStatuses.labels[m.status]} />
          {m.statusPlace && <Fact label="Nơi sinh hoạt tạm thời" value={m.statusPlace} />}
          <Fact label="Ngày vào Đảng" value={formatDateVi(m.admittedOn)} />
          <Fact label="Ngày chính thức" value={formatDateVi(m.confirmedOn)} />
          <Fact label="Số thẻ đảng viên" value={m.cardNo} />
          <Fact label="Số lý lịch" value={m.recordNo} />
          <Fact label="Chức vụ đảng" value={partyRoles.labels[m.partyRole]} />
          <Fact label="Đảng ủy viên xã" value={m.communeCommittee ? 'Có' : 'Không'} />
          <Fact label="Loại đảng viên" value={memberCategories.labels[m.category]} />
        </dl>
      </section>
      <section className="panel" aria-labelledby="facts-work">
        <h2 id="facts-work">Công tác – trình độ</h2>
        <dl className="facts">
          <Fact label="Đơn vị công tác" value={m.workplace} />
          <Fact label="Chức vụ chính quyền, đoàn thể" value={m.post} />
          <Fact label="Trình độ học vấn" value={m.education} />
          <Fact label="Chuyên môn nghiệp vụ" value={m.professionalLevel} />
          <Fact label="Lý luận chính trị" value={politicalTheoryLevels.labels[m.politicalTheory]} />
        </dl>
        <h2 id="facts-notes">Ghi chú</h2>
        <p className="notes-text">{m.notes ?? <span className="muted">Không có ghi chú.</span>}</p>
      </section>
    </div>
  );
}

// "Xếp loại lại (Mẫu 03)": choose a member or chi bộ whose result was recognized, the new level, the
// reason, the decision number and date; below, the re-ratings of the year and the audit log of the
// chosen subject (who changed what, when, and why). Layer: renderer.
import { useEffect, useState } from 'react';
import type { DecisionSubject } from '../../../shared/meeting/decision';
import { formatDateVi } from '../../../shared/text/dates';
import { auditKey, type AuditTarget } from '../../state/decision-store';
import { useDecision, useStores } from '../../state/stores';
import { Loading } from '../../ui/Loading';
import { AuditTable } from './AuditTable';
import { LevelText } from './LevelText';
import { ReRateForm } from './ReRateForm';

export const auditTargetOf = (s: Pick<DecisionSubject, 'memberId' | 'orgUnitId'>): AuditTarget =>
  s.memberId ? { entity: 'member', entityId: s.memberId } : { entity: 'org-unit', entityId: s.orgUnitId };

export function ReRateSection() {
  const view = useDecision((s) => s.communeView);
  const error = useDecision((s) => s.loadError);
  const [selected, setSelected] = useState('');
  if (!view) return error ? <p className="form-alert">{error}</p> : <Loading />;
  const recognized = view.subjects.filter((s) => s.locked);
  const subject = recognized.find((s) => s.key === selected) ?? null;
  const reRatings = view.subjects.flatMap((s) => s.reRatings.map((r) => ({ r, s })));

  return (
    <section aria-labelledby="rerate-title">
      <h2 id="rerate-title">Xếp loại lại (Mẫu 03)</h2>
      <p className="part-lead">Khi kết quả đã công nhận cần thay đổi, cấp có thẩm quyền ra quyết định xếp loại lại; mọi thay đổi được ghi vào nhật ký.</p>
      {recognized.length === 0 ? (
        <p className="empty">Năm {view.year} chưa có kết quả nào được công nhận. Xếp loại lại chỉ dùng sau khi đã khóa quyết định công nhận.</p>
      ) : (
        <ReRateForm subjects={recognized} selected={selected} onSelect={setSelected} />
      )}
      <section className="decision-block" aria-labelledby="rerate-list-title">
        <h3 id="rerate-list-title">Các quyết định xếp loại lại năm {view.year}</h3>
        {reRatings.length === 0 ? (
          <p className="muted">Chưa có quyết định xếp loại lại nào.</p>
        ) : (
          <table className="table rerate-table">
            <thead>
              <tr>
                <th scope="col">Đảng viên / chi bộ</th>
                <th scope="col">Mức cũ</th>
                <th scope="col">Mức mới</th>
                <th scope="col">Lý do</th>
                <th scope="col">Quyết định</th>
                <th scope="col">Người ghi</th>
              </tr>
            </thead>
            <tbody>
              {reRatings.map(({ r, s }) => (
                <tr key={r.id}>
                  <th scope="row">{s.kind === 'member' ? s.name : `Chi bộ: ${s.name}`}</th>
                  <td>
                    <LevelText level={r.oldLevel} />
                  </td>
                  <td>
                    <LevelText level={r.newLevel} />
                  </td>
                  <td>{r.reason}</td>
                  <td>
                    Số {r.decisionNo} ngày {formatDateVi(r.decidedOn)}
                  </td>
                  <td>{r.actor}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {subject && <SubjectAudit subject={subject} />}
    </section>
  );
}

function SubjectAudit({ subject }: { subject: DecisionSubject }) {
  const { decision } = useStores();
  const { entity, entityId } = auditTargetOf(subject);
  const entries = useDecision((s) => s.audit[auditKey({ entity, entityId })]);
  useEffect(() => {
    void decision.getState().loadAudit({ entity, entityId });
  }, [decision, entity, entityId]);
  return (
    <section className="decision-block" aria-labelledby="audit-title">
      <h3 id="audit-title">Nhật ký thay đổi: {subject.name}</h3>
      <p className="part-lead">Mọi quyết định và xếp loại lại của đối tượng này: ai thay đổi, khi nào, từ mức nào sang mức nào, vì sao.</p>
      {!entries ? <Loading /> : <AuditTable entries={entries} />}
    </section>
  );
}

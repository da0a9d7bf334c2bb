// The history parts of a member's record: status periods, transfers, discipline, awards.
// Layer: renderer.
import type { ReactNode } from 'react';
import { disciplineKinds, memberStatuses } from '../../../shared/domain/enums';
import type { MemberDetail } from '../../../shared/domain/member';
import { formatDateVi } from '../../../shared/text/dates';

function HistoryTable({ id, title, empty, head, rows }: { id: string; title: string; empty: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="table" aria-labelledby={id}>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((cells, i) => (
              <tr key={i}>
                {cells.map((c, j) => (
                  <td key={j}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function HistoryTables({ detail, unitName }: { detail: MemberDetail; unitName(id: string): string }) {
  const statusRows = [...detail.statusHistory].sort((a, b) => b.fromDate.localeCompare(a.fromDate));
  const transfers = [...detail.transfers].sort((a, b) => b.onDate.localeCompare(a.onDate));
  const disciplines = [...detail.disciplines].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn));
  const awards = [...detail.awards].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn));
  return (
    <div className="history">
      <HistoryTable
        id="history-status"
        title="Lịch sử trạng thái"
        empty="Chưa có."
        head={['Từ ngày', 'Đến ngày', 'Trạng thái', 'Nơi', 'Lý do']}
        rows={statusRows.map((h) => [formatDateVi(h.fromDate), h.toDate ? formatDateVi(h.toDate) : 'nay', memberStatuses.labels[h.status], h.place ?? '', h.reason ?? ''])}
      />
      <HistoryTable
        id="history-transfers"
        title="Chuyển sinh hoạt"
        empty="Chưa chuyển sinh hoạt lần nào."
        head={['Ngày chuyển', 'Từ chi bộ', 'Đến chi bộ', 'Lý do']}
        rows={transfers.map((t) => [formatDateVi(t.onDate), unitName(t.fromOrgUnitId), unitName(t.toOrgUnitId), t.reason ?? ''])}
      />
      <HistoryTable
        id="history-discipline"
        title="Kỷ luật"
        empty="Không có kỷ luật."
        head={['Ngày quyết định', 'Hình thức', 'Cấp quyết định', 'Lý do']}
        rows={disciplines.map((d) => [formatDateVi(d.decidedOn), disciplineKinds.labels[d.kind], d.body, d.reason + (d.dutyRelated ? ' (liên quan đến thực thi nhiệm vụ)' : '')])}
      />
      <HistoryTable
        id="history-awards"
        title="Khen thưởng"
        empty="Chưa có khen thưởng."
        head={['Ngày quyết định', 'Hình thức', 'Cấp khen thưởng', 'Ghi chú']}
        rows={awards.map((a) => [formatDateVi(a.decidedOn), a.title, a.body, a.note ?? ''])}
      />
    </div>
  );
}

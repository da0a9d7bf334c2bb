// Audit log entries as a table: when, what, old → new value, reason, who. Layer: renderer.
import type { AuditEntry } from '../../../shared/meeting/types';
import { auditFieldLabel, auditValue } from './decision-model';

/** "22/12/2026 09:00" from an ISO timestamp, in the machine's time zone. */
function when(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  if (entries.length === 0) return <p className="muted">Chưa có thay đổi nào được ghi.</p>;
  return (
    <table className="table audit-table">
      <thead>
        <tr>
          <th scope="col">Thời điểm</th>
          <th scope="col">Nội dung</th>
          <th scope="col">Giá trị cũ</th>
          <th scope="col">Giá trị mới</th>
          <th scope="col">Lý do</th>
          <th scope="col">Người thực hiện</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>{when(e.at)}</td>
            <td>{auditFieldLabel(e.field)}</td>
            <td>{auditValue(e.oldValue)}</td>
            <td>{auditValue(e.newValue)}</td>
            <td>{e.reason ?? <span className="muted">—</span>}</td>
            <td>{e.actor}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

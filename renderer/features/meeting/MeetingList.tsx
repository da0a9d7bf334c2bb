// The chi bộ of the commune with the state of their meeting in the chosen year: not started, in progress
// (the furthest step reached, bước n/N and its name — not an earlier step last looked back at) or
// finished; one big button each to start, continue or look. Layer: renderer.
import type { MeetingSummary } from '../../../shared/meeting/types';
import { formatDateVi } from '../../../shared/text/dates';
import { useMeeting, useStores } from '../../state/stores';
import { Loading } from '../../ui/Loading';

function statusText(s: MeetingSummary | undefined): string {
  if (!s) return 'Chưa bắt đầu';
  if (s.status === 'finalized') return 'Đã kết thúc';
  // How far the meeting got, even when the secretary last looked back at an earlier step.
  return `Đang họp — bước ${s.furthestIndex}/${s.totalSteps}: ${s.furthestTitle}`;
}

export function MeetingList() {
  const { meeting } = useStores();
  const cells = useMeeting((s) => s.cells);
  const summaries = useMeeting((s) => s.summaries);
  const loading = useMeeting((s) => s.listLoading);
  const opening = useMeeting((s) => s.opening);
  const year = useMeeting((s) => s.selectedYear);
  if (loading && cells.length === 0) return <Loading />;
  if (cells.length === 0) return <p className="empty">Chưa có chi bộ nào. Hãy thêm chi bộ ở trang “Tổ chức đảng”.</p>;
  const byUnit = new Map(summaries.map((s) => [s.orgUnitId, s]));
  return (
    <table className="table mtg-list">
      <caption className="visually-hidden">Hội nghị kiểm điểm năm {year} của các chi bộ</caption>
      <thead>
        <tr>
          <th scope="col">Chi bộ</th>
          <th scope="col">Tình trạng hội nghị</th>
          <th scope="col">Ngày họp</th>
          <th scope="col">
            <span className="visually-hidden">Thao tác</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {cells.map((c) => {
          const s = byUnit.get(c.id);
          const state = !s ? 'none' : s.status === 'finalized' ? 'done' : 'open';
          return (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              <td>
                <span className={`mtg-state mtg-state-${state}`}>{statusText(s)}</span>
              </td>
              <td>{s?.meetingDate ? formatDateVi(s.meetingDate) : '—'}</td>
              <td className="mtg-list-action">
                {!s ? (
                  <button type="button" className="btn btn-primary" disabled={opening} aria-label={`Bắt đầu hội nghị kiểm điểm — ${c.name}`} onClick={() => void meeting.getState().start(c.id)}>
                    Bắt đầu hội nghị
                  </button>
                ) : (
                  <button type="button" className={state === 'done' ? 'btn' : 'btn btn-primary'} disabled={opening} aria-label={`${state === 'done' ? 'Xem hội nghị' : 'Tiếp tục hội nghị'} — ${c.name}`} onClick={() => void meeting.getState().open(s.id)}>
                    {state === 'done' ? 'Xem hội nghị' : 'Tiếp tục'}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

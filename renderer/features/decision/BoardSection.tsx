// "Tiến độ": per chi bộ whether its review meeting has not started, is in progress (at which step),
// has ended, or has been decided by the Đảng ủy; the meeting date; the year's deadlines; and a clear
// "Trễ hạn" mark with the days late (counted by the core from today). Totals on top. Layer: renderer.
import type { Board, BoardRow } from '../../../shared/meeting/board';
import type { UnitState } from '../../../shared/meeting/decision';
import { formatDateVi } from '../../../shared/text/dates';
import { useDecision } from '../../state/stores';
import { Loading } from '../../ui/Loading';
import { formatCount } from '../../text/format';
import { STATE_LABELS, stateText } from './decision-model';

const STATES: UnitState[] = ['not-started', 'in-progress', 'finalized', 'decided'];

export function BoardSection() {
  const board = useDecision((s) => s.board);
  const error = useDecision((s) => s.loadError);
  if (!board) return error ? <p className="form-alert">{error}</p> : <Loading />;
  const lateRows = board.rows.filter((r) => r.late.length > 0).length;
  return (
    <section aria-labelledby="board-title">
      <h2 id="board-title">Tiến độ kiểm điểm năm {board.year}</h2>
      <p className="part-lead">Mỗi chi bộ một dòng: đã họp kiểm điểm chưa, đến bước nào, Đảng ủy đã quyết định chưa, và chi bộ nào đã trễ hạn.</p>
      <Deadlines board={board} />
      <ul className="board-totals" aria-label="Tổng số chi bộ theo tình trạng">
        {STATES.map((s) => (
          <li key={s} className={`board-total board-total-${s}`}>
            <strong>{formatCount(board.totals[s])}</strong> {STATE_LABELS[s]}
          </li>
        ))}
        <li className={lateRows > 0 ? 'board-total board-total-late' : 'board-total'}>
          <strong>{formatCount(lateRows)}</strong> Trễ hạn
        </li>
      </ul>
      {board.late.length > 0 && (
        <div className="notice-inline board-late" role="note">
          {board.late.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
      )}
      {board.rows.length === 0 ? (
        <p className="empty">Chưa có chi bộ nào có đảng viên thuộc diện kiểm điểm trong năm này.</p>
      ) : (
        <table className="table board-table">
          <caption className="visually-hidden">Tiến độ của từng chi bộ</caption>
          <thead>
            <tr>
              <th scope="col">Chi bộ</th>
              <th scope="col" className="num">
                Đảng viên kiểm điểm
              </th>
              <th scope="col">Tình trạng</th>
              <th scope="col">Ngày họp</th>
              <th scope="col">Hạn</th>
            </tr>
          </thead>
          <tbody>
            {board.rows.map((r) => (
              <BoardRowView key={r.orgUnitId} row={r} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Deadlines({ board }: { board: Board }) {
  const d = board.deadlines;
  // A start date being past is normal; only deadlines are marked "đã qua".
  const item = (label: string, date: string | null, deadline = true) => (
    <li>
      {label}: <strong>{date ? formatDateVi(date) : 'chưa đặt'}</strong>
      {deadline && date && board.today > date && <span className="deadline-passed"> (đã qua)</span>}
    </li>
  );
  return (
    <ul className="board-deadlines" aria-label="Các mốc thời gian của năm">
      <li>
        Hôm nay: <strong>{formatDateVi(board.today)}</strong>
      </li>
      {item('Họp kiểm điểm chi bộ từ', d.meetingsFrom, false)}
      {item('Hạn họp kiểm điểm', d.meetingsTo)}
      {item('Hạn Đảng ủy quyết định', d.decisionOn)}
      {item('Hạn báo cáo cấp trên', d.reportOn)}
    </ul>
  );
}

function BoardRowView({ row }: { row: BoardRow }) {
  const days = row.daysLate;
  const late = row.late.length > 0;
  return (
    <tr data-unit-id={row.orgUnitId} className={late ? 'board-row-late' : undefined}>
      <th scope="row">
        {row.name}
        {row.basicOrgId !== row.orgUnitId && <span className="board-parent">{row.basicOrgName}</span>}
      </th>
      <td className="num">{formatCount(row.reviewed)}</td>
      <td>
        <span className={`unit-state unit-state-${row.state}`}>{stateText(row)}</span>
      </td>
      <td>{row.meetingDate ? formatDateVi(row.meetingDate) : <span className="muted">Chưa đặt</span>}</td>
      <td>
        {late ? (
          <>
            <span className="late-mark">{days > 0 ? `Trễ hạn ${days} ngày` : 'Có nguy cơ trễ hạn'}</span>
            {row.late.map((l) => (
              <p key={l} className="late-reason">
                {l}
              </p>
            ))}
          </>
        ) : (
          <span className="on-time">Đúng hạn</span>
        )}
      </td>
    </tr>
  );
}

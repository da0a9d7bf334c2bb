// "Kết quả xếp loại qua các năm" on a member's record: the level of each year with where it comes from
// (recognition decision, re-rating, or entered by hand under an earlier regulation) and the decision
// number; a "5 năm liền HTXS" badge when the member has five consecutive HTXS years up to the latest
// year; and "Nhập kết quả năm trước". Layer: renderer.
import { useEffect, useState } from 'react';
import { formatDateVi } from '../../../shared/text/dates';
import { useDecision, useStores } from '../../state/stores';
import { Loading } from '../../ui/Loading';
import { regulationOf, SOURCE_LABELS } from './decision-model';
import { LevelText } from './LevelText';
import { PastLevelDialog } from './PastLevelDialog';

export function MemberReviewHistory({ memberId, fullName }: { memberId: string; fullName: string }) {
  const { decision } = useStores();
  const history = useDecision((s) => s.histories[memberId]);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void decision.getState().loadHistory(memberId);
  }, [decision, memberId]);

  const five = history?.streaks.fiveConsecutive;
  return (
    <section className="panel review-history" aria-labelledby="review-history-title">
      <h2 id="review-history-title">Kết quả xếp loại qua các năm</h2>
      <p className="part-lead">Mức xếp loại chất lượng từng năm; các năm trước khi dùng phần mềm có thể nhập từ hồ sơ giấy theo quyết định đã có.</p>
      {five && (
        <p className="badge-five" role="note">
          5 năm liền “Hoàn thành xuất sắc nhiệm vụ” ({five.fromYear}–{five.toYear})
        </p>
      )}
      {!history ? (
        <Loading />
      ) : history.entries.length === 0 ? (
        <p className="muted">Chưa có kết quả xếp loại nào.</p>
      ) : (
        <table className="table history-levels">
          <caption className="visually-hidden">Kết quả xếp loại của {fullName} theo năm</caption>
          <thead>
            <tr>
              <th scope="col">Năm</th>
              <th scope="col">Mức xếp loại</th>
              <th scope="col">Nguồn</th>
              <th scope="col">Quy định</th>
              <th scope="col">Quyết định</th>
              <th scope="col">Ghi chú</th>
            </tr>
          </thead>
          <tbody>
            {[...history.entries].reverse().map((e) => (
              <tr key={e.year}>
                <th scope="row">{e.year}</th>
                <td>
                  <LevelText level={e.level} />
                </td>
                <td>{SOURCE_LABELS[e.source]}</td>
                <td>{regulationOf(e.ruleSet)}</td>
                <td>{e.decisionNo ? `Số ${e.decisionNo}${e.decidedOn ? ` ngày ${formatDateVi(e.decidedOn)}` : ''}` : <span className="muted">—</span>}</td>
                <td>
                  {e.note && <p className="history-note">{e.note}</p>}
                  {e.source === 'recorded' &&
                    e.reasons
                      .filter((r) => r.code !== 'recorded-level')
                      .map((r) => (
                        <p key={r.code} className="history-note">
                          {r.message} <span className="ref">({r.ref})</span>
                        </p>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={() => setAdding(true)}>
          Nhập kết quả năm trước
        </button>
      </div>
      {adding && <PastLevelDialog memberId={memberId} fullName={fullName} onClose={() => setAdding(false)} />}
    </section>
  );
}

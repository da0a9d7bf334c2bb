// The recorded vote rounds of one subject, oldest first (a re-vote keeps the earlier rounds): counts and
// percentages per level with the count they are taken of (rules.md §6: the voters of the cell, or the
// voters present, per the year's setting), the ballots' reconciliation, the threshold ("quá nửa") and the
// engine's result. Layer: renderer.
import { VOTE_MODE_NAMES } from '../../../../shared/meeting/labels';
import type { VoteRoundView } from '../../../../shared/meeting/types';
import { LEVEL_NAMES } from '../../../../shared/rules/levels';
import { useMeeting } from '../../../state/stores';
import { percent } from '../meeting-text';

/** What the percentages are taken of, in words. */
export function denominatorText(r: Pick<VoteRoundView, 'denominator' | 'voters' | 'presentVoters'>, kind: 'voters' | 'present'): string {
  const of =
    kind === 'present'
      ? `${r.denominator} đảng viên có quyền biểu quyết có mặt`
      : `${r.denominator} đảng viên có quyền biểu quyết của chi bộ${r.presentVoters < r.voters ? ` (kể cả ${r.voters - r.presentVoters} đồng chí vắng)` : ''}`;
  const setting = kind === 'present' ? 'số đảng viên có quyền biểu quyết có mặt' : 'tổng số đảng viên có quyền biểu quyết';
  return `Tỷ lệ tính trên ${of} — cách tính “quá nửa” của năm kiểm điểm: trên ${setting}.`;
}

export function VoteRounds({ rounds, idPrefix }: { rounds: readonly VoteRoundView[]; idPrefix: string }) {
  const kind = useMeeting((s) => s.view?.settings.vote.denominator ?? 'voters');
  return (
    <>
      {rounds.map((r) => (
        <div key={r.round} className={r.level && !r.stale ? 'mtg-round mtg-round-ok' : 'mtg-round mtg-round-no'}>
          <table className="table mtg-round-table" aria-describedby={`${idPrefix}-r${r.round}-result`}>
            <caption>
              Vòng {r.round} — {VOTE_MODE_NAMES[r.mode]} · cần {r.threshold ?? '—'}/{r.denominator} phiếu (quá nửa)
            </caption>
            <thead>
              <tr>
                <th scope="col">Mức</th>
                <th scope="col" className="num">
                  {r.mode === 'ballot' ? 'Số phiếu' : 'Số người'}
                </th>
                <th scope="col" className="num">
                  Tỷ lệ (trên {r.denominator})
                </th>
              </tr>
            </thead>
            <tbody>
              {r.shares.map((s) => (
                <tr key={s.level}>
                  <td>{LEVEL_NAMES[s.level]}</td>
                  <td className="num">{s.count}</td>
                  <td className="num">{percent(s.percent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="field-hint mtg-round-denominator">{denominatorText(r, kind)}</p>
          {r.ballots && (
            <p className="muted">
              Phiếu phát ra {r.ballots.issued}, thu về {r.ballots.returned}, hợp lệ {r.ballots.returned - r.ballots.invalid}, không hợp lệ {r.ballots.invalid}.
            </p>
          )}
          <p id={`${idPrefix}-r${r.round}-result`} className="mtg-round-result">
            {r.stale ? `Vòng này không còn giá trị: ${r.stale}` : r.error ? r.error : r.level ? `Kết quả: thông qua mức “${LEVEL_NAMES[r.level]}”.` : `Không mức nào đạt quá nửa (cần ${r.threshold} phiếu): phải biểu quyết lại.`}
          </p>
          {r.reasons.length > 0 && (
            <details>
              <summary>Cách tính</summary>
              <ul className="mtg-reasons">
                {r.reasons.map((x, i) => (
                  <li key={i}>
                    {x.message} <span className="mtg-ref">({x.ref})</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      ))}
    </>
  );
}

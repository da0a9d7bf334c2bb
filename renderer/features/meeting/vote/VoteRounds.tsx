// The recorded vote rounds of one subject, oldest first (a re-vote keeps the earlier rounds): counts and
// percentages per level, the ballots' reconciliation, the threshold ("quá nửa") and the engine's result.
// Layer: renderer.
import { VOTE_MODE_NAMES } from '../../../../shared/meeting/labels';
import type { VoteRoundView } from '../../../../shared/meeting/types';
import { LEVEL_NAMES } from '../../../../shared/rules/levels';
import { percent } from '../meeting-text';

export function VoteRounds({ rounds, idPrefix }: { rounds: readonly VoteRoundView[]; idPrefix: string }) {
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
                  Tỷ lệ
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

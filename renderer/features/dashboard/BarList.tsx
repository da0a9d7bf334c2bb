// A simple horizontal bar chart drawn with CSS: one row per item, label, bar and number.
// Layer: renderer.
import { formatCount, percentOf } from '../../text/format';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

export function BarList({ bars, total, label }: { bars: readonly Bar[]; total: number; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <table className="bars" aria-label={label}>
      <tbody>
        {bars.map((b) => (
          <tr key={b.key}>
            <th scope="row" className="bar-label">
              {b.label}
            </th>
            <td className="bar-cell">
              <span className="bar-track" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${(b.value / max) * 100}%` }} />
              </span>
            </td>
            <td className="bar-value">
              {formatCount(b.value)}
              <span className="bar-percent"> ({String(percentOf(b.value, total)).replace('.', ',')}%)</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

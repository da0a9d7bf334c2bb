// The panel shown after a year is created: what it got from the defaults or what was copied from the
// earlier year, and what to do next. Stays until closed. Layer: renderer.
import type { CreatedInfo } from '../../state/review-store';
import { createdSummary } from './created-summary';

export function CreatedSummary({ info, onClose }: { info: CreatedInfo; onClose(): void }) {
  const summary = createdSummary(info);
  return (
    <section className="panel created-summary" aria-labelledby="created-summary-title">
      <h3 id="created-summary-title">{summary.title}</h3>
      <dl className="facts">
        {summary.lines.map((l) => (
          <div key={l.label} className="facts-row">
            <dt>{l.label}</dt>
            <dd>{l.text}</dd>
          </div>
        ))}
      </dl>
      <p className="created-next">{summary.next}</p>
      <button type="button" className="btn btn-secondary" onClick={onClose}>
        Đã xem, đóng thông báo này
      </button>
    </section>
  );
}

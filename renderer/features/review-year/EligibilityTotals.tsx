// The commune's totals of the eligibility view: on the roll, reviewed, classified, voters, and in words
// how many are not reviewed and how many are reviewed without a vote. Layer: renderer.
import type { EligibilityCounts } from '../../../shared/review/index';
import { formatCount } from '../../text/format';
import { exclusionCounts } from './eligibility-model';

export function EligibilityTotals({ totals }: { totals: EligibilityCounts }) {
  const x = exclusionCounts(totals);
  return (
    <section className="elig-totals" aria-labelledby="elig-totals-title">
      <h3 id="elig-totals-title">Toàn Đảng bộ xã</h3>
      <ul className="stat-cards" aria-label="Tổng số toàn Đảng bộ xã">
        <Card label="Đảng viên đang sinh hoạt" value={totals.onRoll} />
        <Card label="Được kiểm điểm" value={totals.reviewed} />
        <Card label="Được xếp loại" value={totals.classified} />
        <Card label="Có quyền biểu quyết" value={totals.voters} />
      </ul>
      <p>
        Không kiểm điểm: <strong>{formatCount(x.notReviewed)}</strong> người · Được kiểm điểm nhưng không biểu quyết (đảng viên dự bị):{' '}
        <strong>{formatCount(x.reviewedNoVote)}</strong> người.
      </p>
    </section>
  );
}

function Card({ label, value }: { label: string; value: number }) {
  return (
    <li className="stat-card">
      <span className="stat-value">{formatCount(value)}</span>
      <span className="stat-label">{label}</span>
    </li>
  );
}

// The live sum of a criteria group: "Cộng: 28/30 — còn thiếu 2 điểm", marked when it is not exactly
// the group's total. Announced politely to screen readers as points are typed. Layer: renderer.
import { sumText, type GroupSum as Sum } from './criteria-draft-model';

export function GroupSum({ sum, id, live }: { sum: Sum; id?: string; live?: boolean }) {
  const exact = sum.tenths === sum.targetTenths && sum.unreadable === 0;
  return (
    <p id={id} className={exact ? 'group-sum group-sum-ok' : 'group-sum group-sum-off'} aria-live={live ? 'polite' : undefined}>
      {exact ? '✓ ' : '⚠ '}
      {sumText(sum)}
      {sum.unreadable > 0 && ` (${sum.unreadable} tiêu chí chưa ghi điểm đúng dạng số)`}
    </p>
  );
}

// Numbers the Vietnamese way (20.000). Dates use shared/text/dates.ts (dd/mm/yyyy). Layer: renderer.
const numberFormat = new Intl.NumberFormat('vi-VN');

export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** "30%" of a total, or "0%" when the total is 0. */
export function percentOf(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 1000) / 10 : 0;
}

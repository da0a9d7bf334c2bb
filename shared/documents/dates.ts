// Dates as party documents write them: "Xuân Hòa, ngày 05 tháng 12 năm 2026". The day is padded with
// a 0 below 10, and the months 1 and 2 are padded too ("tháng 01", "tháng 02") so that nobody can turn
// them into 11 or 12 by hand; months 3–12 are written as they are (domain-background.md §6). Layer: shared.
import { cleanLine } from './text';
import { formatDateVi } from '../text/dates';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day and month of an ISO date as printed: {day: "05", month: "12", year: "2026"}. */
export function dateParts(iso: string): { day: string; month: string; year: string } | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const day = Number(m[3]);
  const month = Number(m[2]);
  return {
    day: day < 10 ? `0${day}` : String(day),
    month: month <= 2 ? `0${month}` : String(month),
    year: m[1]!,
  };
}

/** Blank to fill by hand where a date is not known yet. */
export const BLANK_DAY = '……';

/**
 * "Xuân Hòa, ngày 05 tháng 12 năm 2026"; without a date, blanks for day and month and the given year
 * (or a blank year too).
 */
export function placeAndDate(place: string, iso: string | null, year?: number): string {
  const where = cleanLine(place);
  const p = iso ? dateParts(iso) : null;
  const day = p?.day ?? BLANK_DAY;
  const month = p?.month ?? BLANK_DAY;
  const y = p?.year ?? (year !== undefined ? String(year) : '……');
  return `${where}, ngày ${day} tháng ${month} năm ${y}`;
}

/** "ngày 05 tháng 12 năm 2026" inside a sentence. */
export function longDate(iso: string): string {
  const p = dateParts(iso);
  return p ? `ngày ${p.day} tháng ${p.month} năm ${p.year}` : iso;
}

/** "05/12/2026" for tables (all parts padded: a table cell is not a signed date line). */
export function shortDate(iso: string | null | undefined): string {
  return formatDateVi(iso);
}

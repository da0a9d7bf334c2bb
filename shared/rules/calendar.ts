// Calendar arithmetic on `YYYY-MM-DD` strings for the eligibility rules (rules.md §3).
// Deliberately avoids `Date`: local-time parsing and time zones shift days, while these rules are about
// calendar days only. Layer: shared.

import { daysInMonth, formatDateVi as formatDateViText, parseIsoDate, type CalendarDate } from '../text/dates';

export { daysInMonth, isIsoDate, isLeapYear, parseIsoDate, type CalendarDate } from '../text/dates';

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatIsoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

function mustParse(text: string): CalendarDate {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`Not a YYYY-MM-DD date: ${text}`);
  return date;
}

/**
 * Adds calendar months keeping the day number; when that day does not exist in the target month the
 * result is the last day of that month (2026-08-31 + 6 months = 2027-02-28), as rules.md §3.3 defines.
 */
export function addCalendarMonths(isoDate: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be an integer: ${months}`);
  const { year, month, day } = mustParse(isoDate);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return formatIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** Orders two valid `YYYY-MM-DD` dates: negative when a is earlier, 0 when equal, positive when later. */
export function compareIsoDates(a: string, b: string): number {
  const x = mustParse(a);
  const y = mustParse(b);
  return x.year - y.year || x.month - y.month || x.day - y.day;
}

/** The date as Vietnamese users write it: `dd/mm/yyyy` (refuses what is not a real date). */
export function formatDateVi(isoDate: string): string {
  return formatDateViText(formatIsoDate(mustParse(isoDate)));
}

// Calendar dates as `YYYY-MM-DD` strings: parsing, validation and the Vietnamese written form, without
// `Date` (local-time parsing and time zones shift days). The one home of these primitives. Layer: shared.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date split into its parts; month is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses a strict `YYYY-MM-DD` string; returns null for anything else, including 2026-02-30. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Today's date in the local calendar of the machine, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** `2026-12-05` → `05/12/2026`, the way Vietnamese offices write dates. */
export function formatDateVi(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * Reads a date as Vietnamese offices write it — `05/12/2026`, `5/12/2026`, `05-12-2026`,
 * `05.12.2026` — or as `2026-12-05`; returns `YYYY-MM-DD`, or null when it is not a real date.
 * Day first, always: month-first input (the browser default in English) is what we avoid.
 */
export function parseVietnameseDate(text: string): string | null {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

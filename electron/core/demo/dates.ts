// Calendar arithmetic for the demo generator on day numbers (days since 1970-01-01, UTC), so random
// dates can be drawn uniformly between two bounds without time-zone effects. Layer: electron/core.
import { addCalendarMonths } from '../../../shared/rules/calendar';

const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` → day number. */
export function dayOf(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
}

/** Day number → `YYYY-MM-DD`. */
export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** Adds calendar months (end-of-month clamped, as the review rules count months). */
export function addMonths(iso: string, months: number): string {
  return addCalendarMonths(iso, months);
}

/** Adds whole years the way memberConsistencyIssues does (29 Feb → 28 Feb). */
export function addYears(iso: string, years: number): string {
  return addCalendarMonths(iso, years * 12);
}

export function addDays(iso: string, days: number): string {
  return isoOf(dayOf(iso) + days);
}

export function minIso(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxIso(a: string, b: string): string {
  return a > b ? a : b;
}

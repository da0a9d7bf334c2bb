import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  compareIsoDates,
  daysInMonth,
  formatDateVi,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
} from '../../../shared/rules/calendar';

import { addDays, dayNumber, dayOfWeek, daysBetween, isoFromDayNumber } from '../../../shared/text/dates';
describe('parseIsoDate', () => {
  it('accepts real calendar days only', () => {
    expect(parseIsoDate('2026-12-01')).toEqual({ year: 2026, month: 12, day: 1 });
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('2027-02-29')).toBeNull();
    expect(parseIsoDate('2026-04-31')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('2026-00-10')).toBeNull();
    expect(parseIsoDate('2026-1-01')).toBeNull();
    expect(parseIsoDate('01/12/2026')).toBeNull();
    expect(parseIsoDate('2026-12-01T00:00:00Z')).toBeNull();
    expect(isIsoDate('')).toBe(false);
  });

  it('knows leap years and month lengths', () => {
    expect([2024, 2028, 2000].map(isLeapYear)).toEqual([true, true, true]);
    expect([2025, 2026, 2100, 1900].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe('addCalendarMonths', () => {
  it('keeps the day number when it exists', () => {
    expect(addCalendarMonths('2026-06-01', 6)).toBe('2026-12-01');
    expect(addCalendarMonths('2026-06-02', 6)).toBe('2026-12-02');
    expect(addCalendarMonths('2026-07-15', 6)).toBe('2027-01-15');
  });

  it('falls back to the last day of a shorter target month', () => {
    expect(addCalendarMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addCalendarMonths('2026-08-29', 6)).toBe('2027-02-28');
    expect(addCalendarMonths('2026-12-31', 6)).toBe('2027-06-30');
    expect(addCalendarMonths('2026-03-31', 6)).toBe('2026-09-30');
  });

  it('lands on 29 February in leap years', () => {
    expect(addCalendarMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addCalendarMonths('2027-08-29', 6)).toBe('2028-02-29');
    expect(addCalendarMonths('2023-08-30', 6)).toBe('2024-02-29');
    expect(addCalendarMonths('2099-08-31', 6)).toBe('2100-02-28'); // 2100 is not a leap year
  });

  it('rejects invalid dates and fractional months', () => {
    expect(() => addCalendarMonths('2026-02-30', 6)).toThrow(RangeError);
    expect(() => addCalendarMonths('2026-02-01', 1.5)).toThrow(RangeError);
  });

  it('matches a UTC-based reference for every day and month offset', () => {
    const reference = (y: number, m: number, d: number, n: number): string => {
      const first = new Date(Date.UTC(y, m - 1 + n, 1));
      const ty = first.getUTCFullYear();
      const tm = first.getUTCMonth() + 1;
      const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
      return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
    };
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 36 }), (y, m, d, n) => {
        fc.pre(d <= daysInMonth(y, m));
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const result = addCalendarMonths(iso, n);
        expect(result).toBe(reference(y, m, d, n));
        expect(compareIsoDates(result, iso)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('compareIsoDates and formatDateVi', () => {
  it('orders dates and prints them the Vietnamese way', () => {
    expect(compareIsoDates('2026-12-01', '2026-12-02')).toBeLessThan(0);
    expect(compareIsoDates('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
    expect(compareIsoDates('2026-12-01', '2026-12-01')).toBe(0);
    expect(formatDateVi('2026-08-31')).toBe('31/08/2026');
  });
});

describe('day arithmetic without Date (shared/text/dates.ts)', () => {
  it('numbers days from 1970-01-01 and back, across leap days and centuries', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('2100-03-01') - dayNumber('2100-02-28')).toBe(1);
    expect(daysBetween('2026-12-15', '2026-12-20')).toBe(5);
    expect(daysBetween('2026-12-20', '2026-12-15')).toBe(-5);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(dayOfWeek('2026-11-21')).toBe(6); // a Saturday
    expect(dayOfWeek('1970-01-01')).toBe(4);
  });

  it('agrees with UTC Date for every day number (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const viaDate = new Date(n * 86_400_000);
        const iso = viaDate.toISOString().slice(0, 10);
        expect(isoFromDayNumber(n)).toBe(iso);
        expect(dayNumber(iso)).toBe(n);
        expect(dayOfWeek(iso)).toBe(viaDate.getUTCDay());
      }),
    );
  });
});

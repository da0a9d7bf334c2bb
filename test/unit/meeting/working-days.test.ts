// Working days for the Mẫu 01 draft notice: Saturdays and Sundays do not count, neither does the day of
// sending nor the meeting day.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayOfWeek, draftNotice, isWorkingDay, workingDaysBetween } from '../../../shared/meeting/working-days';

describe('working days', () => {
  it('knows the weekdays of December 2026', () => {
    expect(dayOfWeek('2026-12-08')).toBe(2); // Tuesday
    expect(isWorkingDay('2026-12-05')).toBe(false);
    expect(isWorkingDay('2026-12-06')).toBe(false);
    expect(isWorkingDay('2026-12-07')).toBe(true);
  });

  it('counts whole working days strictly between sending and the meeting', () => {
    expect(workingDaysBetween('2026-12-02', '2026-12-08')).toBe(3); // Thu, Fri, Mon
    expect(workingDaysBetween('2026-12-03', '2026-12-08')).toBe(2);
    expect(workingDaysBetween('2026-12-04', '2026-12-08')).toBe(1); // only Monday
    expect(workingDaysBetween('2026-12-05', '2026-12-07')).toBe(0); // Sunday only
    expect(workingDaysBetween('2026-12-08', '2026-12-08')).toBe(0);
    expect(workingDaysBetween('2026-12-28', '2027-01-04')).toBe(4); // across the year end
  });

  it('never counts more working days than calendar days, and a full week has five', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), (from, span) => {
        const to = new Date(Date.parse(`${from}T00:00:00Z`) + span * 86400000).toISOString().slice(0, 10);
        const n = workingDaysBetween(from, to);
        expect(n).toBeLessThanOrEqual(Math.max(0, span - 1));
        const weekLater = new Date(Date.parse(`${from}T00:00:00Z`) + 8 * 86400000).toISOString().slice(0, 10);
        expect(workingDaysBetween(from, weekLater)).toBeGreaterThanOrEqual(5);
      }),
    );
  });
});

describe('draftNotice', () => {
  it('is null until both dates are known', () => {
    expect(draftNotice(null, '2026-12-08')).toBeNull();
    expect(draftNotice('2026-12-02', null)).toBeNull();
  });

  it('is on time with 3 working days and says so', () => {
    expect(draftNotice('2026-12-02', '2026-12-08')).toEqual({
      workingDays: 3,
      late: false,
      afterMeeting: false,
      message: 'Dự thảo báo cáo Mẫu 01 gửi ngày 02/12/2026, trước ngày họp 3 ngày làm việc (đủ 3 ngày làm việc).',
    });
  });

  it('is late with fewer, and an error after the meeting day', () => {
    expect(draftNotice('2026-12-04', '2026-12-08')).toMatchObject({ workingDays: 1, late: true, afterMeeting: false });
    expect(draftNotice('2026-12-09', '2026-12-08')).toMatchObject({ late: true, afterMeeting: true });
    const m = draftNotice('2026-12-04', '2026-12-08')!.message;
    expect(m).toBe(m.normalize('NFC'));
  });
});

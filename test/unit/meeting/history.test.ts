// Runs of consecutive HTXS years for the 5-year award.
import { describe, expect, it } from 'vitest';
import { htxsStreaks } from '../../../shared/meeting/history';
import type { LevelCode } from '../../../shared/rules/levels';

const years = (from: number, levels: LevelCode[]) => levels.map((level, i) => ({ year: from + i, level }));

describe('htxsStreaks', () => {
  it('flags 5 consecutive HTXS years up to the latest year', () => {
    const s = htxsStreaks(years(2020, ['HTXS', 'HTXS', 'HTXS', 'HTXS', 'HTXS']));
    expect(s.current).toEqual({ fromYear: 2020, toYear: 2024, length: 5 });
    expect(s.fiveConsecutive).toEqual({ fromYear: 2020, toYear: 2024 });
  });

  it('names the last five years of a longer run', () => {
    expect(htxsStreaks(years(2018, Array(7).fill('HTXS'))).fiveConsecutive).toEqual({ fromYear: 2020, toYear: 2024 });
  });

  it('is broken by a lower level or a missing year', () => {
    const lower = htxsStreaks(years(2020, ['HTXS', 'HTXS', 'HTT', 'HTXS', 'HTXS', 'HTXS']));
    expect(lower.runs.map((r) => r.length)).toEqual([2, 3]);
    expect(lower.fiveConsecutive).toBeNull();
    const gap = htxsStreaks([...years(2019, Array(4).fill('HTXS')), { year: 2024, level: 'HTXS' }]);
    expect(gap.current).toEqual({ fromYear: 2024, toYear: 2024, length: 1 });
    expect(gap.longest).toEqual({ fromYear: 2019, toYear: 2022, length: 4 });
    expect(gap.fiveConsecutive).toBeNull();
  });

  it('has no current run when the latest year is not HTXS', () => {
    const s = htxsStreaks(years(2019, ['HTXS', 'HTXS', 'HTXS', 'HTXS', 'HTXS', 'HTT']));
    expect(s.current).toBeNull();
    expect(s.longest!.length).toBe(5);
    expect(s.fiveConsecutive).toBeNull();
    expect(htxsStreaks([])).toEqual({ runs: [], current: null, longest: null, fiveConsecutive: null });
  });
});

// A member's levels by year (decided in the app, re-rated, or entered by hand for past years under the
// record-only rule sets) and the run of consecutive HTXS years that an award for "5 năm liền hoàn thành
// xuất sắc nhiệm vụ" rests on (HD 06-HD/TW 19.2; domain-background §4.6). Layer: shared.
import type { LevelCode } from '../rules/levels';
import type { Reason } from '../rules/reasons';

export type HistorySource = 'decision' | 're-rating' | 'recorded';

export interface HistoryEntry {
  year: number;
  level: LevelCode;
  source: HistorySource;
  ruleSet: string;
  /** Recognition or re-rating decision, when the level comes from one. */
  decisionNo: string | null;
  decidedOn: string | null;
  note: string | null;
  reasons: Reason[];
}

export interface HtxsRun {
  fromYear: number;
  toYear: number;
  length: number;
}

export interface HtxsStreaks {
  runs: HtxsRun[];
  /** The run that ends with the latest year on record (null when that year is not HTXS). */
  current: HtxsRun | null;
  longest: HtxsRun | null;
  /** The last five years of the current run when it is 5 years or longer. */
  fiveConsecutive: { fromYear: number; toYear: number } | null;
}

export const FIVE_YEARS = 5;

/** Runs of consecutive calendar years rated HTXS (a missing year breaks a run). */
export function htxsStreaks(entries: readonly Pick<HistoryEntry, 'year' | 'level'>[]): HtxsStreaks {
  const byYear = new Map(entries.map((e) => [e.year, e.level]));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const runs: HtxsRun[] = [];
  let run: HtxsRun | null = null;
  for (const year of years) {
    if (byYear.get(year) === 'HTXS' && run && run.toYear === year - 1) {
      run.toYear = year;
      run.length += 1;
    } else if (byYear.get(year) === 'HTXS') {
      run = { fromYear: year, toYear: year, length: 1 };
      runs.push(run);
    } else run = null;
  }
  const latest = years[years.length - 1];
  const current = latest !== undefined ? (runs.find((r) => r.toYear === latest) ?? null) : null;
  const longest = runs.reduce<HtxsRun | null>((best, r) => (best === null || r.length > best.length ? r : best), null);
  const fiveConsecutive = current && current.length >= FIVE_YEARS ? { fromYear: current.toYear - FIVE_YEARS + 1, toYear: current.toYear } : null;
  return { runs, current, longest, fiveConsecutive };
}

export interface MemberReviewHistory {
  memberId: string;
  fullName: string;
  /** One entry per year, oldest first. */
  entries: HistoryEntry[];
  streaks: HtxsStreaks;
  /** 5 consecutive HTXS years up to the latest year on record (the basis of an award). */
  fiveConsecutiveHtxs: boolean;
}

// The 100-point score and the level it gives (QĐ 366 Điều 10; rules.md §4.1). Scores are handled in tenths
// of a point as integers so that 89.9 + 0.1 is exactly 90 (floating-point sums are not). Layer: shared.
import type { LevelCode } from './levels';
import { LEVEL_NAMES } from './levels';
import { formatTenths, reason, type Reason } from './reasons';
import type { RuleSet } from './rule-sets';

export const COMMON_MAX = 30;
export const TASKS_MAX = 70;

/** Lower bounds of the score bands, in tenths of a point. */
const BANDS: ReadonlyArray<{ level: LevelCode; minTenths: number; text: string }> = [
  { level: 'HTXS', minTenths: 900, text: 'từ 90 điểm trở lên' },
  { level: 'HTT', minTenths: 700, text: '70 đến dưới 90 điểm' },
  { level: 'HTNV', minTenths: 500, text: '50 đến dưới 70 điểm' },
  { level: 'KHTNV', minTenths: 0, text: 'dưới 50 điểm' },
];

/**
 * True when a number is written with at most one decimal. The shortest decimal form of the double is what
 * the user typed (27.3 → "27.3"), so this is exact, unlike multiplying by 10.
 */
export function hasAtMostOneDecimal(value: number): boolean {
  return /^-?\d+(\.\d)?$/.test(String(value));
}

/** Converts a score with at most one decimal to tenths: 27.3 → 273. */
export function toTenths(value: number): number {
  return Math.round(value * 10);
}

/** The level a total score (in tenths) gives: ≥ 90 HTXS, ≥ 70 HTT, ≥ 50 HTNV, else KHTNV. */
export function levelForScore(totalTenths: number): LevelCode {
  for (const band of BANDS) if (totalTenths >= band.minTenths) return band.level;
  return 'KHTNV';
}

export interface ScoreAssessment {
  commonTenths: number;
  tasksTenths: number;
  totalTenths: number;
  level: LevelCode;
  reason: Reason;
}

/** Adds the two score groups and explains the band, e.g. "Tổng điểm 86/100 … thuộc khung 70 đến dưới 90 điểm". */
export function assessScore(common: number, tasks: number, ruleSet: RuleSet): ScoreAssessment {
  const commonTenths = toTenths(common);
  const tasksTenths = toTenths(tasks);
  const totalTenths = commonTenths + tasksTenths;
  const level = levelForScore(totalTenths);
  const band = BANDS.find((b) => b.level === level)!;
  const message =
    `Tổng điểm ${formatTenths(totalTenths)}/100 (tiêu chí chung ${formatTenths(commonTenths)}/${COMMON_MAX}, ` +
    `kết quả thực hiện nhiệm vụ ${formatTenths(tasksTenths)}/${TASKS_MAX}) thuộc khung ${band.text}: ` +
    `mức theo điểm là "${LEVEL_NAMES[level]}".`;
  return { commonTenths, tasksTenths, totalTenths, level, reason: reason('score-band', message, ruleSet.refs.level[level]) };
}

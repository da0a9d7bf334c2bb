// The four classification levels, their order and Vietnamese names (rules.md §2). Layer: shared.

/** Level codes from best to worst; the index is the rank (0 = best). */
export const LEVELS = ['HTXS', 'HTT', 'HTNV', 'KHTNV'] as const;

export type LevelCode = (typeof LEVELS)[number];

export const LEVEL_NAMES: Readonly<Record<LevelCode, string>> = {
  HTXS: 'Hoàn thành xuất sắc nhiệm vụ',
  HTT: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};

export function isLevelCode(value: unknown): value is LevelCode {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/**
 * Compares two levels by merit: positive when a is better than b, 0 when equal, negative when worse.
 * (HTXS > HTT > HTNV > KHTNV.)
 */
export function compareLevels(a: LevelCode, b: LevelCode): number {
  return LEVELS.indexOf(b) - LEVELS.indexOf(a);
}

/** The lower (worse) of two levels. */
export function lowerLevel(a: LevelCode, b: LevelCode): LevelCode {
  return compareLevels(a, b) <= 0 ? a : b;
}

/** Levels from the given one down to KHTNV, best first. */
export function levelsFrom(level: LevelCode): LevelCode[] {
  return LEVELS.slice(LEVELS.indexOf(level));
}

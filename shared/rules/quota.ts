// The HTXS quota of one peer group (QĐ 366 Điều 11 khoản 1; rules.md §5): HTXS may not exceed 20 % (25 % for
// a unit the competent level marked outstanding) of the HTT count. Integer arithmetic only, so that 20 % of
// 5 is exactly 1 and never 0.9999. Layer: shared.
import type { Result } from '../contract/result';
import { ok } from '../contract/result';
import { parseWith } from './input-errors';
import { LEVEL_NAMES, type LevelCode } from './levels';
import { reason, withoutFinalStop, type Reason } from './reasons';
import { RULE_SETS, ruleSetById } from './rule-sets';
import { QUOTA_LABELS, quotaSchema, type QuotaDenominator, type QuotaRequest } from './schemas';

export type QuotaRatePercent = 20 | 25;

export interface QuotaOutcome {
  /** Most HTXS the group may have. */
  allowed: number;
  /** HTXS the group has. */
  actual: number;
  /** How many HTXS are over the limit (0 when within). */
  excess: number;
  violation: boolean;
  reasons: Reason[];
}

/** floor(count × rate) exactly: 20 % → floor(count / 5), 25 % → floor(count / 4). */
export function htxsAllowed(count: number, ratePercent: QuotaRatePercent): number {
  return Math.floor(count / (ratePercent === 20 ? 5 : 4));
}

/** The count the rate applies to: HTT only (default) or HTT + HTXS (a setting of the year). */
export function quotaBase(levels: Readonly<Record<LevelCode, number>>, denominator: QuotaDenominator): number {
  return denominator === 'htt' ? levels.HTT : levels.HTT + levels.HTXS;
}

/** Checks one peer group. `ruleSet` (optional) only chooses the article cited; the arithmetic is the same. */
export function checkQuota(request: QuotaRequest): Result<QuotaOutcome> {
  const parsed = parseWith(quotaSchema, request, QUOTA_LABELS);
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  let ref = RULE_SETS['QD366-2025'].refs.quota;
  if (input.ruleSet !== undefined) {
    const resolved = ruleSetById(input.ruleSet);
    if (!resolved.ok) return resolved;
    ref = resolved.value.refs.quota;
  }

  const ratePercent: QuotaRatePercent = input.rate === 0.25 ? 25 : 20;
  const base = quotaBase(input.levels, input.denominator);
  const allowed = htxsAllowed(base, ratePercent);
  const actual = input.levels.HTXS;
  const excess = Math.max(0, actual - allowed);
  const violation = actual > allowed;

  const baseText =
    input.denominator === 'htt'
      ? `số được xếp loại "${LEVEL_NAMES.HTT}" (${base})`
      : `tổng số được xếp loại "${LEVEL_NAMES.HTT}" và "${LEVEL_NAMES.HTXS}" (${base})`;
  const decision = ratePercent === 25 ? ` theo quyết định ${withoutFinalStop(input.decisionRef ?? '')} công nhận đơn vị có kết quả nổi bật` : '';
  const verdict = violation ? `vượt ${excess} so với mức tối đa` : 'không vượt mức tối đa';
  const message =
    `Mức "${LEVEL_NAMES.HTXS}" tối đa ${ratePercent}%${decision} của ${baseText}, làm tròn xuống: ${allowed}. ` +
    `Hiện có ${actual}: ${verdict}.`;
  return ok({ allowed, actual, excess, violation, reasons: [reason(violation ? 'quota-exceeded' : 'quota-within', message, ref)] });
}

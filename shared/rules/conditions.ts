// The level the task figures allow (QĐ 366 Điều 11 khoản 1–3; rules.md §4.3), and the rule gap where the
// text names no level and the deciding level must choose. Layer: shared.
import type { LevelCode } from './levels';
import { LEVEL_NAMES } from './levels';
import { formatPct, reason, type Reason } from './reasons';
import type { RuleSet } from './rule-sets';

export interface TaskFigures {
  /** Share of assigned tasks completed, 0–100. */
  donePct: number;
  /** Share of all assigned tasks completed late, 0–100. */
  latePct: number;
  /** Share of all assigned tasks exceeded, 0–100. */
  exceededPct: number;
}

export interface Shortcomings {
  /** Shortcomings named at the previous review. */
  total: number;
  /** How many of them are fixed. */
  fixed: number;
}

export interface ConditionInput {
  tasks: TaskFigures;
  previousShortcomings: Shortcomings;
  /** Organizations only: a subordinate unit or a member of the leadership collective was disciplined in the year. */
  disciplinedMember: boolean | null;
}

export interface ConditionAssessment {
  /** Null for a rule gap. */
  level: LevelCode | null;
  needsDecision: boolean;
  reason: Reason;
}

export const HTXS_MIN_EXCEEDED_PCT = 30;
export const HTNV_MAX_LATE_PCT = 20;

function quoted(level: LevelCode): string {
  return `"${LEVEL_NAMES[level]}"`;
}

/** Why the HTXS conditions beyond "all done, none late" fail; empty when they all hold. */
function htxsShortfalls(input: ConditionInput): string[] {
  const out: string[] = [];
  const { exceededPct } = input.tasks;
  const { total, fixed } = input.previousShortcomings;
  if (exceededPct < HTXS_MIN_EXCEEDED_PCT) out.push(`${formatPct(exceededPct)} nhiệm vụ vượt mức (cần từ ${HTXS_MIN_EXCEEDED_PCT}%)`);
  if (fixed < total) out.push(`mới khắc phục ${fixed}/${total} hạn chế, khuyết điểm đã chỉ ra kỳ trước (cần khắc phục hết)`);
  if (input.disciplinedMember === true) out.push('có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo, quản lý bị kỷ luật trong năm');
  return out;
}

function htxsStrengths(input: ConditionInput): string {
  const { total, fixed } = input.previousShortcomings;
  const parts = [
    `${formatPct(input.tasks.exceededPct)} nhiệm vụ vượt mức (từ ${HTXS_MIN_EXCEEDED_PCT}% trở lên)`,
    total === 0 ? 'không có hạn chế, khuyết điểm kỳ trước phải khắc phục' : `đã khắc phục ${fixed}/${total} hạn chế, khuyết điểm đã chỉ ra kỳ trước`,
  ];
  if (input.disciplinedMember === false) parts.push('không có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo, quản lý bị kỷ luật');
  return parts.join(', ');
}

/**
 * The highest level the conditions allow. `scoreLevel` only shapes the rule-gap message (the deciding level
 * may not go above it); it does not change the outcome.
 */
export function assessConditions(input: ConditionInput, scoreLevel: LevelCode, ruleSet: RuleSet): ConditionAssessment {
  const { donePct, latePct } = input.tasks;
  const done = `Hoàn thành ${formatPct(donePct)} nhiệm vụ`;

  if (donePct < 100 || latePct > HTNV_MAX_LATE_PCT) {
    const facts: string[] = [];
    if (donePct < 100) facts.push(`${done} (dưới 100%)`);
    if (latePct > HTNV_MAX_LATE_PCT) facts.push(`${formatPct(latePct)} nhiệm vụ chậm tiến độ (trên ${HTNV_MAX_LATE_PCT}%)`);
    const message =
      `${facts.join(', ')}: quy định không nêu mức xếp loại cho trường hợp này; cấp có thẩm quyền xem xét, quyết định ` +
      `(không cao hơn mức theo điểm ${quoted(scoreLevel)}).`;
    return { level: null, needsDecision: true, reason: reason('rule-gap', message, ruleSet.refs.ruleGap) };
  }

  if (latePct > 0) {
    const message =
      `${done}, ${formatPct(latePct)} nhiệm vụ chậm tiến độ (không quá ${HTNV_MAX_LATE_PCT}%): đủ điều kiện mức ${quoted('HTNV')}; ` +
      `chưa đủ điều kiện mức ${quoted('HTT')} vì có nhiệm vụ chậm tiến độ.`;
    return { level: 'HTNV', needsDecision: false, reason: reason('conditions-htnv', message, ruleSet.refs.level.HTNV) };
  }

  const shortfalls = htxsShortfalls(input);
  if (shortfalls.length > 0) {
    const message =
      `${done}, không có nhiệm vụ chậm tiến độ: đủ điều kiện mức ${quoted('HTT')}; ` +
      `chưa đủ điều kiện mức ${quoted('HTXS')} vì: ${shortfalls.join('; ')}.`;
    return { level: 'HTT', needsDecision: false, reason: reason('conditions-htt', message, ruleSet.refs.level.HTT) };
  }

  const message = `${done}, không có nhiệm vụ chậm tiến độ, ${htxsStrengths(input)}: đủ điều kiện mức ${quoted('HTXS')}.`;
  return { level: 'HTXS', needsDecision: false, reason: reason('conditions-htxs', message, ruleSet.refs.level.HTXS) };
}

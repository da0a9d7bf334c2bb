// What the rules compute for one reviewed subject from what the meeting recorded: the self-score summed
// over the year's criteria template, then the engine's classification with the previous shortcomings of
// the carry-over (and, when the chi bộ asks for it, the outcome if the competent level granted the
// override). Nothing here decides a rule; it maps the record onto shared/rules. Layer: shared.
import { ok, type Result } from '../contract/result';
import { scoreFromCriteria, type CriteriaTemplateBody } from '../review/criteria';
import { classify, type ClassifyOutcome } from '../rules/classify';
import { allowedDisqualifiers, DISQUALIFIER_DESCRIPTIONS, isListedDisqualifier, type SubjectKind } from '../rules/disqualifiers';
import type { MemberStatus as EngineStatus } from '../rules/eligibility';
import type { MemberCategory } from '../rules/forms';
import { inputError, INVALID_INPUT } from '../rules/input-errors';
import { compareLevels, LEVEL_NAMES, type LevelCode } from '../rules/levels';
import type { RuleSetId } from '../rules/rule-sets';
import { previousShortcomings } from './carry-over';
import type { CarryItem, ReviewRecord, SubjectAssessment, TaskEntry, TaskFigures } from './types';

export function emptyReview(): ReviewRecord {
  return {
    summary: null,
    shortcomings: null,
    scores: {},
    tasks: { donePct: null, latePct: null, exceededPct: null },
    disqualifiers: [],
    disciplinedMember: false,
    overrideRequest: null,
    comments: [],
    response: null,
    proposedLevel: null,
    proposalNote: null,
  };
}

export interface AssessInput {
  ruleSet: RuleSetId;
  reviewYear: number;
  /** The eligibility date of the meeting. */
  reviewDate: string;
  /** The member's facts; absent for the collective. */
  member?: { status: EngineStatus; admittedOn: string; category: MemberCategory };
  /** Collective only. */
  template: CriteriaTemplateBody | undefined;
  review: ReviewRecord;
  carryOver: readonly CarryItem[];
}

function classifyWith(input: AssessInput, score: { common: number; tasks: number }, override: { granted: boolean; reason: string } | null): Result<ClassifyOutcome> {
  const { review } = input;
  const common = {
    ruleSet: input.ruleSet,
    reviewYear: input.reviewYear,
    reviewDate: input.reviewDate,
    score,
    tasks: completeTasks(review.tasks) ?? undefined,
    previousShortcomings: previousShortcomings(input.carryOver),
    disqualifiers: review.disqualifiers,
    override,
  };
  return input.member
    ? classify({ ...common, subject: 'member', member: input.member })
    : classify({ ...common, subject: 'organization', organization: { disciplinedMember: review.disciplinedMember } });
}

const TASK_FIELD_NAMES: Readonly<Record<keyof TaskEntry, string>> = {
  donePct: 'tỷ lệ nhiệm vụ hoàn thành',
  latePct: 'tỷ lệ nhiệm vụ chậm tiến độ',
  exceededPct: 'tỷ lệ nhiệm vụ vượt mức',
};

/** The task figures when all three are entered, else null. */
export function completeTasks(t: TaskEntry): TaskFigures | null {
  return t.donePct === null || t.latePct === null || t.exceededPct === null ? null : { donePct: t.donePct, latePct: t.latePct, exceededPct: t.exceededPct };
}

function missingTaskFields(t: TaskEntry): string[] {
  return (Object.keys(TASK_FIELD_NAMES) as (keyof TaskEntry)[]).filter((k) => t[k] === null).map((k) => TASK_FIELD_NAMES[k]);
}

/** Scores, previous shortcomings and the engine's outcome of one subject. Never throws. */
export function assessSubject(input: AssessInput): SubjectAssessment {
  const template = input.template;
  const criteriaCount = template?.criteria.length ?? 0;
  const scoredCount = template ? template.criteria.filter((c) => input.review.scores[c.id] !== undefined).length : 0;
  const base: SubjectAssessment = {
    criteriaCount,
    scoredCount,
    score: null,
    scoreProblem: null,
    previousShortcomings: previousShortcomings(input.carryOver),
    computed: null,
    computedProblem: null,
    computedWithOverride: null,
  };
  if (!template) return { ...base, scoreProblem: 'Năm kiểm điểm chưa có mẫu tiêu chí chấm điểm cho biểu mẫu này.' };
  const score = scoreFromCriteria(template, input.review.scores);
  if (!score.ok) return { ...base, scoreProblem: score.error.message };
  const missing = missingTaskFields(input.review.tasks);
  if (missing.length > 0) {
    return { ...base, score: score.value, computedProblem: `Chưa nhập kết quả thực hiện nhiệm vụ: ${missing.join(', ')}.` };
  }
  const points = { common: score.value.common, tasks: score.value.tasks };
  const computed = classifyWith(input, points, null);
  if (!computed.ok) return { ...base, score: score.value, computedProblem: computed.error.message };
  const request = input.review.overrideRequest;
  const withOverride = request ? classifyWith(input, points, { granted: true, reason: request }) : null;
  return { ...base, score: score.value, computed: computed.value, computedWithOverride: withOverride?.ok ? withOverride.value : null };
}

/**
 * The best level a proposal may name: the computed level; in a rule gap the score level (the final level
 * is never above it); with a requested override, the level the override would give. Null when nothing is
 * computed yet.
 */
export function proposalCeiling(a: Pick<SubjectAssessment, 'computed' | 'computedWithOverride'>): LevelCode | null {
  const bound = (o: ClassifyOutcome | null): LevelCode | null => (o ? (o.level ?? o.scoreLevel) : null);
  const plain = bound(a.computed);
  const override = bound(a.computedWithOverride);
  if (plain === null) return override;
  if (override === null) return plain;
  return compareLevels(override, plain) > 0 ? override : plain;
}

/** True when `level` is better than `ceiling`. */
export function aboveCeiling(level: LevelCode, ceiling: LevelCode | null): boolean {
  return ceiling !== null && compareLevels(level, ceiling) > 0;
}

/**
 * Checks self-scores as they are typed, before all criteria are in: every given score must belong to the
 * template and respect its maximum and one decimal. Reuses `scoreFromCriteria` by filling the missing
 * criteria with 0, so the messages are the template rules' own.
 */
export function checkPartialScores(template: CriteriaTemplateBody, scores: Readonly<Record<string, number>>): Result<void> {
  const filled: Record<string, number> = {};
  for (const c of template.criteria) filled[c.id] = 0;
  const result = scoreFromCriteria(template, { ...filled, ...scores });
  return result.ok ? ok(undefined) : result;
}

/** Checks disqualifier codes for a subject kind (rules.md §4.2); `tasks-undone-majority` is computed, never entered. */
export function checkDisqualifiers(kind: SubjectKind, codes: readonly string[]): Result<void> {
  const allowed = allowedDisqualifiers(kind) as readonly string[];
  for (const [i, code] of codes.entries()) {
    if (!isListedDisqualifier(code) || !allowed.includes(code)) {
      const known = allowed.map((c) => `"${c}"`).join(', ');
      const why = code === 'tasks-undone-majority' ? ' (trường hợp này được tính từ tỷ lệ nhiệm vụ hoàn thành, không nhập)' : '';
      return inputError(INVALID_INPUT, `Trường hợp xếp loại không hoàn thành nhiệm vụ "${code}" không áp dụng được${why}. Các mã được chấp nhận: ${known}.`, `disqualifiers.${i}`);
    }
  }
  return ok(undefined);
}

/** "Vi phạm những điều đảng viên không được làm" for a code (for the minutes). */
export function disqualifierText(code: string): string {
  return isListedDisqualifier(code) ? DISQUALIFIER_DESCRIPTIONS[code] : code;
}

/** A level with its name, "HTT — Hoàn thành tốt nhiệm vụ". */
export function levelLabel(level: LevelCode): string {
  return `${level} — ${LEVEL_NAMES[level]}`;
}

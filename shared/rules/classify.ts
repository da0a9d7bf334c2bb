// Classifies one member or organization for a review year (rules.md §3–4; cli.md "classify"): validates the
// input, picks the rule set, applies eligibility, then score, disqualifiers and conditions (or the recorded
// level for record-only sets), and explains every step. Layer: shared.
import type { Result } from '../contract/result';
import { ok } from '../contract/result';
import { assessConditions } from './conditions';
import { assessDisqualifiers, isListedDisqualifier, type Override } from './disqualifiers';
import { checkEligibility } from './eligibility';
import { formForCategory, ORGANIZATION_FORM, type ReviewFormCode } from './forms';
import { INVALID_INPUT, inputError, parseWith } from './input-errors';
import { LEVEL_NAMES, lowerLevel, type LevelCode } from './levels';
import { reason, type Reason } from './reasons';
import { assessRecorded } from './record-only';
import { resolveRuleSet, type RuleSet, type RuleSetId } from './rule-sets';
import { CLASSIFY_LABELS, classifySchema, type ClassifyInput, type ClassifyRequest } from './schemas';
import { assessScore } from './score';

/** The outcome of `classify`, in the key order of cli.md. */
export interface ClassifyOutcome {
  ruleSet: RuleSetId;
  reviewed: boolean;
  classified: boolean;
  /** Members only: official members vote, probationary ones do not. */
  canVote?: boolean;
  /** The review form; null when the subject is not reviewed. */
  form: ReviewFormCode | null;
  /** Level by points; null when not classified or under a record-only rule set. */
  scoreLevel: LevelCode | null;
  /** Level the conditions and disqualifiers allow; null when not classified, for a rule gap, or record-only. */
  conditionLevel: LevelCode | null;
  /** Final level; null when not classified or when the deciding level must choose (rule gap). */
  level: LevelCode | null;
  needsDecision: boolean;
  reasons: Reason[];
}

/** The default review date: 1 December of the review year (rules.md §3). */
export function defaultReviewDate(reviewYear: number): string {
  return `${String(reviewYear).padStart(4, '0')}-12-01`;
}

interface Verdict {
  scoreLevel: LevelCode | null;
  conditionLevel: LevelCode | null;
  level: LevelCode | null;
  needsDecision: boolean;
  reasons: Reason[];
}

/**
 * Classifies one subject. The input is validated here whatever its static type, so callers may pass parsed
 * JSON; a refusal carries a Vietnamese message and `details.path` of the bad field.
 */
export function classify(request: ClassifyRequest): Result<ClassifyOutcome> {
  const parsed = parseWith(classifySchema, request, CLASSIFY_LABELS);
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  const resolved = resolveRuleSet(input.ruleSet, input.reviewYear);
  if (!resolved.ok) return resolved;
  const ruleSet = resolved.value;
  const reviewDate = input.reviewDate ?? defaultReviewDate(input.reviewYear);

  const member = input.subject === 'member' ? input.member! : null;
  const eligibility = member ? checkEligibility({ ...member, reviewDate }, ruleSet) : null;
  const outcome = (form: ReviewFormCode | null, reviewed: boolean, verdict: Verdict): ClassifyOutcome => ({
    ruleSet: ruleSet.id,
    reviewed,
    classified: reviewed,
    ...(eligibility ? { canVote: eligibility.canVote } : {}),
    form,
    ...verdict,
  });

  if (eligibility && !eligibility.classified) {
    return ok(outcome(null, false, { scoreLevel: null, conditionLevel: null, level: null, needsDecision: false, reasons: eligibility.reasons }));
  }
  const form = member ? formForCategory(member.category) : ORGANIZATION_FORM;
  const verdict = ruleSet.mode === 'full' ? classifyByScore(input, ruleSet) : classifyRecorded(input, ruleSet);
  if (!verdict.ok) return verdict;
  const leading = eligibility?.reasons ?? [];
  return ok(outcome(form, true, { ...verdict.value, reasons: [...leading, ...verdict.value.reasons] }));
}

function classifyByScore(input: ClassifyInput, ruleSet: RuleSet): Result<Verdict> {
  const required = ` — bắt buộc khi xếp loại theo ${ruleSet.regulation.code}.`;
  if (!input.score) return inputError(INVALID_INPUT, `Thiếu điểm tự chấm (score)${required}`, 'score');
  if (!input.tasks) return inputError(INVALID_INPUT, `Thiếu kết quả thực hiện nhiệm vụ (tasks)${required}`, 'tasks');
  const shortcomings = input.previousShortcomings ?? { total: 0, fixed: 0 };
  const override: Override | null = input.override;

  const score = assessScore(input.score.common, input.score.tasks, ruleSet);
  const disqualifiers = assessDisqualifiers(input.disqualifiers.filter(isListedDisqualifier), input.tasks.donePct, override, ruleSet);
  const reasons: Reason[] = [score.reason, ...disqualifiers.reasons];

  if (disqualifiers.standing.length > 0) {
    const level = lowerLevel(score.level, 'KHTNV');
    reasons.push(
      reason('final-level', `Mức xếp loại: "${LEVEL_NAMES[level]}" do có trường hợp xếp loại không hoàn thành nhiệm vụ.`, ruleSet.refs.finalLevel),
    );
    return ok({ scoreLevel: score.level, conditionLevel: 'KHTNV', level, needsDecision: false, reasons });
  }

  const disciplinedMember = input.subject === 'organization' ? (input.organization?.disciplinedMember ?? false) : null;
  const conditions = assessConditions({ tasks: input.tasks, previousShortcomings: shortcomings, disciplinedMember }, score.level, ruleSet);
  reasons.push(conditions.reason);
  if (conditions.level === null) {
    return ok({ scoreLevel: score.level, conditionLevel: null, level: null, needsDecision: true, reasons });
  }
  const level = lowerLevel(score.level, conditions.level);
  const why =
    score.level === conditions.level
      ? `mức theo điểm và mức theo điều kiện đều là "${LEVEL_NAMES[level]}"`
      : `mức thấp hơn giữa mức theo điểm "${LEVEL_NAMES[score.level]}" và mức theo điều kiện "${LEVEL_NAMES[conditions.level]}"`;
  reasons.push(reason('final-level', `Mức xếp loại: "${LEVEL_NAMES[level]}" (${why}).`, ruleSet.refs.finalLevel));
  return ok({ scoreLevel: score.level, conditionLevel: conditions.level, level, needsDecision: false, reasons });
}

function classifyRecorded(input: ClassifyInput, ruleSet: RuleSet): Result<Verdict> {
  if (!input.recordedLevel) {
    return inputError(
      INVALID_INPUT,
      `Thiếu mức xếp loại được ghi nhận (recordedLevel) — bộ quy tắc ${ruleSet.regulation.code} chỉ ghi nhận kết quả, không chấm điểm.`,
      'recordedLevel',
    );
  }
  const disciplined = input.discipline || input.disqualifiers.includes('duty-discipline');
  const recorded = assessRecorded({ recordedLevel: input.recordedLevel, disciplined, override: input.override }, ruleSet);
  return ok({ scoreLevel: null, conditionLevel: null, level: recorded.level, needsDecision: false, reasons: recorded.reasons });
}

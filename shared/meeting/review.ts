// What the rules compute for one reviewed subject from what the meeting recorded: the self-score — the two
// group totals of section B.I of the form (…/30, …/70), or, once any criterion is scored, the sum over the
// year's criteria template (the province's appendix) — then the engine's classification with the previous
// shortcomings of the carry-over (and, when the chi bộ asks for it, the outcome if the competent level
// granted the override), and the proposal the step shows preselected. Nothing here decides a rule; it maps
// the record onto shared/rules. Layer: shared.
import { ok, type Result } from '../contract/result';
import { scoreFromCriteria, type CriteriaScore, type CriteriaTemplateBody } from '../review/criteria';
import { classify, type ClassifyOutcome } from '../rules/classify';
import { allowedDisqualifiers, DISQUALIFIER_DESCRIPTIONS, isListedDisqualifier, type SubjectKind } from '../rules/disqualifiers';
import type { MemberStatus as EngineStatus } from '../rules/eligibility';
import type { MemberCategory } from '../rules/forms';
import { formatNumberVi, inputError, INVALID_INPUT } from '../rules/input-errors';
import { compareLevels, LEVEL_NAMES, type LevelCode } from '../rules/levels';
import type { RuleSetId } from '../rules/rule-sets';
import { formatTenths } from '../rules/reasons';
import { COMMON_MAX, hasAtMostOneDecimal, TASKS_MAX, toTenths } from '../rules/score';
import { previousShortcomings } from './carry-over';
import type { CarryItem, GroupScores, ReviewRecord, ScoreSource, SubjectAssessment, SubjectView, TaskEntry, TaskFigures } from './types';

export function emptyReview(): ReviewRecord {
  return {
    summary: null,
    shortcomings: null,
    scores: {},
    groupScores: { common: null, tasks: null },
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

// ------------------------------------------------------------------------------------------ group totals

export type ScoreGroup = keyof GroupScores;

export const GROUP_SCORE_MAX: Readonly<Record<ScoreGroup, number>> = { common: COMMON_MAX, tasks: TASKS_MAX };

/** "Điểm nhóm tiêu chí chung" — the names the messages and the to-do list use. */
export const GROUP_SCORE_NAMES: Readonly<Record<ScoreGroup, string>> = {
  common: 'điểm nhóm tiêu chí chung',
  tasks: 'điểm nhóm tiêu chí về kết quả thực hiện nhiệm vụ',
};

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One group total: null (not entered) or a number from 0 to 30 (70) with at most one decimal. */
export function checkGroupScore(group: ScoreGroup, value: number | null): Result<void> {
  if (value === null) return ok(undefined);
  const name = capitalized(GROUP_SCORE_NAMES[group]);
  const max = GROUP_SCORE_MAX[group];
  const path = `groupScores.${group}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return inputError(INVALID_INPUT, `${name} phải là một số.`, path);
  if (value < 0) return inputError(INVALID_INPUT, `${name} không được âm (nhận được ${formatNumberVi(value)}).`, path);
  if (!hasAtMostOneDecimal(value)) return inputError(INVALID_INPUT, `${name} chỉ được có tối đa một chữ số thập phân (nhận được ${formatNumberVi(value)}).`, path);
  if (value > max) return inputError(INVALID_INPUT, `${name} (${formatNumberVi(value)}) vượt quá ${max} điểm, mức tối đa của nhóm.`, path);
  return ok(undefined);
}

/** Both group totals (the ones given). */
export function checkGroupScores(g: Partial<GroupScores>): Result<void> {
  for (const group of ['common', 'tasks'] as const) {
    const value = g[group];
    if (value === undefined) continue;
    const checked = checkGroupScore(group, value);
    if (!checked.ok) return checked;
  }
  return ok(undefined);
}

/** The scores in force: per criterion once any criterion is scored, else the two group totals. */
export function scoreSourceOf(review: Pick<ReviewRecord, 'scores'>): ScoreSource {
  return Object.keys(review.scores).length > 0 ? 'criteria' : 'groups';
}

/** A review stored before group totals existed gets empty ones. */
export function withReviewDefaults(review: ReviewRecord): ReviewRecord {
  return review.groupScores ? review : { ...review, groupScores: { common: null, tasks: null } };
}

/**
 * A subject of a view frozen before group totals existed: the review gets empty group totals and the
 * assessment says the criteria table was in force (the only mode then). For display only — the content
 * hash is checked on the view as it was stored.
 */
export function withSubjectDefaults(subject: SubjectView): SubjectView {
  const a = subject.assessment as Partial<SubjectAssessment> & SubjectAssessment;
  return {
    ...subject,
    review: withReviewDefaults(subject.review),
    assessment: { ...a, scoreSource: a.scoreSource ?? 'criteria', scoreConflict: a.scoreConflict ?? null, missing: a.missing ?? [] },
  };
}

const pts = (tenths: number) => formatTenths(tenths);

function scoreOfGroups(g: GroupScores): CriteriaScore {
  const commonTenths = toTenths(g.common!);
  const tasksTenths = toTenths(g.tasks!);
  return { commonTenths, tasksTenths, totalTenths: commonTenths + tasksTenths, common: commonTenths / 10, tasks: tasksTenths / 10 };
}

interface ScoreOutcome {
  score: CriteriaScore | null;
  problem: string | null;
  missing: string[];
}

function scoreByGroups(g: GroupScores): ScoreOutcome {
  const checked = checkGroupScores(g);
  if (!checked.ok) return { score: null, problem: checked.error.message, missing: [] };
  const missing = (['common', 'tasks'] as const).filter((k) => g[k] === null).map((k) => `${GROUP_SCORE_NAMES[k]} (…/${GROUP_SCORE_MAX[k]})`);
  if (missing.length > 0) return { score: null, problem: `Chưa nhập ${missing.join(' và ')}.`, missing };
  return { score: scoreOfGroups(g), problem: null, missing: [] };
}

function scoreByCriteria(template: CriteriaTemplateBody | undefined, scores: Readonly<Record<string, number>>): ScoreOutcome {
  if (!template) return { score: null, problem: 'Năm kiểm điểm chưa có mẫu tiêu chí chấm điểm cho biểu mẫu này.', missing: [] };
  const partial = checkPartialScores(template, scores);
  if (!partial.ok) return { score: null, problem: partial.error.message, missing: [] };
  const unscored = template.criteria.filter((c) => scores[c.id] === undefined);
  if (unscored.length > 0) {
    const missing = unscored.map((c) => `điểm tiêu chí "${c.title}"`);
    const problem = unscored.length === 1 ? `Thiếu điểm tự chấm của tiêu chí "${unscored[0]!.title}".` : `Thiếu điểm tự chấm của ${unscored.length} tiêu chí: ${unscored.map((c) => `"${c.title}"`).join('; ')}.`;
    return { score: null, problem, missing };
  }
  const score = scoreFromCriteria(template, scores);
  return score.ok ? { score: score.value, problem: null, missing: [] } : { score: null, problem: score.error.message, missing: [] };
}

/** Group totals entered while the criteria table is in force, when they are not what the table gives. */
function conflictOf(g: GroupScores, score: CriteriaScore | null): string | null {
  if (g.common === null && g.tasks === null) return null;
  const entered = `${g.common === null ? '…' : pts(toTenths(g.common))}/30 và ${g.tasks === null ? '…' : pts(toTenths(g.tasks))}/70`;
  if (!score) {
    return `Đang chấm theo từng tiêu chí nên điểm nhóm đã nhập (${entered}) không được dùng. Chấm đủ các tiêu chí, hoặc xóa điểm từng tiêu chí để dùng điểm nhóm.`;
  }
  const same = g.common !== null && g.tasks !== null && toTenths(g.common) === score.commonTenths && toTenths(g.tasks) === score.tasksTenths;
  if (same) return null;
  return `Điểm nhóm đã nhập (${entered}) khác tổng chấm theo từng tiêu chí (${pts(score.commonTenths)}/30 và ${pts(score.tasksTenths)}/70): điểm theo từng tiêu chí được dùng.`;
}

/** Scores, previous shortcomings and the engine's outcome of one subject. Never throws. */
export function assessSubject(input: AssessInput): SubjectAssessment {
  const review = withReviewDefaults(input.review);
  const template = input.template;
  const source = scoreSourceOf(review);
  const taskMissing = missingTaskFields(review.tasks);
  const tasksProblem = taskMissing.length > 0 ? `Chưa nhập kết quả thực hiện nhiệm vụ: ${taskMissing.join(', ')}.` : null;
  const scored = source === 'criteria' ? scoreByCriteria(template, review.scores) : scoreByGroups(review.groupScores);
  const base: SubjectAssessment = {
    criteriaCount: template?.criteria.length ?? 0,
    scoredCount: template ? template.criteria.filter((c) => review.scores[c.id] !== undefined).length : 0,
    score: scored.score,
    scoreSource: source,
    scoreProblem: scored.problem,
    scoreConflict: source === 'criteria' ? conflictOf(review.groupScores, scored.score) : null,
    missing: [...scored.missing, ...taskMissing],
    previousShortcomings: previousShortcomings(input.carryOver),
    computed: null,
    computedProblem: tasksProblem,
    computedWithOverride: null,
  };
  if (!scored.score || tasksProblem) return base;
  const points = { common: scored.score.common, tasks: scored.score.tasks };
  const assessed = { ...input, review };
  const computed = classifyWith(assessed, points, null);
  if (!computed.ok) return { ...base, computedProblem: computed.error.message };
  const request = review.overrideRequest;
  const withOverride = request ? classifyWith(assessed, points, { granted: true, reason: request }) : null;
  return { ...base, computed: computed.value, computedWithOverride: withOverride?.ok ? withOverride.value : null };
}

/**
 * The level the proposal box shows preselected while the chi ủy has proposed none: the level the rules
 * computed. None in a rule gap (the chi ủy must choose) or before a level is computed. Nothing is stored
 * until the secretary confirms it ("Tiếp theo" on the step, or choosing a level).
 */
export function proposalPreset(review: Pick<ReviewRecord, 'proposedLevel'>, assessment: Pick<SubjectAssessment, 'computed'>): LevelCode | null {
  if (review.proposedLevel !== null) return null;
  return assessment.computed?.level ?? null;
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

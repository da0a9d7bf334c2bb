// The Đảng ủy's decision stage (issue 4 §8; rules.md §4–5): from the finalized meetings, every proposal
// (members and chi bộ) with its reasons, what the deciding level must settle itself (rule gaps, requested
// overrides, proposals above the rules, decisions made before a meeting changed), the HTXS quota per peer
// group with the members that exceed it, and what still blocks a recognition decision. Pure functions of
// stored data. Layer: shared.
import { ok, type Result } from '../contract/result';
import type { ClassifyOutcome } from '../rules/classify';
import { formatDateVi } from '../rules/calendar';
import { inputError, INVALID_INPUT } from '../rules/input-errors';
import { compareLevels, LEVEL_NAMES, LEVELS, type LevelCode } from '../rules/levels';
import type { Reason } from '../rules/reasons';
import type { ReviewFormCode } from '../rules/forms';
import { joinNames } from './labels';
import type { MeetingSettings, MeetingStatus, MeetingView, SubjectView } from './types';
import { groupMember, quotaGroups, type QuotaGroupView } from './decision-quota';

export { quotaGroups, type QuotaGroupView };

export type SubjectKindCode = 'member' | 'organization';

/** A member-holding cell of the year (from the eligibility view). */
export interface DecisionUnit {
  orgUnitId: string;
  name: string;
  basicOrgId: string;
  basicOrgName: string;
  onRoll: number;
  reviewed: number;
  voters: number;
}

export interface DecisionMeeting {
  meetingId: string;
  orgUnitId: string;
  status: MeetingStatus;
  meetingDate: string | null;
  /** The frozen view of a finalized meeting. */
  view: MeetingView | null;
}

export interface StoredDecision {
  id: string;
  memberId: string | null;
  orgUnitId: string;
  level: LevelCode;
  reason: string | null;
  overrideGranted: boolean | null;
  /** The proposal the decision was taken on. */
  proposedLevel: LevelCode | null;
  recognitionId: string | null;
  decidedBy: string;
  decidedAt: string;
}

export interface StoredRecognition {
  id: string;
  scope: 'commune' | { basicOrgId: string };
  decisionNo: string;
  decidedOn: string;
  actor: string;
  createdAt: string;
  contentHash: string;
}

export interface StoredReRating {
  id: string;
  memberId: string | null;
  orgUnitId: string;
  oldLevel: LevelCode;
  newLevel: LevelCode;
  reason: string;
  decisionNo: string;
  decidedOn: string;
  actor: string;
  createdAt: string;
}

export type IssueCode = 'rule-gap' | 'override-request' | 'above-rules' | 'no-proposal' | 'stale-decision';

export interface DecisionSubject {
  /** `member:<id>` or `org:<id>`. */
  key: string;
  kind: SubjectKindCode;
  memberId: string | null;
  orgUnitId: string;
  name: string;
  unitName: string;
  basicOrgId: string;
  basicOrgName: string;
  meetingId: string;
  form: ReviewFormCode;
  score: { common: number; tasks: number; total: number } | null;
  computed: Pick<ClassifyOutcome, 'level' | 'scoreLevel' | 'conditionLevel' | 'needsDecision'> & { reasons: Reason[] };
  computedWithOverride: { level: LevelCode | null; reasons: Reason[] } | null;
  chiUyProposal: LevelCode | null;
  vote: { level: LevelCode | null; round: number; counts: Record<LevelCode, number>; threshold: number | null } | null;
  /** The chi bộ's proposal to the Đảng ủy: the level its vote adopted. */
  proposal: LevelCode | null;
  overrideRequest: string | null;
  issues: { code: IssueCode; message: string }[];
  decision: StoredDecision | null;
  /** The level decided, accepted or re-rated; null while the Đảng ủy must still decide. */
  finalLevel: LevelCode | null;
  needsDecision: boolean;
  /** Ranked among the HTXS of a violated group beyond the quota. */
  overQuota: boolean;
  locked: { recognitionId: string; decisionNo: string; decidedOn: string } | null;
  reRatings: StoredReRating[];
}

export type UnitState = 'not-started' | 'in-progress' | 'finalized' | 'decided';

export const UNIT_STATE_NAMES: Readonly<Record<UnitState, string>> = {
  'not-started': 'Chưa họp',
  'in-progress': 'Đang họp',
  finalized: 'Đã hoàn tất hội nghị',
  decided: 'Đảng ủy đã công nhận',
};

export interface DecisionUnitRow extends DecisionUnit {
  state: UnitState;
  meetingId: string | null;
}

export interface DecisionView {
  year: number;
  quota: MeetingSettings['quota'];
  basicOrgId: string | null;
  units: DecisionUnitRow[];
  subjects: DecisionSubject[];
  quotaGroups: QuotaGroupView[];
  /** What prevents locking the scope shown (Vietnamese); empty when it can be locked. */
  blockers: string[];
  canLock: boolean;
  recognitions: RecognitionSummary[];
}

/** How many members and how many chi bộ a recognition decision put at each level. */
export interface RecognitionCounts {
  members: Record<LevelCode, number>;
  organizations: Record<LevelCode, number>;
}

/** A recognition decision of the year with its counts per level (as recognized, before any re-rating). */
export interface RecognitionSummary extends StoredRecognition {
  counts: RecognitionCounts;
}

export interface DecisionInput {
  year: number;
  settings: Pick<MeetingSettings, 'ruleSet' | 'quota'>;
  communeName: string;
  units: readonly DecisionUnit[];
  meetings: readonly DecisionMeeting[];
  decisions: readonly StoredDecision[];
  recognitions: readonly StoredRecognition[];
  reRatings: readonly StoredReRating[];
}

export type LockScope = 'commune' | { basicOrgId: string };

const q = (level: LevelCode) => `"${LEVEL_NAMES[level]}"`;

export const subjectKey = (memberId: string | null, orgUnitId: string) => (memberId === null ? `org:${orgUnitId}` : `member:${memberId}`);

/** The best level the deciding level may set: the computed level, the score level in a rule gap. */
export function decisionCeiling(s: Pick<DecisionSubject, 'computed' | 'computedWithOverride'>, overrideGranted: boolean): LevelCode | null {
  if (overrideGranted && s.computedWithOverride) return s.computedWithOverride.level ?? s.computed.scoreLevel;
  return s.computed.level ?? s.computed.scoreLevel;
}

function issuesOf(subject: SubjectView, proposal: LevelCode | null, decision: StoredDecision | null): DecisionSubject['issues'] {
  const issues: DecisionSubject['issues'] = [];
  const computed = subject.assessment.computed;
  const request = subject.review.overrideRequest;
  if (computed?.needsDecision) {
    const gap = computed.reasons.find((r) => r.code === 'rule-gap')?.message ?? 'Quy định chưa có mức xếp loại cho trường hợp này.';
    issues.push({ code: 'rule-gap', message: gap });
  }
  if (request) issues.push({ code: 'override-request', message: `Chi bộ đề nghị xem xét không xếp loại ${q('KHTNV')} (tự phát hiện, tự khắc phục): ${request}` });
  if (proposal === null) issues.push({ code: 'no-proposal', message: 'Chi bộ chưa có kết quả biểu quyết đề nghị mức xếp loại.' });
  else if (!request && computed?.level && compareLevels(proposal, computed.level) > 0) {
    issues.push({ code: 'above-rules', message: `Chi bộ đề nghị ${q(proposal)}, cao hơn mức tính theo quy định ${q(computed.level)}.` });
  }
  if (decision && decision.proposedLevel !== proposal) {
    const was = decision.proposedLevel ? q(decision.proposedLevel) : 'chưa có';
    issues.push({ code: 'stale-decision', message: `Đề nghị của chi bộ đã đổi (từ ${was} sang ${proposal ? q(proposal) : 'chưa có'}) sau khi Đảng ủy quyết định: hãy quyết định lại.` });
  }
  return issues;
}

function subjectFrom(view: MeetingView, unit: DecisionUnit, subject: SubjectView, member: { memberId: string; fullName: string; form: ReviewFormCode } | null, input: DecisionInput): DecisionSubject {
  const memberId = member?.memberId ?? null;
  const decision = input.decisions.find((d) => d.memberId === memberId && d.orgUnitId === view.orgUnit.id) ?? null;
  const rounds = subject.votes.rounds;
  const latest = rounds[rounds.length - 1];
  const proposal = subject.votes.result;
  const issues = issuesOf(subject, proposal, decision);
  const blocking = issues.some((i) => i.code !== 'stale-decision');
  const stale = issues.some((i) => i.code === 'stale-decision');
  const needsDecision = stale || (blocking && decision === null);
  const reRatings = input.reRatings.filter((r) => r.memberId === memberId && r.orgUnitId === view.orgUnit.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const lastReRating = reRatings[reRatings.length - 1];
  const recognition = decision?.recognitionId ? input.recognitions.find((r) => r.id === decision.recognitionId) : undefined;
  const computed = subject.assessment.computed;
  const score = subject.assessment.score;
  return {
    key: subjectKey(memberId, view.orgUnit.id),
    kind: member ? 'member' : 'organization',
    memberId,
    orgUnitId: view.orgUnit.id,
    name: member ? member.fullName : view.orgUnit.name,
    unitName: view.orgUnit.name,
    basicOrgId: unit.basicOrgId,
    basicOrgName: unit.basicOrgName,
    meetingId: view.id,
    form: member ? member.form : '01',
    score: score ? { common: score.common, tasks: score.tasks, total: score.totalTenths / 10 } : null,
    computed: {
      level: computed?.level ?? null,
      scoreLevel: computed?.scoreLevel ?? null,
      conditionLevel: computed?.conditionLevel ?? null,
      needsDecision: computed?.needsDecision ?? false,
      reasons: computed?.reasons ?? [],
    },
    computedWithOverride: subject.assessment.computedWithOverride
      ? { level: subject.assessment.computedWithOverride.level, reasons: subject.assessment.computedWithOverride.reasons }
      : null,
    chiUyProposal: subject.review.proposedLevel,
    vote: latest ? { level: latest.level, round: latest.round, counts: latest.votes, threshold: latest.threshold } : null,
    proposal,
    overrideRequest: subject.review.overrideRequest,
    issues,
    decision,
    finalLevel: lastReRating?.newLevel ?? (stale ? null : (decision?.level ?? (needsDecision ? null : proposal))),
    needsDecision,
    overQuota: false,
    locked: recognition ? { recognitionId: recognition.id, decisionNo: recognition.decisionNo, decidedOn: recognition.decidedOn } : null,
    reRatings,
  };
}

/** Every subject of the finalized meetings (members in the order of business, then the chi bộ), unit by unit. */
export function decisionSubjects(input: DecisionInput): DecisionSubject[] {
  const out: DecisionSubject[] = [];
  for (const unit of input.units) {
    const meeting = input.meetings.find((m) => m.orgUnitId === unit.orgUnitId && m.status === 'finalized' && m.view);
    if (!meeting) continue;
    const view = meeting.view!;
    for (const m of view.members) if (m.subject) out.push(subjectFrom(view, unit, m.subject, m, input));
    out.push(subjectFrom(view, unit, view.collective, null, input));
  }
  return out;
}

function inScope(scope: LockScope, basicOrgId: string): boolean {
  return scope === 'commune' || scope.basicOrgId === basicOrgId;
}

/** Unit rows with their state for the scope. */
export function unitRows(input: DecisionInput, subjects: readonly DecisionSubject[]): DecisionUnitRow[] {
  return input.units.map((u) => {
    const meeting = input.meetings.find((m) => m.orgUnitId === u.orgUnitId);
    let state: UnitState = 'not-started';
    if (meeting?.status === 'in-progress') state = 'in-progress';
    if (meeting?.status === 'finalized') {
      const mine = subjects.filter((s) => s.orgUnitId === u.orgUnitId);
      state = mine.length > 0 && mine.every((s) => s.locked) ? 'decided' : 'finalized';
    }
    return { ...u, state, meetingId: meeting?.meetingId ?? null };
  });
}

/** Why the scope cannot be locked yet (Vietnamese, each saying what to do); empty when it can. */
export function lockBlockers(scope: LockScope, rows: readonly DecisionUnitRow[], subjects: readonly DecisionSubject[], groups: readonly QuotaGroupView[]): string[] {
  const blockers: string[] = [];
  // Cells where nobody is reviewed (e.g. every member exempt) hold no review meeting.
  const units = rows.filter((u) => u.reviewed > 0 && inScope(scope, u.basicOrgId));
  if (units.length === 0) return ['Phạm vi này không có chi bộ nào có đảng viên thuộc diện kiểm điểm.'];
  const pending = units.filter((u) => u.state === 'not-started' || u.state === 'in-progress');
  if (pending.length > 0) {
    blockers.push(`Chưa hoàn tất hội nghị kiểm điểm ở: ${joinNames(pending.map((u) => `${u.name} (${UNIT_STATE_NAMES[u.state].toLowerCase()})`))}.`);
  }
  const mine = subjects.filter((s) => inScope(scope, s.basicOrgId));
  const open = mine.filter((s) => !s.locked);
  if (pending.length === 0 && open.length === 0) blockers.push('Mọi kết quả trong phạm vi này đã được công nhận; muốn thay đổi hãy xếp loại lại (Mẫu 03).');
  for (const s of open.filter((x) => x.needsDecision)) {
    const why = s.issues.map((i) => i.message).join(' ');
    blockers.push(`Chưa quyết định mức xếp loại của ${s.kind === 'member' ? `đồng chí ${s.name}` : s.name} (${s.unitName}): ${why}`);
  }
  for (const g of groups) {
    if (!g.outcome.violation || !mine.some((s) => groupMember(g, s))) continue;
    const over = g.htxs.filter((h) => h.overQuota).map((h) => h.name);
    blockers.push(
      `${g.label}: ${g.outcome.reasons[0]!.message} Hãy quyết định lại mức xếp loại để giảm ${g.outcome.excess} trường hợp ` +
        `${q('HTXS')} (theo thứ tự điểm, vượt tỷ lệ: ${joinNames(over)}).`,
    );
  }
  return blockers;
}

/** The whole decision view, optionally narrowed to one TCCSĐ (quota groups still count their whole group). */
export function buildDecisionView(input: DecisionInput, basicOrgId: string | null = null): DecisionView {
  const all = decisionSubjects(input);
  const groups = quotaGroups(all, input);
  const rows = unitRows(input, all);
  const scope: LockScope = basicOrgId === null ? 'commune' : { basicOrgId };
  const blockers = lockBlockers(scope, rows, all, groups);
  const shown = (b: string) => basicOrgId === null || b === basicOrgId;
  const subjects = all.filter((s) => shown(s.basicOrgId));
  return {
    year: input.year,
    quota: input.settings.quota,
    basicOrgId,
    units: rows.filter((u) => shown(u.basicOrgId)),
    subjects,
    quotaGroups: groups.filter((g) => subjects.some((s) => groupMember(g, s))),
    blockers,
    canLock: blockers.length === 0,
    recognitions: input.recognitions.map((r) => ({ ...r, counts: recognitionCounts(input.decisions.filter((d) => d.recognitionId === r.id)) })),
  };
}

/**
 * Checks a decision on one subject: not yet recognized, the override answered when one was requested,
 * the level not above what the rules allow, and a reason when the level differs from the proposal.
 */
export function checkDecision(s: DecisionSubject, d: { level: LevelCode; reason: string | null; overrideGranted: boolean | undefined }): Result<void> {
  const who = s.kind === 'member' ? `đồng chí ${s.name}` : s.name;
  if (s.locked) {
    return inputError(
      'already-recognized',
      `Kết quả của ${who} đã được công nhận theo Quyết định số ${s.locked.decisionNo} ngày ${formatDateVi(s.locked.decidedOn)}; muốn thay đổi phải xếp loại lại (Mẫu 03).`,
      'level',
    );
  }
  if (s.overrideRequest && d.overrideGranted === undefined) {
    return inputError(INVALID_INPUT, `Chi bộ đề nghị xem xét trường hợp của ${who}: hãy chọn chấp thuận hoặc không chấp thuận đề nghị.`, 'overrideGranted');
  }
  if (!s.overrideRequest && d.overrideGranted !== undefined) {
    return inputError(INVALID_INPUT, `Chi bộ không đề nghị xem xét trường hợp tự phát hiện, tự khắc phục của ${who}.`, 'overrideGranted');
  }
  const ceiling = decisionCeiling(s, d.overrideGranted === true);
  if (ceiling !== null && compareLevels(d.level, ceiling) > 0) {
    const hint = s.overrideRequest && !d.overrideGranted ? ' (khi không chấp thuận đề nghị xem xét)' : '';
    return inputError('above-rules', `Mức ${q(d.level)} cao hơn mức tối đa theo quy định đối với ${who}: ${q(ceiling)}${hint}.`, 'level');
  }
  if (d.level !== s.proposal && !d.reason) {
    const proposal = s.proposal ? q(s.proposal) : 'chưa có';
    return inputError('reason-required', `Mức quyết định ${q(d.level)} khác mức chi bộ đề nghị (${proposal}): phải ghi lý do.`, 'reason');
  }
  return ok(undefined);
}

/** The recognized list of a lock: every unlocked subject of the scope with its final level. */
export function recognitionContent(scope: LockScope, subjects: readonly DecisionSubject[]): { key: string; memberId: string | null; orgUnitId: string; name: string; level: LevelCode }[] {
  return subjects
    .filter((s) => !s.locked && inScope(scope, s.basicOrgId) && s.finalLevel !== null)
    .map((s) => ({ key: s.key, memberId: s.memberId, orgUnitId: s.orgUnitId, name: s.name, level: s.finalLevel! }));
}

/** Counts per level of a list (for summaries). */
export function levelCounts(levels: readonly (LevelCode | null)[]): Record<LevelCode, number> {
  const counts = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<LevelCode, number>;
  for (const l of levels) if (l) counts[l] += 1;
  return counts;
}

/** Counts per level of recognized members and chi bộ (`memberId` null = the chi bộ itself). */
export function recognitionCounts(items: readonly { memberId: string | null; level: LevelCode }[]): RecognitionCounts {
  return {
    members: levelCounts(items.filter((c) => c.memberId !== null).map((c) => c.level)),
    organizations: levelCounts(items.filter((c) => c.memberId === null).map((c) => c.level)),
  };
}

/** A recognition decision with the list it recognized. */
export interface RecognitionRecord extends StoredRecognition {
  year: number;
  subjects: { key: string; memberId: string | null; orgUnitId: string; name: string; level: LevelCode }[];
  counts: RecognitionCounts;
}

/** A re-rating (Mẫu 03) as recorded. */
export interface ReRatingRecord extends StoredReRating {
  year: number;
  subjectName: string;
}

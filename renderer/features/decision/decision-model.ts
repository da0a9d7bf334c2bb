// Pure helpers of the Đảng ủy decision screens: the words shown for a unit's state, the quota
// line of a peer group, the scopes one can verify, which subjects need the Đảng ủy's attention, and
// the level choices. No React here, so the wording can be checked on its own. Layer: renderer.
import type { BoardRow } from '../../../shared/meeting/board';
import type { DecisionSubject, QuotaGroupView, RecognitionCounts, UnitState } from '../../../shared/meeting/decision';
import type { HistorySource } from '../../../shared/meeting/history';
import { LEVEL_NAMES, LEVELS, type LevelCode } from '../../../shared/rules/levels';
import { htxsAllowed, quotaBase, type QuotaRatePercent } from '../../../shared/rules/quota';
import type { QuotaDenominator } from '../../../shared/rules/schemas';
import { RULE_SETS } from '../../../shared/rules/rule-sets';

/** The abbreviations party documents use for the levels (HTXS, HTT, HTNV, KHTNV). */
export const levelShort = (level: LevelCode) => level;

export const levelOptions = LEVELS.map((l) => ({ value: l, label: `${LEVEL_NAMES[l]} (${l})` }));

export const STATE_LABELS: Readonly<Record<UnitState, string>> = {
  'not-started': 'Chưa họp',
  'in-progress': 'Đang họp',
  finalized: 'Đã kết thúc hội nghị',
  decided: 'Đã quyết định',
};

/** "Đang họp — bước 3/9: Kiểm điểm tập thể chi bộ (Mẫu 01)" for a meeting in progress. */
export function stateText(row: Pick<BoardRow, 'state' | 'progress'>): string {
  if (row.state === 'in-progress' && row.progress) return `Đang họp — bước ${row.progress.index}/${row.progress.total}: ${row.progress.title}`;
  return STATE_LABELS[row.state];
}

export type QuotaSettings = { ratePercent: QuotaRatePercent; denominator: QuotaDenominator };

/** The figures of a group's quota from its counts: most HTXS allowed, HTXS counted, and the base they rest on. */
export function quotaFigures(counts: Readonly<Record<LevelCode, number>>, quota: QuotaSettings): { allowed: number; actual: number; base: number; excess: number } {
  const base = quotaBase(counts, quota.denominator);
  const allowed = htxsAllowed(base, quota.ratePercent);
  return { allowed, actual: counts.HTXS, base, excess: Math.max(0, counts.HTXS - allowed) };
}

/** "Được tối đa 1 HTXS (20 % của 9 HTT); đang có 2" — the exact figures, no judgement. */
export function quotaFiguresText(counts: Readonly<Record<LevelCode, number>>, quota: QuotaSettings): string {
  const f = quotaFigures(counts, quota);
  const of = quota.denominator === 'htt' ? `${f.base} HTT` : `${f.base} HTT và HTXS`;
  return `Được tối đa ${f.allowed} HTXS (${quota.ratePercent} % của ${of}); đang có ${f.actual}`;
}

/**
 * The quota line of a peer group, recomputed from its counts (lowering an HTXS to HTT also changes the
 * HTT count and so the allowed number):
 * "Được tối đa 1 HTXS (20 % của 9 HTT); đang có 2 — vượt 1: phải hạ 1 trường hợp mới khóa được." or
 * "Được tối đa 2 HTXS (20 % của 10 HTT); đang có 1 — đúng tỷ lệ."
 */
export function quotaLine(group: Pick<QuotaGroupView, 'counts'>, quota: QuotaSettings): string {
  const f = quotaFigures(group.counts, quota);
  const verdict = f.excess > 0 ? ` — vượt ${f.excess}: phải hạ ${f.excess} trường hợp mới khóa được.` : ' — đúng tỷ lệ.';
  return `${quotaFiguresText(group.counts, quota)}${verdict}`;
}

/** The counts of a group once one of its HTXS is lowered to HTT. */
export function countsAfterLowering(counts: Readonly<Record<LevelCode, number>>): Record<LevelCode, number> {
  return { ...counts, HTXS: Math.max(0, counts.HTXS - 1), HTT: counts.HTT + 1 };
}

export interface ScopeOption {
  value: string;
  label: string;
}

/** "Toàn Đảng bộ xã" and each TCCSĐ that has a cell in the year's board. */
export function scopeOptions(rows: readonly Pick<BoardRow, 'basicOrgId' | 'basicOrgName'>[]): ScopeOption[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(r.basicOrgId)) seen.set(r.basicOrgId, r.basicOrgName);
  return [{ value: '', label: 'Toàn Đảng bộ xã' }, ...[...seen].map(([value, label]) => ({ value, label }))];
}

/** "đồng chí Bùi Thị Hoa" or the chi bộ's name, as sentences cite a subject. */
export const subjectTitle = (s: Pick<DecisionSubject, 'kind' | 'name'>) => (s.kind === 'member' ? `đồng chí ${s.name}` : s.name);

/** Issue codes the Đảng ủy must look at itself (besides the quota). */
const ATTENTION = new Set(['rule-gap', 'override-request', 'above-rules', 'stale-decision', 'no-proposal']);

/** Subjects still open that need the Đảng ủy's decision or sit beyond the quota. */
export function attentionSubjects(subjects: readonly DecisionSubject[]): DecisionSubject[] {
  return subjects.filter((s) => !s.locked && (s.needsDecision || s.overQuota));
}

/** Cases the Đảng ủy has decided itself — an issue, or a level other than proposed (kept in sight until the lock). */
export function settledSubjects(subjects: readonly DecisionSubject[]): DecisionSubject[] {
  return subjects.filter((s) => !s.locked && !s.needsDecision && !s.overQuota && s.decision !== null && (s.decision.level !== s.proposal || s.issues.some((i) => ATTENTION.has(i.code))));
}

/**
 * Where the Đảng ủy stands on a subject: `recognized` (locked in a recognition decision), `decided` (decided,
 * not yet locked), `open` (must be decided: an issue or a changed proposal), `pending` (not decided yet; the
 * lock would recognize the chi bộ's proposal as it is).
 */
export type DecisionState = 'recognized' | 'decided' | 'open' | 'pending';

export function decisionState(s: Pick<DecisionSubject, 'locked' | 'decision' | 'needsDecision'>): DecisionState {
  if (s.locked) return 'recognized';
  if (s.needsDecision) return 'open';
  return s.decision ? 'decided' : 'pending';
}

/** Subjects grouped by their chi bộ, in the order the core gives them. */
export function byUnit(subjects: readonly DecisionSubject[]): { orgUnitId: string; unitName: string; subjects: DecisionSubject[] }[] {
  const groups: { orgUnitId: string; unitName: string; subjects: DecisionSubject[] }[] = [];
  for (const s of subjects) {
    const g = groups.find((x) => x.orgUnitId === s.orgUnitId);
    if (g) g.subjects.push(s);
    else groups.push({ orgUnitId: s.orgUnitId, unitName: s.unitName, subjects: [s] });
  }
  return groups;
}

/** "Đảng viên thuộc Chi bộ …" → "đảng viên thuộc Chi bộ …", for use inside a sentence. */
export const inSentence = (label: string) => label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);

/** The reason offered when lowering an HTXS because of its group's quota (the user may rewrite it). */
export function quotaReason(group: Pick<QuotaGroupView, 'label' | 'counts'>, quota: QuotaSettings): string {
  return `Vượt tỷ lệ HTXS của nhóm ${inSentence(group.label)} (tối đa ${quotaFigures(group.counts, quota).allowed}).`;
}

/** The quota group a subject's HTXS is counted in, when it is beyond the quota. */
export function overQuotaGroup(groups: readonly QuotaGroupView[], subject: Pick<DecisionSubject, 'key' | 'overQuota'>): QuotaGroupView | null {
  if (!subject.overQuota) return null;
  return groups.find((g) => g.htxs.some((h) => h.key === subject.key)) ?? null;
}

export const SOURCE_LABELS: Readonly<Record<HistorySource, string>> = {
  decision: 'Quyết định công nhận',
  're-rating': 'Xếp loại lại (Mẫu 03)',
  recorded: 'Nhập từ hồ sơ giấy',
};

/** "QĐ 124-QĐ/TW" for a rule-set id; an unknown id is shown as it is. */
export const regulationOf = (ruleSet: string) => RULE_SETS[ruleSet as keyof typeof RULE_SETS]?.regulation.code ?? ruleSet;

export const PAST_RULE_SETS = [
  { value: 'QD366-2025', label: 'QĐ 366-QĐ/TW (từ năm 2025, năm đã quyết định trên giấy)', from: 2025, to: null },
  { value: 'QD124-2023', label: 'QĐ 124-QĐ/TW (các năm 2023–2024)', from: 2023, to: 2024 },
  { value: 'QD132-2018', label: 'QĐ 132-QĐ/TW (các năm 2018–2022)', from: 2018, to: 2022 },
] as const;

export type PastRuleSet = (typeof PAST_RULE_SETS)[number]['value'];

/** The rule set that covers a year, for pre-selecting it (rules.md §1). */
export function ruleSetForYear(year: number): PastRuleSet | null {
  return PAST_RULE_SETS.find((r) => year >= r.from && (r.to === null || year <= r.to))?.value ?? null;
}

/** Only the record-only sets apply a discipline rule to an entered level (QĐ 124); a QĐ 366 paper level is kept. */
export const pastRuleSetHasDiscipline = (ruleSet: string) => ruleSet === 'QD124-2023' || ruleSet === 'QD132-2018';

/** Audit field names in words: `level.2026` → "Mức xếp loại năm 2026". */
export function auditFieldLabel(field: string): string {
  const [head, year] = field.split('.');
  if (head === 'level' && year) return `Mức xếp loại năm ${year}`;
  if (head === 'pastLevel' && year) return `Kết quả năm ${year} (nhập từ hồ sơ giấy)`;
  return field;
}

/** A level code in an audit value shown as its name; other values as they are. */
export function auditValue(value: string | null): string {
  if (value === null) return '—';
  return (LEVELS as readonly string[]).includes(value) ? LEVEL_NAMES[value as LevelCode] : value;
}

/** "HTXS: 1, HTT: 10, HTNV: 2, KHTNV: 1" — every level, zeros included, in the documents' order. */
export const levelCountsText = (counts: Record<LevelCode, number>) => LEVELS.map((l) => `${l}: ${counts[l]}`).join(', ');

const sum = (counts: Record<LevelCode, number>) => LEVELS.reduce((n, l) => n + counts[l], 0);

/** "Công nhận 14 đảng viên (HTXS: 1, HTT: 10, HTNV: 2, KHTNV: 1) và 1 chi bộ (HTXS: 0, HTT: 1, HTNV: 0, KHTNV: 0)." */
export function recognitionSummary(counts: RecognitionCounts): string {
  const parts = [];
  if (sum(counts.members) > 0) parts.push(`${sum(counts.members)} đảng viên (${levelCountsText(counts.members)})`);
  if (sum(counts.organizations) > 0) parts.push(`${sum(counts.organizations)} chi bộ (${levelCountsText(counts.organizations)})`);
  return parts.length === 0 ? 'Không có kết quả nào trong quyết định này.' : `Công nhận ${parts.join(' và ')}.`;
}

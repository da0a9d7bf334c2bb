// Pure helpers of the Đảng ủy decision screens: the words shown for a unit's state, days late, the quota
// line of a peer group, the scopes one can verify, which subjects need the Đảng ủy's attention, and
// the level choices. No React here, so the wording can be checked on its own. Layer: renderer.
import type { Board, BoardRow } from '../../../shared/meeting/board';
import type { DecisionSubject, QuotaGroupView, UnitState } from '../../../shared/meeting/decision';
import type { HistorySource } from '../../../shared/meeting/history';
import { LEVEL_NAMES, LEVELS, type LevelCode } from '../../../shared/rules/levels';
import { quotaBase } from '../../../shared/rules/quota';
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

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (ISO dates); positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/**
 * How many days a row is late: past the meeting deadline while its meeting is not finished, or past
 * the decision deadline while not decided — the larger of the two; 0 when not late.
 */
export function daysLate(row: Pick<BoardRow, 'state'>, board: Pick<Board, 'today' | 'deadlines'>): number {
  const { meetingsTo, decisionOn } = board.deadlines;
  const open = row.state === 'not-started' || row.state === 'in-progress';
  const late: number[] = [0];
  if (open && meetingsTo) late.push(daysBetween(meetingsTo, board.today));
  if (row.state !== 'decided' && decisionOn) late.push(daysBetween(decisionOn, board.today));
  return Math.max(...late);
}

/** "HTXS: 2 / tối đa 1 (20% của 9 HTT) — vượt 1" */
export function quotaLine(group: Pick<QuotaGroupView, 'counts' | 'outcome'>, quota: { ratePercent: number; denominator: 'htt' | 'htt+htxs' }): string {
  const base = quotaBase(group.counts, quota.denominator);
  const of = quota.denominator === 'htt' ? `${base} HTT` : `${base} HTT và HTXS`;
  const tail = group.outcome.violation ? ` — vượt ${group.outcome.excess}` : ' — trong giới hạn';
  return `HTXS: ${group.outcome.actual} / tối đa ${group.outcome.allowed} (${quota.ratePercent}% của ${of})${tail}`;
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

/** The standard reason offered when lowering an HTXS beyond the quota (the user may rewrite it). */
export function quotaReason(ratePercent: number): string {
  return `Vượt tỷ lệ tối đa ${ratePercent}% đảng viên được xếp loại "${LEVEL_NAMES.HTXS}" (QĐ 366-QĐ/TW, Điều 11, khoản 1).`;
}

export const SOURCE_LABELS: Readonly<Record<HistorySource, string>> = {
  decision: 'Quyết định công nhận',
  're-rating': 'Xếp loại lại (Mẫu 03)',
  recorded: 'Nhập tay theo quy định cũ',
};

/** "QĐ 124-QĐ/TW" for a rule-set id; an unknown id is shown as it is. */
export const regulationOf = (ruleSet: string) => RULE_SETS[ruleSet as keyof typeof RULE_SETS]?.regulation.code ?? ruleSet;

export const PAST_RULE_SETS = [
  { value: 'QD124-2023', label: 'QĐ 124-QĐ/TW (các năm 2023–2024)', from: 2023, to: 2024 },
  { value: 'QD132-2018', label: 'QĐ 132-QĐ/TW (các năm 2018–2022)', from: 2018, to: 2022 },
] as const;

/** The record-only rule set that covers a year, for pre-selecting it. */
export function ruleSetForYear(year: number): string | null {
  return PAST_RULE_SETS.find((r) => year >= r.from && year <= r.to)?.value ?? null;
}

/** Audit field names in words: `level.2026` → "Mức xếp loại năm 2026". */
export function auditFieldLabel(field: string): string {
  const [head, year] = field.split('.');
  if (head === 'level' && year) return `Mức xếp loại năm ${year}`;
  if (head === 'pastLevel' && year) return `Kết quả năm ${year} (nhập tay)`;
  return field;
}

/** A level code in an audit value shown as its name; other values as they are. */
export function auditValue(value: string | null): string {
  if (value === null) return '—';
  return (LEVELS as readonly string[]).includes(value) ? LEVEL_NAMES[value as LevelCode] : value;
}

// The criteria editor's working copy: criteria as typed text (points may be written "2,5"), the live
// sums per group in tenths (so 29,9 + 0,1 is exactly 30), moves within a group, and the conversion to
// the template `criteria.save` takes. The sums rule itself stays the core's: the draft only shows
// them. Layer: renderer.
import { CRITERION_GROUPS, GROUP_TOTAL_TENTHS, type CriteriaTemplateInput, type CriterionGroup, type StoredCriteriaTemplate } from '../../../shared/review/index';

export interface CriterionDraft {
  /** Local React key; stable while editing. */
  key: string;
  /** The stored id, kept so scores stay attached; absent for a new criterion (the core assigns one). */
  id?: string;
  group: CriterionGroup;
  title: string;
  help: string;
  /** Maximum points as typed. */
  points: string;
}

export interface CriteriaDraft {
  title: string;
  note: string;
  criteria: CriterionDraft[];
}

let nextKey = 1;
const newKey = () => `new-${nextKey++}`;

export function draftFromTemplate(t: Pick<StoredCriteriaTemplate, 'title' | 'note' | 'criteria'>): CriteriaDraft {
  return {
    title: t.title,
    note: t.note ?? '',
    criteria: t.criteria.map((c) => ({ key: `id:${c.id}`, id: c.id, group: c.group, title: c.title, help: c.help ?? '', points: formatPoints(c.maxPoints) })),
  };
}

/** 2.5 → "2,5": points as Vietnamese write them. */
export function formatPoints(value: number): string {
  return String(value).replace('.', ',');
}

/** "2,5" or "2.5" → 2.5; anything that is not a plain number → NaN. */
export function parsePoints(text: string): number {
  const t = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** Tenths as Vietnamese write them: 285 → "28,5". */
export function formatTenths(tenths: number): string {
  return formatPoints(Math.round(tenths) / 10);
}

export interface GroupSum {
  group: CriterionGroup;
  /** Sum of the readable points, in tenths. */
  tenths: number;
  targetTenths: number;
  /** Criteria whose points are not a number (left out of the sum). */
  unreadable: number;
}

export function groupSums(criteria: readonly CriterionDraft[]): GroupSum[] {
  return CRITERION_GROUPS.map((group) => {
    let tenths = 0;
    let unreadable = 0;
    for (const c of criteria) {
      if (c.group !== group) continue;
      const p = parsePoints(c.points);
      if (Number.isNaN(p)) unreadable += 1;
      else tenths += Math.round(p * 10);
    }
    return { group, tenths, targetTenths: GROUP_TOTAL_TENTHS[group], unreadable };
  });
}

/** "Cộng: 28/30 — còn thiếu 2 điểm", "… — thừa 1 điểm", "… — đủ điểm". */
export function sumText(s: GroupSum): string {
  const head = `Cộng: ${formatTenths(s.tenths)}/${formatTenths(s.targetTenths)}`;
  const diff = s.targetTenths - s.tenths;
  if (diff > 0) return `${head} — còn thiếu ${formatTenths(diff)} điểm`;
  if (diff < 0) return `${head} — thừa ${formatTenths(-diff)} điểm`;
  return `${head} — đủ điểm`;
}

export function addCriterion(d: CriteriaDraft, group: CriterionGroup): CriteriaDraft {
  const added: CriterionDraft = { key: newKey(), group, title: '', help: '', points: '' };
  // A new criterion goes to the end of its own group, so the common group stays first.
  const lastOfGroup = d.criteria.map((c) => c.group).lastIndexOf(group);
  const at = lastOfGroup >= 0 ? lastOfGroup + 1 : group === 'common' ? 0 : d.criteria.length;
  return { ...d, criteria: [...d.criteria.slice(0, at), added, ...d.criteria.slice(at)] };
}

export function removeCriterion(d: CriteriaDraft, key: string): CriteriaDraft {
  return { ...d, criteria: d.criteria.filter((c) => c.key !== key) };
}

export function updateCriterion(d: CriteriaDraft, key: string, change: Partial<Pick<CriterionDraft, 'title' | 'help' | 'points'>>): CriteriaDraft {
  return { ...d, criteria: d.criteria.map((c) => (c.key === key ? { ...c, ...change } : c)) };
}

/** Swaps a criterion with its neighbour in the same group (`-1` up, `1` down); no-op at the group's edge. */
export function moveCriterion(d: CriteriaDraft, key: string, step: -1 | 1): CriteriaDraft {
  const i = d.criteria.findIndex((c) => c.key === key);
  const j = i + step;
  const a = d.criteria[i];
  const b = d.criteria[j];
  if (!a || !b || a.group !== b.group) return d;
  const next = [...d.criteria];
  next[i] = b;
  next[j] = a;
  return { ...d, criteria: next };
}

/** Keys of criteria whose points cannot be read, with a message for each. */
export function unreadablePoints(d: CriteriaDraft): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of d.criteria) {
    if (Number.isNaN(parsePoints(c.points))) out[c.key] = 'Điểm tối đa phải là một số, ví dụ 5 hoặc 2,5.';
  }
  return out;
}

/** The draft as `criteria.save` takes it, in the editor's order (index i of the core's paths = row i). */
export function draftToTemplate(d: CriteriaDraft): CriteriaTemplateInput {
  return {
    title: d.title,
    note: d.note.trim() === '' ? null : d.note,
    criteria: d.criteria.map((c) => ({
      ...(c.id ? { id: c.id } : {}),
      group: c.group,
      title: c.title,
      help: c.help.trim() === '' ? null : c.help,
      maxPoints: parsePoints(c.points),
    })),
  };
}

/**
 * Where the core's refusal of `criteria.save` points: a criterion's field (`template.criteria.2.title` →
 * row key and field), a group sum (`template.criteria`), the title, or nowhere.
 */
export type CriteriaRefusalTarget =
  | { kind: 'criterion'; key: string; field: 'title' | 'help' | 'points' }
  | { kind: 'sums' }
  | { kind: 'title' }
  | { kind: 'note' }
  | { kind: 'general' };

export function refusalTarget(d: CriteriaDraft, path: unknown): CriteriaRefusalTarget {
  if (typeof path !== 'string') return { kind: 'general' };
  const p = path.replace(/^template\./, '');
  if (p === 'criteria') return { kind: 'sums' };
  if (p === 'title') return { kind: 'title' };
  if (p === 'note') return { kind: 'note' };
  const m = /^criteria\.(\d+)\.(\w+)/.exec(p);
  const row = m ? d.criteria[Number(m[1])] : undefined;
  if (!m || !row) return { kind: 'general' };
  const field = m[2] === 'maxPoints' ? 'points' : m[2] === 'help' ? 'help' : 'title';
  return { kind: 'criterion', key: row.key, field };
}

// The HTXS quota of the Đảng ủy's decision stage (rules.md §5): subjects grouped by peer group, each
// group's counts (the final level, else provisionally the proposal) checked by the rules' quota, and the
// HTXS beyond the quota marked in rank order (decided first, then by score, then by name). Pure.
// Layer: shared.
import { checkQuota, type QuotaOutcome } from '../rules/quota';
import type { LevelCode } from '../rules/levels';
import { compareVietnameseNames } from '../text/names';
import type { DecisionInput, DecisionSubject, SubjectKindCode } from './decision';
import type { MeetingSettings } from './types';

export interface QuotaGroupView {
  key: string;
  kind: SubjectKindCode;
  label: string;
  basicOrgId: string | null;
  counts: Record<LevelCode, number>;
  outcome: QuotaOutcome;
  /** HTXS subjects, best-ranked first (explicitly decided, then by total score, then name). */
  htxs: { key: string; name: string; total: number | null; overQuota: boolean }[];
}

/** The level a subject counts with in the quota: the final level, else (provisionally) the proposal. */
const countedLevel = (s: DecisionSubject): LevelCode | null => s.finalLevel ?? s.proposal;

function groupKeyOf(s: DecisionSubject, scope: MeetingSettings['quota']['scope']): string {
  if (s.kind === 'organization') return 'organizations';
  return scope === 'commune' ? 'members:commune' : `members:${s.basicOrgId}`;
}

/** Quota per peer group (rules.md §5) and which HTXS are beyond it; marks `overQuota` on the subjects. */
export function quotaGroups(subjects: DecisionSubject[], input: Pick<DecisionInput, 'settings' | 'communeName'>): QuotaGroupView[] {
  const { quota, ruleSet } = input.settings;
  const groups = new Map<string, DecisionSubject[]>();
  for (const s of subjects) groups.set(groupKeyOf(s, quota.scope), [...(groups.get(groupKeyOf(s, quota.scope)) ?? []), s]);
  const views: QuotaGroupView[] = [];
  for (const [key, members] of groups) {
    const counts: Record<LevelCode, number> = { HTXS: 0, HTT: 0, HTNV: 0, KHTNV: 0 };
    for (const s of members) {
      const level = countedLevel(s);
      if (level) counts[level] += 1;
    }
    const outcome = checkQuota({ ruleSet, rate: quota.ratePercent === 25 ? 0.25 : 0.2, denominator: quota.denominator, decisionRef: quota.decisionRef ?? undefined, levels: counts });
    if (!outcome.ok) throw new Error(outcome.error.message); // settings are checked on every write
    const first = members[0]!;
    const kind = first.kind;
    const label =
      kind === 'organization'
        ? `Các chi bộ thuộc ${input.communeName}`
        : quota.scope === 'commune'
          ? `Đảng viên toàn ${input.communeName}`
          : `Đảng viên thuộc ${first.basicOrgName}`;
    const ranked = members
      .filter((s) => countedLevel(s) === 'HTXS')
      .sort(
        (a, b) =>
          Number(b.decision?.level === 'HTXS') - Number(a.decision?.level === 'HTXS') ||
          (b.score?.total ?? -1) - (a.score?.total ?? -1) ||
          compareVietnameseNames(a.name, b.name),
      );
    const cut = ranked.length - outcome.value.excess;
    ranked.forEach((s, i) => {
      s.overQuota = i >= cut;
    });
    views.push({
      key,
      kind,
      label,
      basicOrgId: kind === 'member' && quota.scope === 'basic-org' ? first.basicOrgId : null,
      counts,
      outcome: outcome.value,
      htxs: ranked.map((s) => ({ key: s.key, name: s.name, total: s.score?.total ?? null, overQuota: s.overQuota })),
    });
  }
  return views;
}

/** Whether a subject belongs to a quota group. */
export function groupMember(g: QuotaGroupView, s: DecisionSubject): boolean {
  if (g.kind !== s.kind) return false;
  return g.basicOrgId === null || g.basicOrgId === s.basicOrgId;
}

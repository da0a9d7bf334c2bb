// Shortcomings carry over (domain-background §4.6): the remediation items adopted at earlier meetings are
// listed in the next year's review (section III of Mẫu 01/02) until a meeting finds them fixed; the share
// fixed is the `previousShortcomings` the engine needs for HTXS ("all previous shortcomings fixed").
// Layer: shared.
import type { CarryStatus } from './labels';
import type { CarryItem } from './types';

/** A stored shortcoming with every assessment of it so far (the carry-over input). */
export interface ShortcomingHistory {
  shortcomingId: string;
  /** Review year of the meeting that adopted it. */
  fromYear: number;
  memberId: string | null;
  orgUnitId: string;
  content: string;
  measure: string | null;
  followups: { meetingId: string; year: number; status: CarryStatus | null; extent: string | null; obstacles: string | null; responsibility: string | null }[];
}

export interface CarryTarget {
  meetingId: string;
  year: number;
  orgUnitId: string;
  /** Members whose own items the meeting lists (its roster). */
  memberIds: readonly string[];
}

/**
 * The items a meeting lists in section III: adopted in an earlier year, of its collective (same org unit)
 * or of one of its members (wherever the item was adopted: a member keeps their items when moving cells),
 * and not found fixed by a meeting of a year before this one. Each carries this meeting's assessment.
 * Order: by year, then as given (the adopting meeting's order).
 */
export function selectCarryOver(history: readonly ShortcomingHistory[], target: CarryTarget): CarryItem[] {
  const members = new Set(target.memberIds);
  const items: CarryItem[] = [];
  for (const s of history) {
    if (s.fromYear >= target.year) continue;
    const mine = s.memberId === null ? s.orgUnitId === target.orgUnitId : members.has(s.memberId);
    if (!mine) continue;
    if (s.followups.some((f) => f.year < target.year && f.status === 'fixed')) continue;
    const here = s.followups.find((f) => f.meetingId === target.meetingId);
    items.push({
      shortcomingId: s.shortcomingId,
      fromYear: s.fromYear,
      memberId: s.memberId,
      content: s.content,
      measure: s.measure,
      status: here?.status ?? null,
      extent: here?.extent ?? null,
      obstacles: here?.obstacles ?? null,
      responsibility: here?.responsibility ?? null,
    });
  }
  return items.map((item, i) => ({ item, i })).sort((a, b) => a.item.fromYear - b.item.fromYear || a.i - b.i).map((x) => x.item);
}

/** The engine's `previousShortcomings`: how many were listed and how many are found fixed. */
export function previousShortcomings(items: readonly CarryItem[]): { total: number; fixed: number } {
  return { total: items.length, fixed: items.filter((i) => i.status === 'fixed').length };
}

/** Items of one subject (null = the collective). */
export function itemsOf<T extends { memberId: string | null }>(items: readonly T[], memberId: string | null): T[] {
  return items.filter((i) => i.memberId === memberId);
}

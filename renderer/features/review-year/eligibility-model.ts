// Filtering and counting of the eligibility view: "chỉ hiện người không kiểm điểm / không biểu quyết"
// keeps every member without a vote (which includes everyone not reviewed). Layer: renderer.
import type { EligibilityCounts, EligibilityMember, EligibilityUnit } from '../../../shared/review/index';

export const isExcluded = (m: EligibilityMember) => !m.canVote;

export interface ShownUnit {
  unit: EligibilityUnit;
  members: EligibilityMember[];
}

/** The units to show with their members; with the filter on, only units that have someone excluded. */
export function shownUnits(units: readonly EligibilityUnit[], onlyExcluded: boolean): ShownUnit[] {
  if (!onlyExcluded) return units.map((unit) => ({ unit, members: unit.members }));
  return units.map((unit) => ({ unit, members: unit.members.filter(isExcluded) })).filter((u) => u.members.length > 0);
}

/** Derived counts said in words under the totals. */
export function exclusionCounts(c: EligibilityCounts) {
  return { notReviewed: c.onRoll - c.reviewed, reviewedNoVote: c.reviewed - c.voters, noVote: c.onRoll - c.voters };
}

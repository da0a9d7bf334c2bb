// Who a meeting reviews: the cell's members taken from the register with their eligibility at the meeting
// date, in the order of business (rules.md §3, §7). Both come from the eligibility view, so the meeting and
// the year's eligibility list can never disagree. Layer: shared.
import { buildEligibilityView, type RosterMember, type RosterUnit } from '../review/eligibility-view';
import type { RuleSet } from '../rules/rule-sets';
import type { MeetingMemberRecord, MemberPreparation, RosterEntry } from './types';

export interface RosterInput {
  reviewYear: number;
  /** The meeting date, or the year's review date until it is set. */
  date: string;
  ruleSet: RuleSet;
  unit: RosterUnit;
  /** The unit's parent, so the view can name the TCCSĐ (not needed for the order). */
  parent?: RosterUnit;
  /** Members of the register; only those of `unit` still on its roll are taken. */
  members: readonly RosterMember[];
}

/** The cell's roster at the date, in the order of business; positions from 1. */
export function rosterSnapshot(input: RosterInput): RosterEntry[] {
  const members = input.members.filter((m) => m.orgUnitId === input.unit.id);
  const units = input.parent ? [input.parent, input.unit] : [{ ...input.unit, parentId: null }];
  const view = buildEligibilityView({ reviewYear: input.reviewYear, reviewDate: input.date, ruleSet: input.ruleSet, units, members });
  const unitView = view.units.find((u) => u.orgUnitId === input.unit.id);
  const admitted = new Map(members.map((m) => [m.id, m.admittedOn]));
  return (unitView?.members ?? []).map((m, i) => ({
    memberId: m.memberId,
    position: i + 1,
    fullName: m.fullName,
    partyRole: m.partyRole,
    category: m.category,
    status: m.status,
    reviewStatus: m.reviewStatus,
    admittedOn: admitted.get(m.memberId)!,
    form: m.form,
    reviewed: m.reviewed,
    classified: m.classified,
    canVote: m.canVote,
    reasons: m.reasons,
    notes: m.notes,
  }));
}

/**
 * The checklist a member starts with. Residence comments are asked by default of members who work in the
 * political system (leader / staff): they work elsewhere and their residence cell comments on them; the
 * secretary may change it either way.
 */
export function defaultPreparation(entry: Pick<RosterEntry, 'category'>): MemberPreparation {
  return {
    selfReviewReceived: false,
    residenceApplies: entry.category !== 'outside',
    residenceReceived: false,
    temporaryReceived: false,
    civilServantRating: null,
  };
}

export interface RosterMerge {
  /** Rows to keep, with the register's current facts and their entered data. */
  members: MeetingMemberRecord[];
  added: string[];
  removed: string[];
}

/**
 * Merges a fresh snapshot into the meeting's members: facts (name, role, status, eligibility, order) come
 * from the snapshot; what was entered (checklist, attendance) is kept; members no longer on the roll go.
 */
export function mergeRoster(current: readonly MeetingMemberRecord[], fresh: readonly RosterEntry[]): RosterMerge {
  const byId = new Map(current.map((m) => [m.memberId, m]));
  const freshIds = new Set(fresh.map((m) => m.memberId));
  const members = fresh.map((entry) => {
    const old = byId.get(entry.memberId);
    return old
      ? { ...entry, preparation: old.preparation, attendance: old.attendance, absenceReason: old.absenceReason }
      : { ...entry, preparation: defaultPreparation(entry), attendance: null, absenceReason: null };
  });
  return {
    members,
    added: fresh.filter((m) => !byId.has(m.memberId)).map((m) => m.memberId),
    removed: current.filter((m) => !freshIds.has(m.memberId)).map((m) => m.memberId),
  };
}

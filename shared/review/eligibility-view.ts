// Who of the register is reviewed, classified and may vote in a review year, cell by cell: maps the
// register onto the rules engine's `checkEligibility` at the year's review date (rules.md §3; QĐ 366
// Điều 5; Điều lệ Điều 3) and counts per cell. The rules themselves stay in shared/rules. Layer: shared.
import { checkEligibility, type MemberStatus as EngineStatus } from '../rules/eligibility';
import { formForCategory, type ReviewFormCode } from '../rules/forms';
import { compareIsoDates } from '../rules/calendar';
import { reason, type Reason } from '../rules/reasons';
import type { RuleSet, RuleSetId } from '../rules/rule-sets';
import type { MemberCategory, MemberStatus, OrgKind, PartyRole } from '../domain/enums';
import { memberHoldingKinds } from '../domain/org-unit';
import { sortByVietnameseName } from '../text/names';

/** The register fields the view needs. */
export interface RosterMember {
  id: string;
  fullName: string;
  orgUnitId: string;
  status: MemberStatus;
  admittedOn: string;
  confirmedOn: string | null;
  category: MemberCategory;
  partyRole: PartyRole;
  /** For `temporary`: where the member attends temporarily. */
  statusPlace: string | null;
}

export interface RosterUnit {
  id: string;
  parentId: string | null;
  kind: OrgKind;
  name: string;
  closedOn: string | null;
}

export interface EligibilityMember {
  memberId: string;
  fullName: string;
  partyRole: PartyRole;
  category: MemberCategory;
  /** Status in the register. */
  status: MemberStatus;
  /** Status the rules were applied with (`temporary` becomes official or probationary). */
  reviewStatus: EngineStatus;
  /** Mẫu 02A / 02B / 02C by category (the form the member would fill). */
  form: ReviewFormCode;
  reviewed: boolean;
  classified: boolean;
  canVote: boolean;
  /** Why the member is not reviewed, or cannot vote (from the rules engine); empty for an eligible official member. */
  reasons: Reason[];
  /** What the meeting must still obtain, e.g. the temporary cell's written comments. */
  notes: Reason[];
}

export interface EligibilityCounts {
  /** Members on the cell's roll (every status but transferred out, deceased, left). */
  onRoll: number;
  reviewed: number;
  classified: number;
  voters: number;
}

export interface EligibilityUnit {
  orgUnitId: string;
  name: string;
  kind: OrgKind;
  /** The TCCSĐ the cell belongs to (itself for a chi bộ cơ sở): the default peer group of the quota. */
  basicOrgId: string;
  counts: EligibilityCounts;
  /** In the order of business (rules.md §7): bí thư, phó bí thư, chi ủy viên, then members by name. */
  members: EligibilityMember[];
}

export interface EligibilityView {
  reviewYear: number;
  reviewDate: string;
  ruleSet: RuleSetId;
  /** Cells in tree order (each đảng bộ cơ sở's cells together), names in Vietnamese order. */
  units: EligibilityUnit[];
  totals: EligibilityCounts;
}

export interface EligibilityViewInput {
  reviewYear: number;
  reviewDate: string;
  ruleSet: RuleSet;
  units: readonly RosterUnit[];
  members: readonly RosterMember[];
}

const ROLE_ORDER: Readonly<Record<PartyRole, number>> = { secretary: 0, 'deputy-secretary': 1, 'committee-member': 2, member: 3 };

/**
 * The status the rules engine sees, or null for members no longer on the roll.
 *
 * The register keeps only the current status, so a status that changed after the review date is applied
 * as it is now (e.g. a member suspended on 10/12 shows as suspended for a review dated 01/12). This keeps
 * the view identical to what the register shows; reading history would make it depend on how carefully
 * status dates were entered.
 *
 * A member in temporary attendance elsewhere (HD 43 7.6) is reviewed at the official cell as an official
 * member when the full-membership date is on or before the review date, else as a probationary one.
 */
export function reviewStatusOf(member: Pick<RosterMember, 'status' | 'confirmedOn'>, reviewDate: string): EngineStatus | null {
  switch (member.status) {
    case 'official':
    case 'probationary':
    case 'exempt':
    case 'suspended':
      return member.status;
    case 'temporary':
      return member.confirmedOn !== null && compareIsoDates(member.confirmedOn, reviewDate) <= 0 ? 'official' : 'probationary';
    default:
      return null;
  }
}

function temporaryNote(member: RosterMember, ruleSet: RuleSet): Reason {
  const place = member.statusPlace ? ` tại ${member.statusPlace}` : ' ở nơi khác';
  // HD 43 mục 7.6 is the current text; older rule sets are cited as a whole (no article claimed).
  const ref = ruleSet.id === 'QD366-2025' ? 'HD 43-HD/BTCTW, mục 7.6' : ruleSet.guide.code;
  return reason(
    'temporary-attendance',
    `Đảng viên đang sinh hoạt đảng tạm thời${place}: kiểm điểm, xếp loại tại chi bộ chính thức; ` +
      'cần có nhận xét bằng văn bản của chi bộ nơi sinh hoạt tạm thời.',
    ref,
  );
}

function emptyCounts(): EligibilityCounts {
  return { onRoll: 0, reviewed: 0, classified: 0, voters: 0 };
}

function addTo(counts: EligibilityCounts, m: EligibilityMember): void {
  counts.onRoll += 1;
  if (m.reviewed) counts.reviewed += 1;
  if (m.classified) counts.classified += 1;
  if (m.canVote) counts.voters += 1;
}

/** One member's flags, reasons and notes. */
export function memberEligibility(member: RosterMember, reviewDate: string, ruleSet: RuleSet): EligibilityMember | null {
  const reviewStatus = reviewStatusOf(member, reviewDate);
  if (reviewStatus === null) return null;
  const outcome = checkEligibility({ status: reviewStatus, admittedOn: member.admittedOn, reviewDate }, ruleSet);
  return {
    memberId: member.id,
    fullName: member.fullName,
    partyRole: member.partyRole,
    category: member.category,
    status: member.status,
    reviewStatus,
    form: formForCategory(member.category),
    reviewed: outcome.reviewed,
    classified: outcome.classified,
    canVote: outcome.canVote,
    reasons: outcome.reasons,
    notes: member.status === 'temporary' && outcome.reviewed ? [temporaryNote(member, ruleSet)] : [],
  };
}

// Unit names sort as whole strings ("Chi bộ thôn Đông" before "Chi bộ thôn Tây"), not like personal names.
const unitCollator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Units in tree order: depth first from the roots, siblings by name in Vietnamese collation. */
function treeOrder(units: readonly RosterUnit[]): RosterUnit[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, RosterUnit[]>();
  for (const u of units) {
    const parent = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: RosterUnit[] = [];
  const visit = (parent: string | null) => {
    for (const u of [...(children.get(parent) ?? [])].sort((a, b) => unitCollator.compare(a.name, b.name))) {
      out.push(u);
      visit(u.id);
    }
  };
  visit(null);
  return out;
}

/** Builds the view: every member-holding cell that is open or still has members on its roll. */
export function buildEligibilityView(input: EligibilityViewInput): EligibilityView {
  const byId = new Map(input.units.map((u) => [u.id, u]));
  const perUnit = new Map<string, EligibilityMember[]>();
  for (const member of input.members) {
    const row = memberEligibility(member, input.reviewDate, input.ruleSet);
    if (!row) continue;
    perUnit.set(member.orgUnitId, [...(perUnit.get(member.orgUnitId) ?? []), row]);
  }

  const totals = emptyCounts();
  const units: EligibilityUnit[] = [];
  for (const unit of treeOrder(input.units)) {
    if (!memberHoldingKinds.includes(unit.kind)) continue;
    const rows = perUnit.get(unit.id) ?? [];
    if (unit.closedOn !== null && rows.length === 0) continue;
    const byName = sortByVietnameseName(rows, (r) => r.fullName);
    const members = byName.map((r, i) => ({ r, i })).sort((a, b) => ROLE_ORDER[a.r.partyRole] - ROLE_ORDER[b.r.partyRole] || a.i - b.i).map((x) => x.r);
    const counts = emptyCounts();
    for (const m of members) {
      addTo(counts, m);
      addTo(totals, m);
    }
    const parent = unit.parentId === null ? undefined : byId.get(unit.parentId);
    const basicOrgId = unit.kind === 'cell' && parent ? parent.id : unit.id;
    units.push({ orgUnitId: unit.id, name: unit.name, kind: unit.kind, basicOrgId, counts, members });
  }
  return { reviewYear: input.reviewYear, reviewDate: input.reviewDate, ruleSet: input.ruleSet.id, units, totals };
}

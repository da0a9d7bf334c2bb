// Gathers what the Đảng ủy's decision stage reads for a review year: the cells of the year's eligibility
// view with their TCCSĐ, every meeting (the frozen view of each finalized one), and the stored decisions,
// recognitions and re-ratings. Pass the `trx` inside a transaction. Layer: electron/core.
import type { DecisionInput, DecisionMeeting, DecisionUnit } from '../../../shared/meeting/decision';
import { buildEligibilityView } from '../../../shared/review/eligibility-view';
import type { ReviewYear } from '../../../shared/review/year-settings';
import type { Executor } from '../../../db/repos/executor';
import { listDecisions, listReRatings, listRecognitions } from '../../../db/repos/decisions';
import { listMeetingRows } from '../../../db/repos/meetings';
import { listOrgUnits } from '../../../db/repos/org-units';
import { listRoster } from '../../../db/repos/review-years';
import type { MeetingTable } from '../../../db/schema';
import { requireOwnCommune } from './commune-service';
import type { ServiceContext } from './context';
import { frozenOf, requireRuleSet } from './meeting-record';
import { requireYear } from './review-year-service';

export interface DecisionData {
  year: ReviewYear;
  input: DecisionInput;
  meetingRows: MeetingTable[];
  /** Org units of the commune by id (names, kinds, parents). */
  units: Map<string, { id: string; name: string; kind: string; parentId: string | null }>;
}

export async function loadDecisionData(ctx: ServiceContext, db: Executor, yearNumber: number): Promise<DecisionData> {
  const commune = await requireOwnCommune(ctx, db);
  const year = await requireYear(db, commune.id, yearNumber);
  const ruleSet = requireRuleSet(year);
  const orgUnits = await listOrgUnits(db, commune.id);
  const byId = new Map(orgUnits.map((u) => [u.id, u]));
  const roster = await listRoster(
    db,
    orgUnits.map((u) => u.id),
  );
  const view = buildEligibilityView({ reviewYear: year.year, reviewDate: year.settings.reviewDate, ruleSet, units: orgUnits, members: roster });
  const units: DecisionUnit[] = view.units.map((u) => ({
    orgUnitId: u.orgUnitId,
    name: u.name,
    basicOrgId: u.basicOrgId,
    basicOrgName: byId.get(u.basicOrgId)?.name ?? u.name,
    onRoll: u.counts.onRoll,
    reviewed: u.counts.reviewed,
    voters: u.counts.voters,
  }));
  const meetingRows = await listMeetingRows(db, year.id);
  const meetings: DecisionMeeting[] = meetingRows.map((row) => ({
    meetingId: row.id,
    orgUnitId: row.orgUnitId,
    status: row.status,
    meetingDate: row.meetingDate,
    view: row.status === 'finalized' ? frozenOf(row).view : null,
  }));
  return {
    year,
    meetingRows,
    units: byId,
    input: {
      year: year.year,
      settings: { ruleSet: year.settings.ruleSet, quota: year.settings.quota },
      communeName: commune.name,
      units,
      meetings,
      decisions: await listDecisions(db, year.id),
      recognitions: await listRecognitions(db, year.id),
      reRatings: await listReRatings(db, year.id),
    },
  };
}

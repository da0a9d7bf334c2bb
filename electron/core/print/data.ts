// Loads what the forms of part 1 need from the database in a few queries: the commune, its org tree,
// the review year and its criteria templates, the members of the units in scope (plus those who left
// those units by transfer) with their status history, transfers, discipline and awards, and the issued
// documents of the year. A batch loads once and builds every member's form from memory. Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import type { Commune } from '../../../shared/domain/commune';
import type { AwardRecord, DisciplineRecord, Member, StatusHistoryEntry, TransferEntry } from '../../../shared/domain/member';
import { memberHoldingKinds, type OrgUnit } from '../../../shared/domain/org-unit';
import type { ReviewYear } from '../../../shared/review/year-settings';
import type { ReviewFormCode } from '../../../shared/rules/forms';
import type { CriterionLine } from '../../../shared/forms/blank-review';
import type { Executor } from '../../../db/repos/executor';
import type { IssuedDocumentTable } from '../../../db/schema';
import { getOwnCommune } from '../../../db/repos/communes';
import { listOrgUnits } from '../../../db/repos/org-units';
import { getReviewYear } from '../../../db/repos/review-years';
import { getTemplate } from '../../../db/repos/criteria';
import { memberFromRow } from '../../../db/repos/members';
import { listIssued } from '../../../db/repos/document-numbers';
import { buildDecisionView, type DecisionInput, type DecisionMeeting, type DecisionView, type RecognitionRecord } from '../../../shared/meeting/decision';
import { buildMinutes, type MinutesDocument } from '../../../shared/meeting/minutes';
import type { MeetingView } from '../../../shared/meeting/types';
import { buildMeetingView } from '../../../shared/meeting/view';
import { buildEligibilityView, type EligibilityView } from '../../../shared/review/eligibility-view';
import { getRuleSet, type RuleSet } from '../../../shared/rules/rule-sets';
import type { MeetingTable } from '../../../db/schema';
import { listDecisions, listReRatings, listRecognitions, recognitionFromRow } from '../../../db/repos/decisions';
import { listMeetingRows } from '../../../db/repos/meetings';
import { countPrints } from '../../../db/repos/print-log';
import { listRoster } from '../../../db/repos/review-years';
import { frozenOf, loadMeeting } from '../services/meeting-record';

const CHUNK = 500;

export interface PrintData {
  commune: Commune;
  units: OrgUnit[];
  unitById: Map<string, OrgUnit>;
  year: ReviewYear;
  /** Members of the units in scope, and members who transferred out of them. */
  members: Member[];
  memberById: Map<string, Member>;
  statusHistory: Map<string, StatusHistoryEntry[]>;
  transfers: Map<string, TransferEntry[]>;
  disciplines: Map<string, DisciplineRecord[]>;
  awards: Map<string, AwardRecord[]>;
  criteria: Map<ReviewFormCode, CriterionLine[] | null>;
  /** Documents issued in the review year (and January of the next) by the units in scope and their parents. */
  documents: IssuedDocumentTable[];
  /** The member-holding units the data covers. */
  scopeUnitIds: string[];
  /** Meetings and decisions of the year (part-2 forms only; see loadReviewData). */
  review?: ReviewData;
}

/** A meeting of a cell in scope as the forms print it. */
export interface MeetingForPrint {
  row: MeetingTable;
  /** The frozen view of a finalized meeting; computed from the record while in progress. */
  view: MeetingView;
  /** The frozen minutes of a finalized meeting (never recomputed); computed while in progress. */
  minutes: MinutesDocument;
  frozen: boolean;
}

/** What the forms filled from meetings and decisions need (part 2), loaded once per form or batch. */
export interface ReviewData {
  ruleSet: RuleSet;
  /** Meetings of the cells in scope, by org unit id. */
  meetings: Map<string, MeetingForPrint>;
  /** The Đảng ủy's decision view of the whole commune (subjects, quota groups, blockers, recognitions). */
  decision: DecisionView;
  decisionInput: DecisionInput;
  /** Recognition decisions with the list each recognized. */
  recognitions: RecognitionRecord[];
  /** Eligibility of every member of the commune at the year's review date. */
  eligibility: EligibilityView;
  /** Prints of each finalized meeting's minutes from its current frozen record (meeting id → count). */
  minutesPrints: Map<string, number>;
}

/** Loads the meetings of the cells in scope and the year's decisions; sets and returns `data.review`. */
export async function loadReviewData(db: Executor, data: PrintData): Promise<ReviewData> {
  if (data.review) return data.review;
  const ruleSet = getRuleSet(data.year.settings.ruleSet);
  if (!ruleSet) throw new DomainError('unknown-rule-set', `Bộ quy tắc "${data.year.settings.ruleSet}" của năm ${data.year.year} không được phiên bản này hỗ trợ.`, { path: 'year' });
  const roster = await listRoster(
    db,
    data.units.map((u) => u.id),
  );
  const eligibility = buildEligibilityView({ reviewYear: data.year.year, reviewDate: data.year.settings.reviewDate, ruleSet, units: data.units, members: roster });
  const rows = await listMeetingRows(db, data.year.id);
  const inScope = new Set(data.scopeUnitIds);
  const meetings = new Map<string, MeetingForPrint>();
  const decisionMeetings: DecisionMeeting[] = [];
  for (const row of rows) {
    let frozen: { view: MeetingView; minutes: MinutesDocument } | null = null;
    if (row.status === 'finalized') frozen = frozenOf(row);
    decisionMeetings.push({ meetingId: row.id, orgUnitId: row.orgUnitId, status: row.status, meetingDate: row.meetingDate, view: frozen?.view ?? null });
    if (!inScope.has(row.orgUnitId)) continue;
    if (frozen) meetings.set(row.orgUnitId, { row, view: frozen.view, minutes: frozen.minutes, frozen: true });
    else {
      const view = buildMeetingView((await loadMeeting(db, row.id)).record);
      meetings.set(row.orgUnitId, { row, view, minutes: buildMinutes(view), frozen: false });
    }
  }
  const byId = data.unitById;
  const decisionInput: DecisionInput = {
    year: data.year.year,
    settings: { ruleSet: data.year.settings.ruleSet, quota: data.year.settings.quota },
    communeName: data.commune.name,
    units: eligibility.units.map((u) => ({
      orgUnitId: u.orgUnitId,
      name: u.name,
      basicOrgId: u.basicOrgId,
      basicOrgName: byId.get(u.basicOrgId)?.name ?? u.name,
      onRoll: u.counts.onRoll,
      reviewed: u.counts.reviewed,
      voters: u.counts.voters,
    })),
    meetings: decisionMeetings,
    decisions: await listDecisions(db, data.year.id),
    recognitions: await listRecognitions(db, data.year.id),
    reRatings: await listReRatings(db, data.year.id),
  };
  const recognitionRows = await db.selectFrom('recognition').selectAll().where('reviewYearId', '=', data.year.id).orderBy('createdAt').execute();
  const recognitions: RecognitionRecord[] = recognitionRows.map((row) => {
    const subjects = JSON.parse(row.contentJson) as RecognitionRecord['subjects'];
    const count = (members: boolean) => {
      const c = { HTXS: 0, HTT: 0, HTNV: 0, KHTNV: 0 };
      for (const s of subjects) if ((s.memberId !== null) === members) c[s.level] += 1;
      return c;
    };
    return { ...recognitionFromRow(row), year: data.year.year, subjects, counts: { members: count(true), organizations: count(false) } };
  });
  const finalized = [...meetings.values()].filter((m) => m.frozen && m.row.contentHash).map((m) => ({ meetingId: m.row.id, contentHash: m.row.contentHash! }));
  const review: ReviewData = {
    ruleSet,
    meetings,
    decision: buildDecisionView(decisionInput),
    decisionInput,
    recognitions,
    eligibility,
    minutesPrints: await countPrints(db, 'minutes', finalized),
  };
  data.review = review;
  return review;
}

/** The member-holding units at or below `unitId` (a chi bộ itself; the cells of a đảng bộ; all for the commune). */
export function holdingUnitsUnder(units: readonly OrgUnit[], unitId: string): OrgUnit[] {
  const children = new Map<string, OrgUnit[]>();
  for (const u of units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const out: OrgUnit[] = [];
  const visit = (id: string) => {
    const u = units.find((x) => x.id === id);
    if (u && memberHoldingKinds.includes(u.kind)) out.push(u);
    for (const c of children.get(id) ?? []) visit(c.id);
  };
  visit(unitId);
  return out;
}

function groupBy<T extends { memberId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.memberId);
    if (list) list.push(r);
    else map.set(r.memberId, [r]);
  }
  return map;
}

export interface PrintScope {
  /** Member-holding unit ids whose members are loaded; undefined = every unit of the commune. */
  unitIds?: readonly string[];
}

export async function loadPrintData(db: Executor, yearNumber: number, scope: PrintScope = {}): Promise<PrintData> {
  const commune = await getOwnCommune(db);
  if (!commune) throw new DomainError('not-set-up', 'Chưa thiết lập thông tin đảng bộ xã. Hãy hoàn thành bước thiết lập ban đầu.');
  const year = await getReviewYear(db, commune.id, yearNumber);
  if (!year) throw new DomainError('not-found', `Chưa có đợt kiểm điểm năm ${yearNumber}. Hãy tạo đợt kiểm điểm trước.`, { path: 'year' });
  const units = await listOrgUnits(db, commune.id);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const scopeUnitIds = scope.unitIds ? [...scope.unitIds] : units.filter((u) => memberHoldingKinds.includes(u.kind)).map((u) => u.id);

  const memberRows =
    scopeUnitIds.length === 0
      ? []
      : await db
          .selectFrom('member')
          .selectAll()
          .where((eb) => eb.or([eb('orgUnitId', 'in', scopeUnitIds), eb('id', 'in', eb.selectFrom('memberTransfer').select('memberId').where('fromOrgUnitId', 'in', scopeUnitIds))]))
          .execute();
  const members = memberRows.map(memberFromRow);
  const ids = members.map((m) => m.id);
  const history: StatusHistoryEntry[] = [];
  const transfers: TransferEntry[] = [];
  const disciplines: DisciplineRecord[] = [];
  const awards: AwardRecord[] = [];
  // In chunks: SQLite limits the number of bound parameters of one statement.
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    history.push(...(await db.selectFrom('memberStatusHistory').select(['id', 'memberId', 'status', 'fromDate', 'toDate', 'place', 'reason', 'createdAt']).where('memberId', 'in', part).orderBy('fromDate').orderBy('createdAt').execute()));
    transfers.push(...(await db.selectFrom('memberTransfer').select(['id', 'memberId', 'fromOrgUnitId', 'toOrgUnitId', 'onDate', 'reason', 'createdAt']).where('memberId', 'in', part).orderBy('onDate').orderBy('createdAt').execute()));
    const d = await db.selectFrom('discipline').select(['id', 'memberId', 'kind', 'decidedOn', 'body', 'reason', 'dutyRelated', 'createdAt']).where('memberId', 'in', part).orderBy('decidedOn').execute();
    disciplines.push(...d.map((r) => ({ ...r, dutyRelated: r.dutyRelated === 1 })));
    awards.push(...(await db.selectFrom('award').select(['id', 'memberId', 'title', 'decidedOn', 'body', 'note', 'createdAt']).where('memberId', 'in', part).orderBy('decidedOn').execute()));
  }

  const criteria = new Map<ReviewFormCode, CriterionLine[] | null>();
  for (const form of ['01', '02A', '02B', '02C'] as const) {
    const t = await getTemplate(db, year.id, year.year, form);
    criteria.set(form, t ? t.criteria.map((c) => ({ group: c.group, title: c.title, maxPoints: c.maxPoints })) : null);
  }
  // The Đảng ủy of the commune issues the report and the decisions whatever the scope.
  const issuerIds = new Set<string>([...scopeUnitIds, ...units.filter((u) => u.kind === 'commune').map((u) => u.id)]);
  for (const id of scopeUnitIds) {
    const parent = unitById.get(id)?.parentId;
    if (parent) issuerIds.add(parent);
  }
  const documents = [
    ...(await listIssued(db, { orgUnitIds: [...issuerIds], year: year.year })),
    ...(await listIssued(db, { orgUnitIds: [...issuerIds], year: year.year + 1 })).filter((d) => d.issuedOn < `${year.year + 1}-02-01`),
  ];

  return {
    commune,
    units,
    unitById,
    year,
    members,
    memberById: new Map(members.map((m) => [m.id, m])),
    statusHistory: groupBy(history),
    transfers: groupBy(transfers),
    disciplines: groupBy(disciplines),
    awards: groupBy(awards),
    criteria,
    documents,
    scopeUnitIds,
  };
}

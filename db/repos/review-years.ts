// Review years of a commune (one row per year, settings in columns) and the roster a year reviews.
// Layer: db.
import type { RosterMember } from '../../shared/review/eligibility-view';
import type { ReviewYear, ReviewYearSettings } from '../../shared/review/year-settings';
import type { RuleSetId } from '../../shared/rules/rule-sets';
import type { ReviewYearTable } from '../schema';
import type { Executor } from './executor';

/** The settings columns of a row. The rule set id is passed through; the core checks it against the registry. */
export function settingsToColumns(s: ReviewYearSettings): Omit<ReviewYearTable, 'id' | 'communeId' | 'year' | 'createdAt' | 'updatedAt'> {
  return {
    ruleSet: s.ruleSet,
    reviewDate: s.reviewDate,
    meetingsFrom: s.deadlines.meetingsFrom,
    meetingsTo: s.deadlines.meetingsTo,
    decisionOn: s.deadlines.decisionOn,
    reportOn: s.deadlines.reportOn,
    quotaRate: s.quota.ratePercent,
    quotaDenominator: s.quota.denominator,
    quotaScope: s.quota.scope,
    quotaDecisionRef: s.quota.decisionRef,
    voteMethod: s.vote.method,
    voteDenominator: s.vote.denominator,
    guideNumber: s.guidingDocument.number,
    guideIssuedOn: s.guidingDocument.issuedOn,
    guideIssuer: s.guidingDocument.issuer,
  };
}

export function reviewYearFromRow(row: ReviewYearTable): ReviewYear {
  return {
    id: row.id,
    communeId: row.communeId,
    year: row.year,
    settings: {
      ruleSet: row.ruleSet as RuleSetId,
      reviewDate: row.reviewDate,
      deadlines: { meetingsFrom: row.meetingsFrom, meetingsTo: row.meetingsTo, decisionOn: row.decisionOn, reportOn: row.reportOn },
      quota: { ratePercent: row.quotaRate, denominator: row.quotaDenominator, scope: row.quotaScope, decisionRef: row.quotaDecisionRef },
      vote: { method: row.voteMethod, denominator: row.voteDenominator },
      guidingDocument: { number: row.guideNumber, issuedOn: row.guideIssuedOn, issuer: row.guideIssuer },
    },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Every review year of the commune, latest first. */
export async function listReviewYears(db: Executor, communeId: string): Promise<ReviewYear[]> {
  const rows = await db.selectFrom('reviewYear').selectAll().where('communeId', '=', communeId).orderBy('year', 'desc').execute();
  return rows.map(reviewYearFromRow);
}

export async function getReviewYear(db: Executor, communeId: string, year: number): Promise<ReviewYear | null> {
  const row = await db.selectFrom('reviewYear').selectAll().where('communeId', '=', communeId).where('year', '=', year).executeTakeFirst();
  return row ? reviewYearFromRow(row) : null;
}

export async function insertReviewYear(db: Executor, row: ReviewYearTable): Promise<void> {
  await db.insertInto('reviewYear').values(row).execute();
}

export async function updateReviewYearSettings(db: Executor, id: string, settings: ReviewYearSettings, now: string): Promise<void> {
  await db.updateTable('reviewYear').set({ ...settingsToColumns(settings), updatedAt: now }).where('id', '=', id).execute();
}

/** Members still on the roll of the given units, with the fields eligibility needs. */
export async function listRoster(db: Executor, orgUnitIds: readonly string[]): Promise<RosterMember[]> {
  if (orgUnitIds.length === 0) return [];
  return db
    .selectFrom('member')
    .select(['id', 'fullName', 'orgUnitId', 'status', 'admittedOn', 'confirmedOn', 'category', 'partyRole', 'statusPlace'])
    .where('orgUnitId', 'in', orgUnitIds)
    .where('status', 'in', ['official', 'probationary', 'exempt', 'suspended', 'temporary'])
    .execute();
}

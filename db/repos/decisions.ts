// The Đảng ủy's decision stage: level decisions per subject, recognition decisions (quyết định công nhận),
// re-ratings (Mẫu 03), and past years' levels entered by hand. Layer: db.
import type { StoredDecision, StoredReRating, StoredRecognition } from '../../shared/meeting/decision';
import type { LevelCode } from '../../shared/rules/levels';
import type { Reason } from '../../shared/rules/reasons';
import type { LevelDecisionTable, PastLevelTable, ReRatingTable, RecognitionTable } from '../schema';
import type { Executor } from './executor';

function decisionFromRow(r: LevelDecisionTable): StoredDecision {
  return {
    id: r.id,
    memberId: r.memberId,
    orgUnitId: r.orgUnitId,
    level: r.level,
    reason: r.reason,
    overrideGranted: r.overrideGranted === null ? null : r.overrideGranted === 1,
    proposedLevel: r.proposedLevel,
    recognitionId: r.recognitionId,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt,
  };
}

export async function listDecisions(db: Executor, reviewYearId: string): Promise<StoredDecision[]> {
  const rows = await db.selectFrom('levelDecision').selectAll().where('reviewYearId', '=', reviewYearId).execute();
  return rows.map(decisionFromRow);
}

export async function getDecisionRow(db: Executor, reviewYearId: string, orgUnitId: string, memberId: string | null): Promise<LevelDecisionTable | null> {
  let q = db.selectFrom('levelDecision').selectAll().where('reviewYearId', '=', reviewYearId).where('orgUnitId', '=', orgUnitId);
  q = memberId === null ? q.where('memberId', 'is', null) : q.where('memberId', '=', memberId);
  return (await q.executeTakeFirst()) ?? null;
}

/** Creates or replaces the decision on one subject. */
export async function putDecision(db: Executor, row: LevelDecisionTable): Promise<void> {
  const existing = await getDecisionRow(db, row.reviewYearId, row.orgUnitId, row.memberId);
  if (existing) {
    const { id: _id, createdAt: _createdAt, ...rest } = row;
    await db.updateTable('levelDecision').set(rest).where('id', '=', existing.id).execute();
  } else await db.insertInto('levelDecision').values(row).execute();
}

export function recognitionFromRow(r: RecognitionTable): StoredRecognition {
  return {
    id: r.id,
    scope: r.scopeKind === 'commune' ? 'commune' : { basicOrgId: r.scopeOrgUnitId! },
    decisionNo: r.decisionNo,
    decidedOn: r.decidedOn,
    actor: r.actor,
    createdAt: r.createdAt,
    contentHash: r.contentHash,
  };
}

export async function listRecognitions(db: Executor, reviewYearId: string): Promise<StoredRecognition[]> {
  const rows = await db.selectFrom('recognition').selectAll().where('reviewYearId', '=', reviewYearId).orderBy('createdAt').execute();
  return rows.map(recognitionFromRow);
}

export async function getRecognitionRow(db: Executor, id: string): Promise<RecognitionTable | null> {
  return (await db.selectFrom('recognition').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function findRecognitionByNumber(db: Executor, reviewYearId: string, decisionNo: string): Promise<RecognitionTable | null> {
  return (await db.selectFrom('recognition').selectAll().where('reviewYearId', '=', reviewYearId).where('decisionNo', '=', decisionNo).executeTakeFirst()) ?? null;
}

export async function insertRecognition(db: Executor, row: RecognitionTable): Promise<void> {
  await db.insertInto('recognition').values(row).execute();
}

/** Re-ratings of a year, with the subject of the decision they change. */
export async function listReRatings(db: Executor, reviewYearId: string): Promise<StoredReRating[]> {
  const rows = await db
    .selectFrom('reRating as r')
    .innerJoin('levelDecision as d', 'd.id', 'r.levelDecisionId')
    .select(['r.id', 'd.memberId', 'd.orgUnitId', 'r.oldLevel', 'r.newLevel', 'r.reason', 'r.decisionNo', 'r.decidedOn', 'r.actor', 'r.createdAt'])
    .where('d.reviewYearId', '=', reviewYearId)
    .orderBy('r.createdAt')
    .execute();
  return rows;
}

export async function insertReRating(db: Executor, row: ReRatingTable): Promise<void> {
  await db.insertInto('reRating').values(row).execute();
}

/** A member's recognized levels in every year, with the recognition and the latest re-rating. */
export async function listMemberResults(
  db: Executor,
  memberId: string,
): Promise<{ year: number; ruleSet: string; level: LevelCode; decisionNo: string; decidedOn: string; reRating: { newLevel: LevelCode; decisionNo: string; decidedOn: string; reason: string } | null }[]> {
  const rows = await db
    .selectFrom('levelDecision as d')
    .innerJoin('recognition as r', 'r.id', 'd.recognitionId')
    .innerJoin('reviewYear as y', 'y.id', 'd.reviewYearId')
    .select(['d.id', 'y.year', 'y.ruleSet', 'd.level', 'r.decisionNo', 'r.decidedOn'])
    .where('d.memberId', '=', memberId)
    .execute();
  const out = [];
  for (const row of rows) {
    const re = await db
      .selectFrom('reRating')
      .select(['newLevel', 'decisionNo', 'decidedOn', 'reason'])
      .where('levelDecisionId', '=', row.id)
      .orderBy('createdAt', 'desc')
      .executeTakeFirst();
    out.push({ year: row.year, ruleSet: row.ruleSet, level: row.level, decisionNo: row.decisionNo, decidedOn: row.decidedOn, reRating: re ?? null });
  }
  return out;
}

export interface PastLevel {
  id: string;
  memberId: string;
  year: number;
  recordedLevel: LevelCode;
  level: LevelCode;
  ruleSet: string;
  discipline: boolean;
  overrideReason: string | null;
  note: string | null;
  reasons: Reason[];
  createdAt: string;
  updatedAt: string;
}

function pastFromRow(r: PastLevelTable): PastLevel {
  return { ...r, discipline: r.discipline === 1, reasons: JSON.parse(r.reasonsJson) as Reason[] };
}

export async function listPastLevels(db: Executor, memberId: string): Promise<PastLevel[]> {
  const rows = await db.selectFrom('pastLevel').selectAll().where('memberId', '=', memberId).orderBy('year').execute();
  return rows.map(pastFromRow);
}

export async function getPastLevel(db: Executor, memberId: string, year: number): Promise<PastLevel | null> {
  const row = await db.selectFrom('pastLevel').selectAll().where('memberId', '=', memberId).where('year', '=', year).executeTakeFirst();
  return row ? pastFromRow(row) : null;
}

export async function putPastLevel(db: Executor, row: PastLevelTable): Promise<void> {
  const existing = await db.selectFrom('pastLevel').select('id').where('memberId', '=', row.memberId).where('year', '=', row.year).executeTakeFirst();
  if (existing) {
    const { id: _id, createdAt: _createdAt, ...rest } = row;
    await db.updateTable('pastLevel').set(rest).where('id', '=', existing.id).execute();
  } else await db.insertInto('pastLevel').values(row).execute();
}

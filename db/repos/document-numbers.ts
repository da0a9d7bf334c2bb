// The document numbering register: committee terms per issuing body and the numbers given out.
// Plain functions of the database or a transaction (pass the `trx` inside one). Layer: db.
import type { DocumentTermTable, IssuedDocumentTable } from '../schema';
import type { Executor } from './executor';

export async function listTerms(db: Executor, orgUnitId: string): Promise<DocumentTermTable[]> {
  return db.selectFrom('documentTerm').selectAll().where('orgUnitId', '=', orgUnitId).orderBy('startsOn').execute();
}

export async function insertTerm(db: Executor, row: DocumentTermTable): Promise<void> {
  await db.insertInto('documentTerm').values(row).execute();
}

/** The term a document dated `date` belongs to: the latest one started on or before that date. */
export async function termAt(db: Executor, orgUnitId: string, date: string): Promise<DocumentTermTable | null> {
  const row = await db.selectFrom('documentTerm').selectAll().where('orgUnitId', '=', orgUnitId).where('startsOn', '<=', date).orderBy('startsOn', 'desc').executeTakeFirst();
  return row ?? null;
}

/** The highest number of a type in a term, voided ones included (a voided number stays taken). */
export async function lastIssued(db: Executor, termId: string, typeCode: string): Promise<Pick<IssuedDocumentTable, 'number' | 'issuedOn'> | null> {
  const row = await db.selectFrom('issuedDocument').select(['number', 'issuedOn']).where('termId', '=', termId).where('typeCode', '=', typeCode).orderBy('number', 'desc').executeTakeFirst();
  return row ?? null;
}

export async function findIssued(db: Executor, termId: string, typeCode: string, number: number): Promise<IssuedDocumentTable | null> {
  const row = await db.selectFrom('issuedDocument').selectAll().where('termId', '=', termId).where('typeCode', '=', typeCode).where('number', '=', number).executeTakeFirst();
  return row ?? null;
}

/** The latest document date of a body on or after a date (to refuse a term starting before it). */
export async function latestIssuedOnOrAfter(db: Executor, orgUnitId: string, date: string): Promise<string | null> {
  const row = await db.selectFrom('issuedDocument').select('issuedOn').where('orgUnitId', '=', orgUnitId).where('issuedOn', '>=', date).orderBy('issuedOn', 'desc').executeTakeFirst();
  return row?.issuedOn ?? null;
}

export async function getIssued(db: Executor, id: string): Promise<IssuedDocumentTable | null> {
  return (await db.selectFrom('issuedDocument').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function insertIssued(db: Executor, row: IssuedDocumentTable): Promise<void> {
  await db.insertInto('issuedDocument').values(row).execute();
}

export async function voidIssued(db: Executor, id: string, voidedOn: string, reason: string, now: string): Promise<void> {
  await db.updateTable('issuedDocument').set({ voidedOn, voidReason: reason, updatedAt: now }).where('id', '=', id).execute();
}

export interface IssuedFilter {
  orgUnitIds: readonly string[];
  typeCode?: string;
  /** Calendar year of the issue date. */
  year?: number;
}

export async function listIssued(db: Executor, filter: IssuedFilter): Promise<IssuedDocumentTable[]> {
  if (filter.orgUnitIds.length === 0) return [];
  let q = db.selectFrom('issuedDocument').selectAll().where('orgUnitId', 'in', filter.orgUnitIds);
  if (filter.typeCode) q = q.where('typeCode', '=', filter.typeCode);
  if (filter.year !== undefined) q = q.where('issuedOn', '>=', `${filter.year}-01-01`).where('issuedOn', '<=', `${filter.year}-12-31`);
  return q.orderBy('issuedOn').orderBy('typeCode').orderBy('number').execute();
}

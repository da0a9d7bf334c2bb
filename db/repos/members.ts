// Members and their history tables (status periods, transfers, discipline, awards). Layer: db.
import type { AwardRecord, DisciplineRecord, Member, MemberListRow, StatusHistoryEntry, TransferEntry } from '../../shared/domain/member';
import type { AwardTable, DisciplineTable, MemberStatusHistoryTable, MemberTable, MemberTransferTable } from '../schema';
import type { Executor } from './executor';

export function memberFromRow(row: MemberTable): Member {
  const { searchKey: _searchKey, communeCommittee, ...rest } = row;
  return { ...rest, communeCommittee: communeCommittee === 1 };
}

export async function getMember(db: Executor, id: string): Promise<Member | null> {
  const row = await db.selectFrom('member').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? memberFromRow(row) : null;
}

/** Light rows of every member of the given org units (the register list). */
export async function listMemberRows(db: Executor, orgUnitIds: readonly string[]): Promise<MemberListRow[]> {
  if (orgUnitIds.length === 0) return [];
  return db
    .selectFrom('member')
    .select(['id', 'fullName', 'searchKey', 'gender', 'birthDate', 'orgUnitId', 'status', 'category', 'partyRole', 'cardNo'])
    .where('orgUnitId', 'in', orgUnitIds)
    .execute();
}

export async function insertMember(db: Executor, row: MemberTable): Promise<void> {
  await db.insertInto('member').values(row).execute();
}

export async function updateMember(db: Executor, id: string, patch: Partial<MemberTable>): Promise<void> {
  await db.updateTable('member').set(patch).where('id', '=', id).execute();
}

/** Another member holding this CCCD or card number, for the uniqueness checks. */
export async function findMemberIdBy(db: Executor, column: 'citizenId' | 'cardNo', value: string, exceptId?: string): Promise<{ id: string; fullName: string } | null> {
  let q = db.selectFrom('member').select(['id', 'fullName']).where(column, '=', value);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) ?? null;
}

export async function insertStatusPeriod(db: Executor, row: MemberStatusHistoryTable): Promise<void> {
  await db.insertInto('memberStatusHistory').values(row).execute();
}

/** Ends the open status period of a member the day before the new one starts. */
export async function closeOpenStatusPeriod(db: Executor, memberId: string, toDate: string, now: string): Promise<void> {
  await db.updateTable('memberStatusHistory').set({ toDate, updatedAt: now }).where('memberId', '=', memberId).where('toDate', 'is', null).execute();
}

export async function latestStatusStart(db: Executor, memberId: string): Promise<string | null> {
  const row = await db.selectFrom('memberStatusHistory').select('fromDate').where('memberId', '=', memberId).orderBy('fromDate', 'desc').executeTakeFirst();
  return row?.fromDate ?? null;
}

export async function listStatusHistory(db: Executor, memberId: string): Promise<StatusHistoryEntry[]> {
  return db
    .selectFrom('memberStatusHistory')
    .select(['id', 'memberId', 'status', 'fromDate', 'toDate', 'place', 'reason', 'createdAt'])
    .where('memberId', '=', memberId)
    .orderBy('fromDate')
    .orderBy('createdAt')
    .execute();
}

export async function insertTransfer(db: Executor, row: MemberTransferTable): Promise<void> {
  await db.insertInto('memberTransfer').values(row).execute();
}

export async function listTransfers(db: Executor, memberId: string): Promise<TransferEntry[]> {
  return db
    .selectFrom('memberTransfer')
    .select(['id', 'memberId', 'fromOrgUnitId', 'toOrgUnitId', 'onDate', 'reason', 'createdAt'])
    .where('memberId', '=', memberId)
    .orderBy('onDate')
    .orderBy('createdAt')
    .execute();
}

export async function insertDiscipline(db: Executor, row: DisciplineTable): Promise<void> {
  await db.insertInto('discipline').values(row).execute();
}

export async function listDisciplines(db: Executor, memberId: string): Promise<DisciplineRecord[]> {
  const rows = await db
    .selectFrom('discipline')
    .select(['id', 'memberId', 'kind', 'decidedOn', 'body', 'reason', 'dutyRelated', 'createdAt'])
    .where('memberId', '=', memberId)
    .orderBy('decidedOn')
    .execute();
  return rows.map((r) => ({ ...r, dutyRelated: r.dutyRelated === 1 }));
}

export async function insertAward(db: Executor, row: AwardTable): Promise<void> {
  await db.insertInto('award').values(row).execute();
}

export async function listAwards(db: Executor, memberId: string): Promise<AwardRecord[]> {
  return db.selectFrom('award').select(['id', 'memberId', 'title', 'decidedOn', 'body', 'note', 'createdAt']).where('memberId', '=', memberId).orderBy('decidedOn').execute();
}

// The org tree of a commune. Layer: db.
import type { OrgUnit } from '../../shared/domain/org-unit';
import type { OrgUnitTable } from '../schema';
import type { Executor } from './executor';

export async function listOrgUnits(db: Executor, communeId: string): Promise<OrgUnit[]> {
  return db.selectFrom('orgUnit').selectAll().where('communeId', '=', communeId).orderBy('createdAt').orderBy('id').execute();
}

export async function getOrgUnit(db: Executor, id: string): Promise<OrgUnit | null> {
  return (await db.selectFrom('orgUnit').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function insertOrgUnit(db: Executor, unit: OrgUnitTable): Promise<void> {
  await db.insertInto('orgUnit').values(unit).execute();
}

export async function updateOrgUnit(
  db: Executor,
  id: string,
  patch: Partial<Pick<OrgUnitTable, 'name' | 'type' | 'parentId' | 'closedOn' | 'closeReason'>>,
  now: string,
): Promise<void> {
  await db.updateTable('orgUnit').set({ ...patch, updatedAt: now }).where('id', '=', id).execute();
}

/** Members still on the roll of the given units (any status but transferred out, deceased, left). */
export async function countActiveMembersIn(db: Executor, orgUnitIds: readonly string[]): Promise<number> {
  if (orgUnitIds.length === 0) return 0;
  const row = await db
    .selectFrom('member')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('orgUnitId', 'in', orgUnitIds)
    .where('status', 'in', ['official', 'probationary', 'exempt', 'suspended', 'temporary'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// Communes: the installation's own one (is_own = 1) and, later, others received from packages. Layer: db.
import type { Commune, CommuneSetup } from '../../shared/domain/commune';
import type { Executor } from './executor';

const columns = ['id', 'name', 'province', 'upperLevelName', 'placeName', 'createdAt', 'updatedAt'] as const;

export async function getOwnCommune(db: Executor): Promise<Commune | null> {
  const row = await db.selectFrom('commune').select(columns).where('isOwn', '=', 1).executeTakeFirst();
  return row ?? null;
}

export async function insertCommune(db: Executor, id: string, data: CommuneSetup, own: boolean, now: string): Promise<Commune> {
  const row = { id, ...data, isOwn: (own ? 1 : 0) as 0 | 1, createdAt: now, updatedAt: now };
  await db.insertInto('commune').values(row).execute();
  return { id, ...data, createdAt: now, updatedAt: now };
}

export async function updateCommune(db: Executor, id: string, data: CommuneSetup, now: string): Promise<void> {
  await db.updateTable('commune').set({ ...data, updatedAt: now }).where('id', '=', id).execute();
}

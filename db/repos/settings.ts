// Key/value settings of the installation (interface preferences, the operator name). Layer: db.
import type { Executor } from './executor';

export async function getSetting(db: Executor, key: string): Promise<string | null> {
  const row = await db.selectFrom('appSetting').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function setSetting(db: Executor, key: string, value: string, now: string): Promise<void> {
  await db
    .insertInto('appSetting')
    .values({ key, value, updatedAt: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updatedAt: now }))
    .execute();
}

export async function deleteSetting(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('appSetting').where('key', '=', key).execute();
}

// Use cases of the commune: first-run set-up and editing the names printed on documents.
// Layer: electron/core.
import type { Commune, CommuneSetup } from '../../../shared/domain/commune';
import { DomainError } from '../../../shared/contract/result';
import { getOwnCommune, insertCommune, updateCommune } from '../../../db/repos/communes';
import { insertOrgUnit, listOrgUnits, updateOrgUnit } from '../../../db/repos/org-units';
import type { Executor } from '../../../db/repos/executor';
import { stamp, type ServiceContext } from './context';

/**
 * The installation's commune, or a refusal before set-up. Inside a transaction pass the `trx`:
 * the SQLite dialect has one connection, so a query on `ctx.db.kysely` there would wait forever.
 */
export async function requireOwnCommune(ctx: ServiceContext, db: Executor = ctx.db.kysely): Promise<Commune> {
  const commune = await getOwnCommune(db);
  if (!commune) throw new DomainError('not-set-up', 'Chưa thiết lập thông tin đảng bộ xã. Hãy hoàn thành bước thiết lập ban đầu.');
  return commune;
}

export async function setupCommune(ctx: ServiceContext, data: CommuneSetup): Promise<Commune> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    if (await getOwnCommune(trx)) throw new DomainError('already-set-up', 'Đảng bộ xã đã được thiết lập trước đó.');
    const now = stamp(ctx);
    const commune = await insertCommune(trx, ctx.newId(), data, true, now);
    await insertOrgUnit(trx, {
      id: ctx.newId(),
      communeId: commune.id,
      parentId: null,
      kind: 'commune',
      type: 'other',
      name: data.name,
      closedOn: null,
      closeReason: null,
      createdAt: now,
      updatedAt: now,
    });
    return commune;
  });
}

export async function editCommune(ctx: ServiceContext, data: CommuneSetup): Promise<Commune> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await getOwnCommune(trx);
    if (!current) throw new DomainError('not-set-up', 'Chưa thiết lập thông tin đảng bộ xã.');
    const now = stamp(ctx);
    await updateCommune(trx, current.id, data, now);
    // The root of the tree is the commune organization itself and carries the same name.
    const root = (await listOrgUnits(trx, current.id)).find((u) => u.kind === 'commune');
    if (root && root.name !== data.name) await updateOrgUnit(trx, root.id, { name: data.name }, now);
    return { ...current, ...data, updatedAt: now };
  });
}

// Use cases of the org tree: add, rename, move and close org units. Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import type { OrgUnit, OrgCreateInput } from '../../../shared/domain/org-unit';
import { descendantIds, moveProblem, placementProblem } from '../../../shared/domain/org-tree';
import type { OrgType } from '../../../shared/domain/enums';
import { countActiveMembersIn, getOrgUnit, insertOrgUnit, listOrgUnits, updateOrgUnit } from '../../../db/repos/org-units';
import { requireOwnCommune } from './commune-service';
import { stamp, today, type ServiceContext } from './context';

export async function listUnits(ctx: ServiceContext): Promise<OrgUnit[]> {
  const commune = await requireOwnCommune(ctx);
  return listOrgUnits(ctx.db.kysely, commune.id);
}

async function requireUnit(ctx: ServiceContext, id: string): Promise<OrgUnit> {
  const unit = await getOrgUnit(ctx.db.kysely, id);
  if (!unit) throw new DomainError('not-found', 'Không tìm thấy tổ chức đảng.');
  return unit;
}

export async function createUnit(ctx: ServiceContext, input: OrgCreateInput): Promise<OrgUnit> {
  const commune = await requireOwnCommune(ctx);
  const units = await listOrgUnits(ctx.db.kysely, commune.id);
  const problem = placementProblem(
    units.find((u) => u.id === input.parentId),
    input.kind,
  );
  if (problem) throw new DomainError('invalid-placement', problem, { path: 'parentId' });
  const now = stamp(ctx);
  const unit: OrgUnit = { id: ctx.newId(), communeId: commune.id, parentId: input.parentId, kind: input.kind, type: input.type, name: input.name, closedOn: null, closeReason: null, createdAt: now, updatedAt: now };
  await insertOrgUnit(ctx.db.kysely, unit);
  return unit;
}

export async function renameUnit(ctx: ServiceContext, input: { id: string; name: string; type?: OrgType }): Promise<OrgUnit> {
  const unit = await requireUnit(ctx, input.id);
  const now = stamp(ctx);
  const patch = { name: input.name, ...(input.type && unit.kind !== 'commune' ? { type: input.type } : {}) };
  await updateOrgUnit(ctx.db.kysely, unit.id, patch, now);
  return { ...unit, ...patch, updatedAt: now };
}

export async function moveUnit(ctx: ServiceContext, input: { id: string; newParentId: string }): Promise<OrgUnit> {
  const commune = await requireOwnCommune(ctx);
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const units = await listOrgUnits(trx, commune.id);
    const problem = moveProblem(units, input.id, input.newParentId);
    if (problem) throw new DomainError('invalid-move', problem, { path: 'newParentId' });
    const now = stamp(ctx);
    await updateOrgUnit(trx, input.id, { parentId: input.newParentId }, now);
    return { ...units.find((u) => u.id === input.id)!, parentId: input.newParentId, updatedAt: now };
  });
}

export async function closeUnit(ctx: ServiceContext, input: { id: string; closedOn: string; reason: string | null }): Promise<OrgUnit> {
  const commune = await requireOwnCommune(ctx);
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const units = await listOrgUnits(trx, commune.id);
    const unit = units.find((u) => u.id === input.id);
    if (!unit) throw new DomainError('not-found', 'Không tìm thấy tổ chức đảng.');
    if (unit.kind === 'commune') throw new DomainError('invalid-close', 'Không thể giải thể Đảng bộ xã trong ứng dụng này.');
    if (unit.closedOn) throw new DomainError('already-closed', `"${unit.name}" đã giải thể ngày ${unit.closedOn}.`);
    if (input.closedOn > today(ctx)) throw new DomainError('invalid-date', 'Ngày giải thể không được ở tương lai.', { path: 'closedOn' });
    const below = descendantIds(units, unit.id);
    const openBelow = units.filter((u) => below.includes(u.id) && !u.closedOn);
    if (openBelow.length) {
      throw new DomainError('has-children', `Còn ${openBelow.length} chi bộ trực thuộc đang hoạt động; hãy chuyển hoặc giải thể các chi bộ đó trước.`);
    }
    const members = await countActiveMembersIn(trx, [unit.id, ...below]);
    if (members > 0) {
      throw new DomainError('has-members', `"${unit.name}" còn ${members} đảng viên; hãy chuyển sinh hoạt các đảng viên sang chi bộ khác trước khi giải thể.`);
    }
    const now = stamp(ctx);
    await updateOrgUnit(trx, unit.id, { closedOn: input.closedOn, closeReason: input.reason }, now);
    return { ...unit, closedOn: input.closedOn, closeReason: input.reason, updatedAt: now };
  });
}

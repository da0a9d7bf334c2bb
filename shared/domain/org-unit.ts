// Org tree records and the rules about where a unit may sit: the commune organization at the root,
// basic organizations (chi bộ cơ sở, đảng bộ cơ sở) below it, cells only inside a đảng bộ cơ sở.
// This covers both the pre-2025 layout and the current one. Layer: shared.
import { z } from 'zod';
import { orgKinds, orgTypes, type OrgKind, type OrgType } from './enums';
import { isoDate, optionalText, requiredLine, uuid } from './fields';

export interface OrgUnit {
  id: string;
  communeId: string;
  parentId: string | null;
  kind: OrgKind;
  type: OrgType;
  name: string;
  closedOn: string | null;
  closeReason: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Which kinds may be placed under which parent kind. */
export const allowedChildKinds: Record<OrgKind, readonly OrgKind[]> = {
  commune: ['basic-cell', 'basic-committee'],
  'basic-committee': ['cell'],
  'basic-cell': [],
  cell: [],
};

/** Kinds that hold members directly (a đảng bộ cơ sở holds its members through its cells). */
export const memberHoldingKinds: readonly OrgKind[] = ['basic-cell', 'cell'];

export const orgCreateSchema = z.object({
  parentId: uuid('Đơn vị cấp trên'),
  kind: orgKinds.schema,
  type: orgTypes.schema,
  name: requiredLine('Tên tổ chức đảng', 150),
});
export type OrgCreateInput = z.infer<typeof orgCreateSchema>;

export const orgRenameSchema = z.object({ id: uuid(), name: requiredLine('Tên tổ chức đảng', 150), type: orgTypes.schema.optional() });
export const orgMoveSchema = z.object({ id: uuid(), newParentId: uuid('Đơn vị cấp trên mới') });
export const orgCloseSchema = z.object({ id: uuid(), closedOn: isoDate('Ngày giải thể'), reason: optionalText('Lý do', 500) });

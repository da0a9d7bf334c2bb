// Pure rules of the org tree: what may be created or moved where, and walking the tree. The core
// applies them before writing; the UI uses them to offer only valid choices. Layer: shared.
import { orgKinds } from './enums';
import { allowedChildKinds, type OrgUnit } from './org-unit';
import type { OrgKind } from './enums';

type TreeNode = Pick<OrgUnit, 'id' | 'parentId' | 'kind' | 'name' | 'closedOn'>;

/** Ids of every unit below `id` (not including it). */
export function descendantIds(units: readonly TreeNode[], id: string): string[] {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const out: string[] = [];
  const stack = [...(children.get(id) ?? [])];
  while (stack.length) {
    const next = stack.pop()!;
    out.push(next);
    stack.push(...(children.get(next) ?? []));
  }
  return out;
}

/** Why `kind` cannot be placed under `parent`, or null when it can. */
export function placementProblem(parent: TreeNode | undefined, kind: OrgKind): string | null {
  if (!parent) return 'Không tìm thấy đơn vị cấp trên.';
  if (parent.closedOn) return `"${parent.name}" đã giải thể; không thể thêm hoặc chuyển đơn vị vào đó.`;
  if (kind === 'commune') return 'Chỉ có một Đảng bộ xã ở gốc cây tổ chức.';
  if (!allowedChildKinds[parent.kind].includes(kind)) {
    const allowed = allowedChildKinds[parent.kind].map((k) => orgKinds.labels[k].toLowerCase());
    return allowed.length
      ? `Dưới ${orgKinds.labels[parent.kind].toLowerCase()} chỉ đặt được ${allowed.join(' hoặc ')}, không đặt được ${orgKinds.labels[kind].toLowerCase()}.`
      : `${orgKinds.labels[parent.kind]} không có đơn vị trực thuộc.`;
  }
  return null;
}

/** Why `id` cannot be moved under `newParentId`, or null when it can. */
export function moveProblem(units: readonly TreeNode[], id: string, newParentId: string): string | null {
  const unit = units.find((u) => u.id === id);
  if (!unit) return 'Không tìm thấy tổ chức đảng cần chuyển.';
  if (unit.kind === 'commune') return 'Không thể chuyển Đảng bộ xã (gốc cây tổ chức).';
  if (unit.closedOn) return `"${unit.name}" đã giải thể.`;
  if (newParentId === id) return 'Không thể chuyển một tổ chức đảng vào chính nó.';
  if (descendantIds(units, id).includes(newParentId)) return 'Không thể chuyển một tổ chức đảng vào đơn vị trực thuộc của chính nó.';
  if (unit.parentId === newParentId) return 'Tổ chức đảng đã ở dưới đơn vị này.';
  return placementProblem(
    units.find((u) => u.id === newParentId),
    unit.kind,
  );
}

/** "Đảng bộ xã Xuân Hòa › Đảng bộ Trường THCS › Chi bộ tổ Toán" — the path shown next to a unit. */
export function unitPath(units: readonly TreeNode[], id: string): string {
  const byId = new Map(units.map((u) => [u.id, u]));
  const names: string[] = [];
  let cur = byId.get(id);
  let guard = 0;
  while (cur && guard++ < 50) {
    names.unshift(cur.name);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return names.join(' › ');
}

// The org tree as the screens need it: children in Vietnamese alphabetical order, the tree
// flattened for drawing and for <select> lists, and short names with their parents. Pure functions.
// Layer: renderer.
import { memberHoldingKinds, type OrgUnit } from '../../../shared/domain/org-unit';
import { orgKinds } from '../../../shared/domain/enums';

const collator = new Intl.Collator('vi', { numeric: true });

export interface TreeRow {
  unit: OrgUnit;
  depth: number;
  hasChildren: boolean;
}

export function childrenByParent(units: readonly OrgUnit[]): Map<string | null, OrgUnit[]> {
  const map = new Map<string | null, OrgUnit[]>();
  for (const u of units) {
    const list = map.get(u.parentId) ?? [];
    list.push(u);
    map.set(u.parentId, list);
  }
  // Open units first, then closed ones, each alphabetically.
  for (const list of map.values()) list.sort((a, b) => Number(!!a.closedOn) - Number(!!b.closedOn) || collator.compare(a.name, b.name));
  return map;
}

/** Depth-first rows; the children of units in `collapsed` are left out. */
export function flattenTree(units: readonly OrgUnit[], collapsed: ReadonlySet<string> = new Set()): TreeRow[] {
  const children = childrenByParent(units);
  const ids = new Set(units.map((u) => u.id));
  // Roots: no parent, or a parent that is not in the list (should not happen, but never hide a unit).
  const roots = units.filter((u) => u.parentId === null || !ids.has(u.parentId));
  const rows: TreeRow[] = [];
  const visit = (unit: OrgUnit, depth: number) => {
    const kids = children.get(unit.id) ?? [];
    rows.push({ unit, depth, hasChildren: kids.length > 0 });
    if (!collapsed.has(unit.id)) for (const k of kids) visit(k, depth + 1);
  };
  roots.sort((a, b) => collator.compare(a.name, b.name)).forEach((r) => visit(r, 0));
  return rows;
}

/** A unit's name with its parents below the commune: "Đảng bộ Trường THCS › Chi bộ tổ Toán". */
export function shortUnitPath(byId: ReadonlyMap<string, OrgUnit>, id: string): string {
  const names: string[] = [];
  let cur = byId.get(id);
  let guard = 0;
  while (cur && cur.kind !== 'commune' && guard++ < 50) {
    names.unshift(cur.name);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return names.join(' › ') || (byId.get(id)?.name ?? '');
}

export interface UnitOption {
  value: string;
  label: string;
}

/** Every unit as indented <option>s in tree order; closed ones marked. */
export function unitFilterOptions(units: readonly OrgUnit[]): UnitOption[] {
  return flattenTree(units).map(({ unit, depth }) => ({
    value: unit.id,
    label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${unit.name}${unit.closedOn ? ' (đã giải thể)' : ''}`,
  }));
}

/** Open units that hold members (chi bộ cơ sở, chi bộ trực thuộc), labelled with their parents. */
export function memberUnitOptions(units: readonly OrgUnit[], exceptId?: string): UnitOption[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return flattenTree(units)
    .map((r) => r.unit)
    .filter((u) => memberHoldingKinds.includes(u.kind) && !u.closedOn && u.id !== exceptId)
    .map((u) => ({ value: u.id, label: shortUnitPath(byId, u.id) }));
}

/** Each unit's count plus those of every unit below it (one bottom-up pass, fine for 1 000 units). */
export function subtreeTotals(units: readonly OrgUnit[], own: ReadonlyMap<string, number>): Map<string, number> {
  const totals = new Map<string, number>();
  // Depth-first order lists a parent before its children: walking it backwards adds children first.
  for (const { unit } of [...flattenTree(units)].reverse()) {
    const total = (totals.get(unit.id) ?? 0) + (own.get(unit.id) ?? 0);
    totals.set(unit.id, total);
    if (unit.parentId) totals.set(unit.parentId, (totals.get(unit.parentId) ?? 0) + total);
  }
  return totals;
}

export function kindLabel(unit: Pick<OrgUnit, 'kind'>): string {
  return orgKinds.labels[unit.kind];
}

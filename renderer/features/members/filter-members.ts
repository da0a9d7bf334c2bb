// The register's filtering, in memory and in the core's order (Vietnamese name order): first the
// choices (org unit with its sub-units, status, category), then the search over the pre-folded
// search keys. Pure functions, so the page can memoize each step. Layer: renderer.
import { activeStatuses } from '../../../shared/domain/enums';
import type { MemberListRow } from '../../../shared/domain/member';
import type { OrgUnit } from '../../../shared/domain/org-unit';
import { descendantIds } from '../../../shared/domain/org-tree';
import { foldForSearch, matchesFolded } from '../../../shared/text/fold';
import type { CategoryFilter, StatusFilter } from '../../state/member-store';

export interface FacetFilter {
  /** The chosen unit and every unit below it, or null for all. */
  unitIds: ReadonlySet<string> | null;
  status: StatusFilter;
  category: CategoryFilter;
}

export function unitScope(units: readonly OrgUnit[], orgUnitId: string | null): ReadonlySet<string> | null {
  if (!orgUnitId) return null;
  return new Set([orgUnitId, ...descendantIds(units, orgUnitId)]);
}

export function applyFacets(rows: readonly MemberListRow[], f: FacetFilter): readonly MemberListRow[] {
  if (!f.unitIds && f.status === 'all' && f.category === 'all') return rows;
  const active = new Set<string>(activeStatuses);
  return rows.filter(
    (r) =>
      (!f.unitIds || f.unitIds.has(r.orgUnitId)) &&
      (f.status === 'all' || (f.status === 'active' ? active.has(r.status) : r.status === f.status)) &&
      (f.category === 'all' || r.category === f.category),
  );
}

/** Rows whose search key holds every word of the query, ignoring case and diacritics. */
export function applySearch(rows: readonly MemberListRow[], query: string): readonly MemberListRow[] {
  const folded = foldForSearch(query);
  if (folded === '') return rows;
  return rows.filter((r) => matchesFolded(r.searchKey, folded));
}

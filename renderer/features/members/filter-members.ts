// The register's filtering, in memory and in the core's order (Vietnamese name order): first the
// choices (org unit with its sub-units, status, category), then the search over the pre-folded
// search keys. Pure functions, so the page can memoize each step; while the user types, the search
// narrows the previous result instead of searching every row again. Layer: renderer.
import { activeStatuses } from '../../../shared/domain/enums';
import type { MemberListRow } from '../../../shared/domain/member';
import type { OrgUnit } from '../../../shared/domain/org-unit';
import { descendantIds } from '../../../shared/domain/org-tree';
import { createFoldedMatcher, foldForSearch, type FoldedMatcher } from '../../../shared/text/fold';
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

function filterRows(rows: readonly MemberListRow[], matches: FoldedMatcher): MemberListRow[] {
  const out: MemberListRow[] = [];
  for (const row of rows) if (matches(row.searchKey)) out.push(row);
  return out;
}

/** Rows whose search key holds every word of the query, ignoring case and diacritics (a full search). */
export function applySearch(rows: readonly MemberListRow[], query: string): readonly MemberListRow[] {
  const folded = foldForSearch(query);
  if (folded === '') return rows;
  return filterRows(rows, createFoldedMatcher(folded));
}

/** One search, kept so that the next keystroke can start from it. */
export interface SearchResult {
  /** The rows that were searched (the register after its choices). */
  readonly source: readonly MemberListRow[];
  /** The folded query. */
  readonly folded: string;
  /** The rows of `source` that match, in the same order: what applySearch(source, query) gives. */
  readonly rows: readonly MemberListRow[];
  /** The result this one narrowed; its folded query is a prefix of this one's. */
  readonly parent: SearchResult | null;
}

/**
 * The register's search while typing: the same rows as applySearch(source, query), found from the
 * previous result when it searched the same rows for a prefix of the new folded query. A longer query
 * can only lose rows: each of its words contains the corresponding word of the prefix, so a row
 * holding every word of the longer query holds every word of the prefix (test/unit/search-incremental).
 * The chain of results a search narrowed is kept, so Backspace goes back to a result already found.
 * The comparison is between folded queries, never raw text, since folding a longer text does not
 * always give a longer folded text.
 */
export function searchRows(source: readonly MemberListRow[], query: string, previous: SearchResult | null = null): SearchResult {
  const folded = foldForSearch(query);
  let base = previous?.source === source ? previous : null;
  while (base && !folded.startsWith(base.folded)) base = base.parent;
  if (base?.folded === folded) return base;
  if (folded === '') return { source, folded, rows: source, parent: null };
  return { source, folded, rows: filterRows(base ? base.rows : source, createFoldedMatcher(folded)), parent: base };
}

/**
 * searchRows with memory, for a page: each call starts from the result of the call before. The
 * memory is only a cache — whatever it holds, a call returns applySearch(source, query) — so it is
 * safe to call while rendering.
 */
export function createIncrementalSearch(): (source: readonly MemberListRow[], query: string) => readonly MemberListRow[] {
  let last: SearchResult | null = null;
  return (source, query) => {
    last = searchRows(source, query, last);
    return last.rows;
  };
}

// Đảng viên — the register list: search, filters, "Hiển thị N / M đảng viên" and the virtualized
// list. Filtering is memoized in two steps (choices, then search), and a keystroke re-renders only
// what depends on the query — the search box, the count and the list (RegisterResults) — while the
// search narrows the previous result; so typing stays instant on 20 000 rows without a call to the
// core, and the list is updated in the same frame as the box. Layer: renderer.
import { memo, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { MemberListRow } from '../../../shared/domain/member';
import { useApp, useMembers, useOrg, useStores } from '../../state/stores';
import type { RegisterFilters as Filters } from '../../state/member-store';
import { formatCount } from '../../text/format';
import { Loading } from '../../ui/Loading';
import { MemberList, type MemberListHandle } from './MemberList';
import { RegisterFilters } from './RegisterFilters';
import { applyFacets, createIncrementalSearch, unitScope } from './filter-members';
import { shortUnitPath } from '../org/org-tree-model';

/** True when a key press belongs to a text field (so "/" is typed, not a shortcut). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function RegisterView() {
  const { members } = useStores();
  // Each piece of state on its own, so typing in the search box (filters.query) does not re-render the page.
  const rows = useMembers((s) => s.rows);
  const loaded = useMembers((s) => s.loaded);
  const orgUnitId = useMembers((s) => s.filters.orgUnitId);
  const status = useMembers((s) => s.filters.status);
  const category = useMembers((s) => s.filters.category);
  const lastOpenedId = useMembers((s) => s.lastOpenedId);
  const units = useOrg((s) => s.units);
  const largeType = useApp((s) => s.largeType);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<MemberListHandle>(null);

  const scope = useMemo(() => unitScope(units, orgUnitId), [units, orgUnitId]);
  const faceted = useMemo(() => applyFacets(rows, { unitIds: scope, status, category }), [rows, scope, status, category]);

  // Each unit's display name once per tree change, not once per drawn row.
  const unitNames = useMemo(() => {
    const byId = new Map(units.map((u) => [u.id, u]));
    return new Map(units.map((u) => [u.id, shortUnitPath(byId, u.id)]));
  }, [units]);
  const unitName = useCallback((id: string) => unitNames.get(id) ?? '', [unitNames]);

  // "/" and Ctrl+F focus the search box while the register is on screen.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const ctrlF = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f';
      if (ctrlF || (event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.altKey)) {
        if (document.querySelector('[role="dialog"]')) return;
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const setFilters = useCallback((patch: Partial<Filters>) => members.getState().setFilters(patch), [members]);
  const open = useCallback((id: string) => members.getState().show({ kind: 'detail', id }), [members]);
  const focusList = useCallback(() => listRef.current?.focus(), []);
  const focusSearch = useCallback(() => searchRef.current?.focus(), []);

  return (
    <div className="register">
      <div className="page-head">
        <h1 className="page-title">Đảng viên</h1>
        <button type="button" className="btn btn-primary" onClick={() => members.getState().show({ kind: 'new' })}>
          Thêm đảng viên
        </button>
      </div>
      <RegisterFilters units={units} orgUnitId={orgUnitId} status={status} category={category} searchRef={searchRef} onChange={setFilters} onSearchArrowDown={focusList} />
      <RegisterResults
        faceted={faceted}
        total={rows.length}
        loaded={loaded}
        choicesMade={orgUnitId !== null || status !== 'active' || category !== 'all'}
        listRef={listRef}
        unitName={unitName}
        largeType={largeType}
        onOpen={open}
        initialId={lastOpenedId}
        onEscape={focusSearch}
        onChange={setFilters}
      />
    </div>
  );
}

interface ResultsProps {
  /** The register after the choices (unit, status, category), before the search. */
  faceted: readonly MemberListRow[];
  total: number;
  loaded: boolean;
  /** Whether a choice differs from the default, so "Bỏ lọc" is offered even without a query. */
  choicesMade: boolean;
  listRef: RefObject<MemberListHandle | null>;
  unitName(id: string): string;
  largeType: boolean;
  onOpen(id: string): void;
  initialId: string | null;
  onEscape(): void;
  onChange(patch: Partial<Filters>): void;
}

/** The count and the list: the part of the page that follows the query. */
const RegisterResults = memo(function RegisterResults({ faceted, total, loaded, choicesMade, listRef, unitName, largeType, onOpen, initialId, onEscape, onChange }: ResultsProps) {
  const query = useMembers((s) => s.filters.query);
  // The search narrows its previous result while the user types (see searchRows).
  const [search] = useState(createIncrementalSearch);
  const shown = useMemo(() => search(faceted, query), [search, faceted, query]);

  return (
    <>
      <div className="register-count">
        <p role="status" aria-live="polite">
          Hiển thị {formatCount(shown.length)} / {formatCount(total)} đảng viên
        </p>
        {(choicesMade || query !== '') && (
          <button type="button" className="btn btn-link" onClick={() => onChange({ query: '', orgUnitId: null, status: 'active', category: 'all' })}>
            Bỏ lọc
          </button>
        )}
      </div>
      {!loaded ? (
        <Loading text="Đang tải danh sách đảng viên…" />
      ) : total === 0 ? (
        <p className="empty">Chưa có đảng viên nào. Bấm “Thêm đảng viên” để bắt đầu.</p>
      ) : (
        <>
          <MemberList ref={listRef} rows={shown} unitName={unitName} largeType={largeType} onOpen={onOpen} initialId={initialId} onEscape={onEscape} />
          {shown.length === 0 && <p className="empty">Không tìm thấy đảng viên phù hợp.</p>}
        </>
      )}
    </>
  );
});

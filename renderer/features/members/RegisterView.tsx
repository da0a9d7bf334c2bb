// Đảng viên — the register list: search, filters, "Hiển thị N / M đảng viên" and the virtualized
// list. Filtering is memoized in two steps (choices, then search) and the search text is deferred,
// so typing stays instant on 20 000 rows without a call to the core. Layer: renderer.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useApp, useMembers, useOrg, useStores } from '../../state/stores';
import type { RegisterFilters as Filters } from '../../state/member-store';
import { formatCount } from '../../text/format';
import { Loading } from '../../ui/Loading';
import { MemberList, type MemberListHandle } from './MemberList';
import { RegisterFilters } from './RegisterFilters';
import { applyFacets, applySearch, unitScope } from './filter-members';
import { shortUnitPath } from '../org/org-tree-model';

/** True when a key press belongs to a text field (so "/" is typed, not a shortcut). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function RegisterView() {
  const { members } = useStores();
  const rows = useMembers((s) => s.rows);
  const loaded = useMembers((s) => s.loaded);
  const filters = useMembers((s) => s.filters);
  const lastOpenedId = useMembers((s) => s.lastOpenedId);
  const units = useOrg((s) => s.units);
  const largeType = useApp((s) => s.largeType);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<MemberListHandle>(null);

  const query = useDeferredValue(filters.query);
  const scope = useMemo(() => unitScope(units, filters.orgUnitId), [units, filters.orgUnitId]);
  const faceted = useMemo(() => applyFacets(rows, { unitIds: scope, status: filters.status, category: filters.category }), [rows, scope, filters.status, filters.category]);
  const shown = useMemo(() => applySearch(faceted, query), [faceted, query]);

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

  const setFilters = (patch: Partial<Filters>) => members.getState().setFilters(patch);
  const open = (id: string) => members.getState().show({ kind: 'detail', id });
  const filtered = filters.orgUnitId !== null || filters.status !== 'active' || filters.category !== 'all' || filters.query !== '';

  return (
    <div className="register">
      <div className="page-head">
        <h1 className="page-title">Đảng viên</h1>
        <button type="button" className="btn btn-primary" onClick={() => members.getState().show({ kind: 'new' })}>
          Thêm đảng viên
        </button>
      </div>
      <RegisterFilters filters={filters} units={units} searchRef={searchRef} onChange={setFilters} onSearchArrowDown={() => listRef.current?.focus()} />
      <div className="register-count">
        <p role="status" aria-live="polite">
          Hiển thị {formatCount(shown.length)} / {formatCount(rows.length)} đảng viên
        </p>
        {filtered && (
          <button type="button" className="btn btn-link" onClick={() => setFilters({ query: '', orgUnitId: null, status: 'active', category: 'all' })}>
            Bỏ lọc
          </button>
        )}
      </div>
      {!loaded ? (
        <Loading text="Đang tải danh sách đảng viên…" />
      ) : rows.length === 0 ? (
        <p className="empty">Chưa có đảng viên nào. Bấm “Thêm đảng viên” để bắt đầu.</p>
      ) : (
        <>
          <MemberList
            ref={listRef}
            rows={shown}
            unitName={unitName}
            largeType={largeType}
            onOpen={open}
            initialId={lastOpenedId}
            onEscape={() => searchRef.current?.focus()}
          />
          {shown.length === 0 && <p className="empty">Không tìm thấy đảng viên phù hợp.</p>}
        </>
      )}
    </div>
  );
}

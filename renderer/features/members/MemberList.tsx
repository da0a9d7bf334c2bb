// The register list: only the rows in view are drawn (@tanstack/react-virtual), so 20 000 members
// scroll smoothly. One focus stop for the whole list; the arrow keys, Page Up/Down, Home and End
// move the highlighted row, Enter opens it. Layer: renderer.
import { forwardRef, memo, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { memberCategories, memberStatuses } from '../../../shared/domain/enums';
import type { MemberListRow } from '../../../shared/domain/member';
import { formatDateVi } from '../../../shared/text/dates';
import { shortCategoryLabels, shortStatusLabels } from '../../text/labels';

/** One row is 2.75rem tall (see register.css); the root font is 16 px, or 20 px in large type. */
const ROW_REM = 2.75;
/**
 * Used until the list has a real size, and whenever it measures 0 (jsdom has no layout): enough
 * rows are drawn at once for a test to see them, and the first paint in a browser is not empty.
 */
const FALLBACK_RECT: Rect = { width: 1024, height: 720 };

function observeWithFallback(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));
}

export interface MemberListHandle {
  focus(): void;
}

interface Props {
  rows: readonly MemberListRow[];
  unitName(id: string): string;
  largeType: boolean;
  onOpen(id: string): void;
  /** The member to highlight and scroll to when the list appears (the one last opened). */
  initialId: string | null;
  onEscape?(): void;
}

const MemberListView = forwardRef<MemberListHandle, Props>(function MemberList({ rows, unitName, largeType, onOpen, initialId, onEscape }, ref) {
  const gridRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<string | null>(initialId);
  const rowHeight = ROW_REM * (largeType ? 20 : 16);

  // Stable while the rows are the same, so moving the highlight does not make the virtualizer lay
  // out every row again (it does when the rows change).
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeWithFallback,
    getItemKey,
  });

  useImperativeHandle(ref, () => ({ focus: () => gridRef.current?.focus() }), []);

  // The row size changes with large type: measure again.
  useEffect(() => {
    virtualizer.measure();
  }, [rowHeight, virtualizer]);

  // Coming back from a member's record: bring that member into view.
  const initialIndex = useMemo(() => (initialId ? rows.findIndex((r) => r.id === initialId) : -1), [rows, initialId]);
  const scrolledOnce = useRef(false);
  useEffect(() => {
    if (scrolledOnce.current || initialIndex < 0) return;
    scrolledOnce.current = true;
    virtualizer.scrollToIndex(initialIndex, { align: 'center' });
  }, [initialIndex, virtualizer]);

  // The highlighted row stays the same member while the filter changes; if it left the list, the first row.
  const foundIndex = useMemo(() => (activeId ? rows.findIndex((r) => r.id === activeId) : -1), [rows, activeId]);
  const activeIndex = foundIndex >= 0 ? foundIndex : rows.length ? 0 : -1;
  const activeRow = activeIndex >= 0 ? rows[activeIndex] : undefined;

  function moveTo(index: number) {
    const clamped = Math.max(0, Math.min(rows.length - 1, index));
    const row = rows[clamped];
    if (!row) return;
    setActiveId(row.id);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight || FALLBACK_RECT.height) / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1, PageDown: activeIndex + page, PageUp: activeIndex - page, Home: 0, End: rows.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' && activeRow) {
      event.preventDefault();
      onOpen(activeRow.id);
    } else if (event.key === 'Escape' && onEscape) {
      event.preventDefault();
      onEscape();
    }
  }

  return (
    <div
      ref={gridRef}
      className="member-grid"
      role="grid"
      aria-label="Danh sách đảng viên"
      aria-rowcount={rows.length + 1}
      aria-activedescendant={activeRow ? `member-row-${activeRow.id}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="member-row member-head" role="row" aria-rowindex={1}>
        <span role="columnheader">Họ và tên</span>
        <span role="columnheader">Ngày sinh</span>
        <span role="columnheader">Chi bộ</span>
        <span role="columnheader">Trạng thái</span>
        <span role="columnheader">Loại</span>
        <span role="columnheader">Số thẻ</span>
      </div>
      <div ref={scrollRef} className="member-scroll" role="rowgroup">
        <div className="member-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const active = item.index === activeIndex;
            // Keyed by position: when the search changes the rows, the drawn rows are updated in
            // place rather than removed and built again.
            return (
              <div
                key={item.index}
                id={`member-row-${row.id}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={active}
                data-member-id={row.id}
                className={active ? 'member-row active' : 'member-row'}
                style={{ height: rowHeight, transform: `translateY(${item.start}px)` }}
                onClick={() => {
                  setActiveId(row.id);
                  onOpen(row.id);
                }}
              >
                <span role="gridcell" className="cell-name">
                  {row.fullName}
                </span>
                <span role="gridcell">{formatDateVi(row.birthDate)}</span>
                <span role="gridcell" className="cell-unit">
                  {unitName(row.orgUnitId)}
                </span>
                <span role="gridcell" title={memberStatuses.labels[row.status]} className={`status status-${row.status}`}>
                  {shortStatusLabels[row.status]}
                </span>
                <span role="gridcell" title={memberCategories.labels[row.category]}>
                  {shortCategoryLabels[row.category]}
                </span>
                <span role="gridcell">{row.cardNo ?? ''}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});

/** Drawn again only when its rows or settings change, not on every render of the page. */
export const MemberList = memo(MemberListView);

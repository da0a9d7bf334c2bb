// The org tree as nested rows: a button to open or close a branch, a button to choose the unit,
// its member count, and closed units greyed with "đã giải thể". Layer: renderer.
import type { KeyboardEvent } from 'react';
import type { OrgUnit } from '../../../shared/domain/org-unit';
import { formatCount } from '../../text/format';
import type { TreeRow } from './org-tree-model';
import { kindLabel } from './org-tree-model';

interface Props {
  rows: readonly TreeRow[];
  collapsed: ReadonlySet<string>;
  selectedId: string | null;
  counts: ReadonlyMap<string, number>;
  onToggle(id: string): void;
  onSelect(unit: OrgUnit): void;
}

/**
 * Arrow keys inside the tree: up and down move between units, right opens a branch, left closes it.
 * Tab still leaves the tree, so the page stays usable with Tab alone.
 */
function onTreeKey(event: KeyboardEvent<HTMLUListElement>, rows: readonly TreeRow[], collapsed: ReadonlySet<string>, onToggle: (id: string) => void) {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.org-select')];
  const index = buttons.findIndex((b) => b === document.activeElement || b.parentElement?.contains(document.activeElement));
  if (index < 0) return;
  const row = rows[index];
  const step: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 };
  const target = step[event.key];
  if (target !== undefined) {
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, target))]?.focus();
  } else if (row?.hasChildren && ((event.key === 'ArrowRight' && collapsed.has(row.unit.id)) || (event.key === 'ArrowLeft' && !collapsed.has(row.unit.id)))) {
    event.preventDefault();
    onToggle(row.unit.id);
  }
}

export function OrgTree({ rows, collapsed, selectedId, counts, onToggle, onSelect }: Props) {
  return (
    <ul className="org-tree" aria-label="Cây tổ chức đảng" onKeyDown={(e) => onTreeKey(e, rows, collapsed, onToggle)}>
      {rows.map(({ unit, depth, hasChildren }) => {
        const open = !collapsed.has(unit.id);
        const count = counts.get(unit.id) ?? 0;
        return (
          <li key={unit.id} className={['org-row', `depth-${Math.min(depth, 4)}`, unit.closedOn ? 'closed' : '', unit.id === selectedId ? 'selected' : ''].filter(Boolean).join(' ')}>
            {hasChildren ? (
              <button type="button" className="tree-toggle" aria-expanded={open} aria-label={`${open ? 'Thu gọn' : 'Mở rộng'} ${unit.name}`} onClick={() => onToggle(unit.id)}>
                <span aria-hidden="true">{open ? '▾' : '▸'}</span>
              </button>
            ) : (
              <span className="tree-toggle-space" aria-hidden="true" />
            )}
            <button type="button" className="org-select" aria-pressed={unit.id === selectedId} onClick={() => onSelect(unit)}>
              <span className="org-name">{unit.name}</span>
              <span className="org-meta">
                {kindLabel(unit)}
                {unit.closedOn ? ' — đã giải thể' : ` — ${formatCount(count)} đảng viên`}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

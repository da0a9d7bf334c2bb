// The three parts of the decision stage as tabs (WAI-ARIA tabs: arrow keys, Home, End move between
// them). Layer: renderer.
import { useRef, type KeyboardEvent } from 'react';
import type { DecisionTab } from '../../state/decision-store';

export const DECISION_TAB_LABELS: Record<DecisionTab, string> = {
  board: 'Tiến độ',
  verify: 'Thẩm định và quyết định',
  rerate: 'Xếp loại lại (Mẫu 03)',
};

const ORDER: DecisionTab[] = ['board', 'verify', 'rerate'];

export const decisionTabId = (t: DecisionTab) => `decision-tab-${t}`;
export const decisionPanelId = (t: DecisionTab) => `decision-panel-${t}`;

export function DecisionTabs({ current, onChange }: { current: DecisionTab; onChange(tab: DecisionTab): void }) {
  const listRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const i = ORDER.indexOf(current);
    const keys: Record<string, DecisionTab | undefined> = {
      ArrowRight: ORDER[(i + 1) % ORDER.length],
      ArrowLeft: ORDER[(i + ORDER.length - 1) % ORDER.length],
      Home: ORDER[0],
      End: ORDER[ORDER.length - 1],
    };
    const next = keys[event.key];
    if (!next) return;
    event.preventDefault();
    onChange(next);
    listRef.current?.querySelector<HTMLElement>(`#${decisionTabId(next)}`)?.focus();
  }

  return (
    <div ref={listRef} role="tablist" aria-label="Các phần của giai đoạn Đảng ủy quyết định" className="section-tabs" onKeyDown={onKeyDown}>
      {ORDER.map((t) => (
        <button
          key={t}
          id={decisionTabId(t)}
          type="button"
          role="tab"
          aria-selected={t === current}
          aria-controls={t === current ? decisionPanelId(t) : undefined}
          tabIndex={t === current ? 0 : -1}
          className="section-tab"
          onClick={() => onChange(t)}
        >
          {DECISION_TAB_LABELS[t]}
        </button>
      ))}
    </div>
  );
}

// The three parts of a review year as tabs: settings, criteria, eligibility list. Arrow keys, Home and
// End move between tabs (WAI-ARIA tabs pattern); a tab with unsaved edits says so. Layer: renderer.
import { useRef, type KeyboardEvent } from 'react';
import type { ReviewSection } from '../../state/review-store';

export const SECTION_LABELS: Record<ReviewSection, string> = {
  settings: 'Cài đặt đợt kiểm điểm',
  criteria: 'Tiêu chí chấm điểm',
  eligibility: 'Danh sách kiểm điểm',
};

const ORDER: ReviewSection[] = ['settings', 'criteria', 'eligibility'];

export const tabId = (s: ReviewSection) => `review-tab-${s}`;
export const panelId = (s: ReviewSection) => `review-panel-${s}`;

interface Props {
  current: ReviewSection;
  unsaved: ReadonlySet<ReviewSection>;
  onChange(section: ReviewSection): void;
}

export function SectionTabs({ current, unsaved, onChange }: Props) {
  const listRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const i = ORDER.indexOf(current);
    const next =
      event.key === 'ArrowRight' ? ORDER[(i + 1) % ORDER.length] : event.key === 'ArrowLeft' ? ORDER[(i + ORDER.length - 1) % ORDER.length] : event.key === 'Home' ? ORDER[0] : event.key === 'End' ? ORDER[ORDER.length - 1] : undefined;
    if (!next) return;
    event.preventDefault();
    onChange(next);
    listRef.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
  }

  return (
    <div ref={listRef} role="tablist" aria-label="Các phần của đợt kiểm điểm" className="section-tabs" onKeyDown={onKeyDown}>
      {ORDER.map((s) => (
        <button
          key={s}
          id={tabId(s)}
          type="button"
          role="tab"
          aria-selected={s === current}
          aria-controls={s === current ? panelId(s) : undefined}
          tabIndex={s === current ? 0 : -1}
          className="section-tab"
          onClick={() => onChange(s)}
        >
          {SECTION_LABELS[s]}
          {unsaved.has(s) && (
            <>
              {' '}
              <span className="tab-unsaved">(chưa lưu)</span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}

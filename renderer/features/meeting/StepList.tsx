// The wizard's steps on the side: done ones ticked, the current one marked, the ones not yet reachable
// greyed out (every earlier step must be complete first). Layer: renderer.
import type { StepStatus } from '../../../shared/meeting/types';
import { useStores } from '../../state/stores';

export function StepList({ steps, current, finalized }: { steps: readonly StepStatus[]; current: string; finalized: boolean }) {
  const { meeting } = useStores();
  return (
    <nav className="mtg-steps" aria-label="Các bước của hội nghị">
      <ol>
        {steps.map((s) => {
          // A later step with nothing to fill is "complete" for the rules, but it is not done until reached.
          const done = s.complete && (s.reachable || finalized);
          const state = s.key === current ? 'current' : done ? 'done' : s.reachable || finalized ? 'open' : 'locked';
          const mark = done ? '✓' : s.key === current ? '▶' : String(s.index);
          const note = done ? ' (đã xong)' : !s.reachable && !finalized ? ' (chưa đến)' : '';
          return (
            <li key={s.key}>
              <button
                type="button"
                className={`mtg-step-link mtg-step-${state}`}
                aria-current={s.key === current ? 'step' : undefined}
                disabled={!s.reachable && !finalized}
                onClick={() => void meeting.getState().goTo(s.key)}
              >
                <span className="mtg-step-mark" aria-hidden="true">
                  {mark}
                </span>
                <span className="mtg-step-name">
                  {s.index}. {s.title}
                  <span className="visually-hidden">{note}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

// The wizard's steps on the side: done ones ticked, the current one marked, the furthest one reached
// marked "đang làm" when the user went back, a step already passed that an earlier change made incomplete
// marked "!" (chưa xong), and the ones not yet reachable greyed out (every earlier step must be complete
// first). Layer: renderer.
import type { StepStatus } from '../../../shared/meeting/types';
import { useStores } from '../../state/stores';

export function StepList({ steps, current, finalized, furthestIndex }: { steps: readonly StepStatus[]; current: string; finalized: boolean; furthestIndex?: number }) {
  const { meeting } = useStores();
  const currentIndex = steps.find((s) => s.key === current)?.index ?? 1;
  const reachedUpTo = Math.max(furthestIndex ?? currentIndex, currentIndex);
  return (
    <nav className="mtg-steps" aria-label="Các bước của hội nghị">
      <ol>
        {steps.map((s) => {
          const isCurrent = s.key === current;
          const reached = finalized || s.index <= reachedUpTo;
          // A later step with nothing to fill is "complete" for the rules, but it is not done until reached.
          const done = s.complete && (finalized || (s.reachable && reached));
          const redo = !finalized && !isCurrent && reached && s.reachable && !s.complete && s.index < reachedUpTo;
          const resume = !finalized && !isCurrent && s.index === reachedUpTo && reachedUpTo > currentIndex;
          const state = isCurrent ? 'current' : done ? 'done' : redo ? 'redo' : s.reachable || finalized ? 'open' : 'locked';
          const mark = isCurrent ? '▶' : done ? '✓' : redo ? '!' : String(s.index);
          const note = isCurrent
            ? ''
            : resume
              ? ' (bước đang làm)'
              : done
                ? ' (đã xong)'
                : redo
                  ? ' (chưa xong: cần làm lại)'
                  : !s.reachable && !finalized
                    ? ' (chưa đến)'
                    : '';
          return (
            <li key={s.key}>
              <button
                type="button"
                className={`mtg-step-link mtg-step-${state}${resume ? ' mtg-step-resume' : ''}`}
                aria-current={isCurrent ? 'step' : undefined}
                disabled={!s.reachable && !finalized}
                onClick={() => void meeting.getState().goTo(s.key)}
              >
                <span className="mtg-step-mark" aria-hidden="true">
                  {mark}
                </span>
                <span className="mtg-step-name">
                  {s.index}. {s.title}
                  {resume && <span className="mtg-step-tag"> — đang làm</span>}
                  {redo && <span className="mtg-step-tag"> — chưa xong</span>}
                  <span className="visually-hidden">{resume || redo ? '' : note}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

// "Quay lại" and "Tiếp theo" at the foot of the step. Going on is the core's decision: when the step is
// not complete it refuses with a message, which is shown above the step; beside the button a short line
// says how many things are still to do. Layer: renderer.
import type { StepStatus } from '../../../shared/meeting/types';
import { useStores } from '../../state/stores';

export function WizardNav({ steps, step }: { steps: readonly StepStatus[]; step: StepStatus }) {
  const { meeting } = useStores();
  const previous = steps[step.index - 2];
  const next = steps[step.index];
  return (
    <div className="mtg-nav">
      {previous ? (
        <button type="button" className="btn btn-large" onClick={() => void meeting.getState().goTo(previous.key)}>
          ← Quay lại
        </button>
      ) : (
        <span />
      )}
      {next && (
        <div className="mtg-next">
          {step.problems.length > 0 && <span className="mtg-next-note">Còn {step.problems.length} việc chưa xong (danh sách ở đầu bước)</span>}
          <button type="button" className="btn btn-primary btn-large" aria-describedby="mtg-next-title" onClick={() => void meeting.getState().goTo(next.key)}>
            Tiếp theo →<span id="mtg-next-title" className="visually-hidden">{` (bước ${next.index}: ${next.title})`}</span>
          </button>
        </div>
      )}
    </div>
  );
}

// "Quay lại" and "Tiếp theo" at the foot of the step (a bar that stays at the bottom of the window). Going
// on is the core's decision: when the step is not complete it refuses with a message, which is shown above
// the step; beside the button a short line says how many things are still to do. After going back to an
// earlier step, "Về bước đang làm" returns to the furthest step the meeting reached, and a note above the
// step says so. Layer: renderer.
import type { MeetingView, StepStatus } from '../../../shared/meeting/types';
import { useStores } from '../../state/stores';

/** The furthest step reached when the step on screen is an earlier one; null when there is nothing to return to. */
export function resumeTarget(view: MeetingView): StepStatus | null {
  if (view.furthestIndex === undefined || view.furthestIndex <= view.currentIndex) return null;
  return view.steps.find((s) => s.key === view.furthestStep) ?? null;
}

export function ResumeNote({ view, current }: { view: MeetingView; current: StepStatus }) {
  const target = resumeTarget(view);
  if (!target || current.index >= target.index) return null;
  return (
    <p className="mtg-resume-note" role="status">
      Đang xem lại bước {current.index}. Hội nghị đã làm đến bước {target.index}: “{target.title}”. Xem hoặc sửa xong, bấm nút “Về bước đang làm” ở thanh nút phía dưới để làm tiếp.
    </p>
  );
}

export function WizardNav({ steps, step, furthest }: { steps: readonly StepStatus[]; step: StepStatus; furthest?: StepStatus | null }) {
  const { meeting } = useStores();
  const previous = steps[step.index - 2];
  const next = steps[step.index];
  const resume = furthest && furthest.index > step.index ? furthest : null;
  return (
    <div className="mtg-nav">
      {previous ? (
        <button type="button" className="btn btn-large" onClick={() => void meeting.getState().goTo(previous.key)}>
          ← Quay lại
        </button>
      ) : (
        <span />
      )}
      {resume && (
        <button type="button" className="btn btn-large mtg-resume" onClick={() => void meeting.getState().goTo(resume.key)}>
          Về bước đang làm (bước {resume.index})<span className="visually-hidden">{`: ${resume.title}`}</span>
        </button>
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

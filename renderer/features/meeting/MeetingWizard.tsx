// The meeting wizard: the meeting's title and save status, the step list on the side, the current step
// ("Bước n / N — tên bước", what to do, what is still missing) and "Quay lại" / "Tiếp theo". The step
// shown is the one the core stores, so reopening the app returns to it. Pending saves are flushed when
// the window is hidden or closed and when the wizard is left. A finalized meeting is read-only; right
// after "Hoàn tất" the page goes back to the top with the focus on the "Đã kết thúc" banner. After going
// back to an earlier step, "Về bước đang làm" returns to the furthest step reached. Layer: renderer.
import { useEffect, useRef } from 'react';
import { useMeeting, useStores } from '../../state/stores';
import { FinalizedBanner } from './FinalizedBanner';
import { SaveStatus } from './SaveStatus';
import { StepBody } from './StepBody';
import { StepHeader } from './StepHeader';
import { StepList } from './StepList';
import { resumeTarget, ResumeNote, WizardNav } from './WizardNav';

function useFlushOnLeave() {
  const { meeting } = useStores();
  useEffect(() => {
    const flush = () => void meeting.getState().flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      // Leaving the page (another menu item) must not drop what was typed in the last 400 ms.
      flush();
    };
  }, [meeting]);
}

export function MeetingWizard() {
  const { meeting } = useStores();
  const view = useMeeting((s) => s.view)!;
  const browseStep = useMeeting((s) => s.browseStep);
  const stepError = useMeeting((s) => s.stepError);
  const finalized = view.status === 'finalized';
  const stepKey = finalized ? (browseStep ?? 'finalize') : view.currentStep;
  const step = view.steps.find((s) => s.key === stepKey) ?? view.steps[0]!;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  const wasFinalized = useRef(finalized);
  useFlushOnLeave();

  useEffect(() => {
    // Just finalized (the dialog was at the foot of a long page): show the banner that says it is locked.
    if (finalized && !wasFinalized.current) {
      bannerRef.current?.closest('.page')?.scrollTo({ top: 0 });
      bannerRef.current?.focus();
    }
    wasFinalized.current = finalized;
  }, [finalized]);

  useEffect(() => {
    // A new step: the keyboard and screen readers start at its title.
    headingRef.current?.focus();
    headingRef.current?.closest('.page')?.scrollTo({ top: 0 });
  }, [stepKey]);

  return (
    <div className="mtg-wizard">
      <div className="mtg-top">
        <button type="button" className="btn btn-link mtg-back" onClick={() => void meeting.getState().close()}>
          ← Danh sách chi bộ
        </button>
        {!finalized && <SaveStatus />}
      </div>
      <h1 className="page-title mtg-title">
        Hội nghị kiểm điểm năm {view.reviewYear} — {view.orgUnit.name}
      </h1>
      {finalized && <FinalizedBanner view={view} bannerRef={bannerRef} />}
      {!finalized && <ResumeNote view={view} current={step} />}
      <div className="mtg-frame">
        <StepList steps={view.steps} current={step.key} finalized={finalized} furthestIndex={view.furthestIndex} />
        <section className="mtg-step" aria-labelledby="mtg-step-title">
          <StepHeader step={step} headingRef={headingRef} finalized={finalized} />
          {stepError && (
            <div role="alert" className="form-alert mtg-step-error">
              {stepError}
            </div>
          )}
          <fieldset className="mtg-step-body" disabled={finalized && step.kind !== 'finalize'}>
            <legend className="visually-hidden">{step.title}</legend>
            <StepBody step={step} />
          </fieldset>
          <WizardNav steps={view.steps} step={step} furthest={finalized ? null : resumeTarget(view)} />
        </section>
      </div>
    </div>
  );
}

// The title of the step ("Bước n / N — tên bước"), its one-line help, and — before the user tries to go
// on — what is still missing (problems, which block "Tiếp theo") and what deserves attention (warnings,
// which do not). Layer: renderer.
import type { RefObject } from 'react';
import type { StepStatus } from '../../../shared/meeting/types';
import { LEVEL_NAMES } from '../../../shared/rules/levels';
import { STEP_HELP } from './meeting-text';

export function StepHeader({ step, headingRef, finalized }: { step: StepStatus; headingRef: RefObject<HTMLHeadingElement | null>; finalized: boolean }) {
  return (
    <header className="mtg-step-head">
      <h2 id="mtg-step-title" ref={headingRef} tabIndex={-1}>
        Bước {step.index} / {step.total} — {step.title}
      </h2>
      <p className="mtg-help">{finalized ? 'Hội nghị đã kết thúc: chỉ xem lại được, không sửa.' : STEP_HELP[step.kind]}</p>
      {!finalized && <StepChecks step={step} />}
    </header>
  );
}

export function StepChecks({ step }: { step: StepStatus }) {
  if (step.kind === 'finalize') return null;
  return (
    <div className="mtg-checks">
      {step.problems.length > 0 ? (
        <div className="mtg-problems" role="region" aria-label="Còn thiếu trước khi sang bước sau">
          <p className="mtg-checks-title">Việc còn phải làm ở bước này ({step.problems.length}) — làm xong mới sang được bước sau:</p>
          <ul>
            {step.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="mtg-complete">
          {step.proposalPreset
            ? `✓ Bước này đã đủ. Bấm “Tiếp theo” để ghi mức đề xuất “${LEVEL_NAMES[step.proposalPreset]}” (mức tính được) và sang bước sau.`
            : '✓ Bước này đã đủ. Bấm “Tiếp theo” để sang bước sau.'}
        </p>
      )}
      {step.warnings.length > 0 && (
        <div className="mtg-warnings" role="region" aria-label="Lưu ý">
          <p className="mtg-checks-title">Lưu ý (không bắt buộc):</p>
          <ul>
            {step.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

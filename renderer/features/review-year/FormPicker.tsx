// Which form's criteria are shown: four large toggle buttons (Mẫu 01 tập thể; 02A; 02B; 02C); a form
// with unsaved edits says so. Layer: renderer.
import { CRITERIA_FORMS } from '../../../shared/review/index';
import type { ReviewFormCode } from '../../../shared/rules/index';
import { FORM_SHORT } from './review-labels';

interface Props {
  current: ReviewFormCode;
  unsaved: ReadonlySet<ReviewFormCode>;
  onChange(form: ReviewFormCode): void;
}

export function FormPicker({ current, unsaved, onChange }: Props) {
  return (
    <div className="form-picker" role="group" aria-label="Chọn biểu mẫu">
      {CRITERIA_FORMS.map((f) => (
        <button key={f} type="button" className="form-picker-item" aria-pressed={f === current} onClick={() => onChange(f)}>
          {FORM_SHORT[f]}
          {unsaved.has(f) && (
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

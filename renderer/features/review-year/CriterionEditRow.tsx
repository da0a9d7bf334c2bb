// One criterion in the editor: its text, help text and maximum points, and the buttons to move it up or
// down within its group or remove it. Labels carry the criterion's number ("Tiêu chí I.2 — …") so every
// input is named on its own. Move buttons stay focusable at the group's edge (aria-disabled), so the
// keyboard focus is never lost while reordering. Layer: renderer.
import { TextAreaField, TextField } from '../../ui/fields';
import type { CriterionDraft } from './criteria-draft-model';

export interface RowErrors {
  title?: string;
  help?: string;
  points?: string;
}

interface Props {
  criterion: CriterionDraft;
  /** "I.2" */
  number: string;
  first: boolean;
  last: boolean;
  errors: RowErrors;
  onChange(change: Partial<Pick<CriterionDraft, 'title' | 'help' | 'points'>>): void;
  onMove(step: -1 | 1): void;
  onRemove(): void;
}

export const criterionFieldId = (key: string, field: 'title' | 'help' | 'points') => `criterion-${key.replace(/[^A-Za-z0-9_-]/g, '_')}-${field}`;

export function CriterionEditRow({ criterion: c, number, first, last, errors, onChange, onMove, onRemove }: Props) {
  return (
    <li className="criterion-edit">
      <div className="criterion-edit-head">
        <span className="criterion-number">Tiêu chí {number}</span>
        <div className="criterion-edit-buttons">
          <button type="button" className="btn btn-small" aria-label={`Đưa tiêu chí ${number} lên`} aria-disabled={first} onClick={() => !first && onMove(-1)}>
            ↑ Lên
          </button>
          <button type="button" className="btn btn-small" aria-label={`Đưa tiêu chí ${number} xuống`} aria-disabled={last} onClick={() => !last && onMove(1)}>
            ↓ Xuống
          </button>
          <button type="button" className="btn btn-small btn-danger" aria-label={`Xóa tiêu chí ${number}`} onClick={onRemove}>
            Xóa
          </button>
        </div>
      </div>
      <div className="criterion-edit-fields">
        <TextAreaField
          id={criterionFieldId(c.key, 'title')}
          label={`Tiêu chí ${number} — nội dung`}
          required
          rows={2}
          value={c.title}
          onChange={(title) => onChange({ title })}
          error={errors.title}
        />
        <TextField
          id={criterionFieldId(c.key, 'points')}
          label={`Tiêu chí ${number} — điểm tối đa`}
          required
          className="criterion-points-field"
          value={c.points}
          onChange={(points) => onChange({ points })}
          error={errors.points}
          maxLength={6}
        />
        <TextAreaField
          id={criterionFieldId(c.key, 'help')}
          label={`Tiêu chí ${number} — hướng dẫn chấm (không bắt buộc)`}
          className="criterion-help-field"
          rows={3}
          value={c.help}
          onChange={(help) => onChange({ help })}
          error={errors.help}
        />
      </div>
    </li>
  );
}

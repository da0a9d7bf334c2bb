// "Nhập tiêu chí từ tệp": what the chosen file says it holds, a plain warning that it replaces the
// form's criteria, and the core's refusal (another form, wrong sums, not a KiemDiem file) shown in the
// dialog — nothing changes until the core accepts the file. Layer: renderer.
import { useState, type FormEvent } from 'react';
import type { StoredCriteriaTemplate } from '../../../shared/review/index';
import type { ReviewFormCode } from '../../../shared/rules/index';
import { useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { FormAlert } from '../../ui/FormAlert';
import { previewDocument } from './criteria-file';

interface Props {
  year: number;
  form: ReviewFormCode;
  fileName: string;
  document: unknown;
  onClose(): void;
  onImported(template: StoredCriteriaTemplate): void;
}

export function ImportDialog({ year, form, fileName, document, onClose, onImported }: Props) {
  const { review } = useStores();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const preview = previewDocument(document);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await review.getState().importTemplate(year, form, document);
    setBusy(false);
    if (!result.ok) {
      setRefusal(`Không nhập được tệp này; tiêu chí hiện có được giữ nguyên. ${result.error.message}`);
      return;
    }
    onImported(result.value);
  }

  return (
    <Dialog title={`Nhập tiêu chí Mẫu ${form} năm ${year} từ tệp`} onClose={onClose} wide>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormAlert message={refusal} />
        <dl className="facts">
          <dt>Tệp đã chọn</dt>
          <dd className="path">{fileName}</dd>
          <dt>Biểu mẫu ghi trong tệp</dt>
          <dd>{preview.form ? `Mẫu ${preview.form}` : 'không ghi'}</dd>
          <dt>Năm ghi trong tệp</dt>
          <dd>{preview.reviewYear ?? 'không ghi'}</dd>
          <dt>Tên mẫu tiêu chí</dt>
          <dd>{preview.title ?? 'không ghi'}</dd>
          <dt>Số tiêu chí</dt>
          <dd>{preview.criteriaCount ?? 'không rõ'}</dd>
        </dl>
        <p className="notice-inline">
          Tiêu chí hiện có của Mẫu {form} năm {year} sẽ được thay bằng tiêu chí trong tệp. Phần mềm kiểm tra tệp trước: tệp của biểu mẫu khác hoặc có
          tổng điểm không đúng 30 và 70 sẽ không được nhập.
        </p>
        <div className="form-actions">
          {/* aria-disabled, not disabled: a disabled button drops the keyboard focus (Escape, Tab lost). */}
          <button type="submit" className="btn btn-primary" aria-disabled={busy}>
            {busy ? 'Đang nhập…' : 'Nhập tiêu chí'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {refusal ? 'Đóng' : 'Hủy'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

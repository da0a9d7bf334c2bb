// "Giải thể" an org unit: date and reason. The core refuses while members or open cells remain;
// its message is shown here. Layer: renderer.
import { useState, type FormEvent } from 'react';
import { orgCloseSchema, type OrgUnit } from '../../../shared/domain/org-unit';
import { todayIso } from '../../../shared/text/dates';
import { useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField, TextField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import { coreFormErrors, focusField, zodFieldErrors, type FieldErrors } from '../../ui/form-errors';

export function CloseUnitDialog({ unit, onClose, onDone }: { unit: OrgUnit; onClose(): void; onDone(): void }) {
  const { org } = useStores();
  const today = todayIso();
  const [closedOn, setClosedOn] = useState(today);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const parsed = orgCloseSchema.safeParse({ id: unit.id, closedOn, reason });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, { closedOn: 'Ngày giải thể', reason: 'Lý do' }));
      focusField('org-close-closedOn');
      return;
    }
    if (parsed.data.closedOn > today) {
      setErrors({ closedOn: 'Ngày giải thể không được ở tương lai.' });
      focusField('org-close-closedOn');
      return;
    }
    setBusy(true);
    const result = await org.getState().close(parsed.data);
    setBusy(false);
    if (!result.ok) {
      const mapped = coreFormErrors(result.error, ['closedOn', 'reason']);
      setErrors(mapped.fields);
      setGeneral(mapped.general);
      return;
    }
    onDone();
  }

  return (
    <Dialog title={`Giải thể: ${unit.name}`} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormAlert message={general} />
        <p>Tổ chức đảng đã giải thể vẫn được giữ lại để tra cứu lịch sử, nhưng không thể thêm đảng viên vào.</p>
        <TextField id="org-close-closedOn" label="Ngày giải thể" type="date" required value={closedOn} onChange={setClosedOn} error={errors.closedOn} max={today} autoFocus />
        <TextAreaField id="org-close-reason" label="Lý do (số, ngày quyết định)" value={reason} onChange={setReason} error={errors.reason} />
        <div className="form-actions">
          <button type="submit" className="btn btn-danger" disabled={busy}>
            {busy ? 'Đang lưu…' : 'Giải thể'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}

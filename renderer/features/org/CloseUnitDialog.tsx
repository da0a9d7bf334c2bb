// "Giải thể" an org unit: date and reason. The core refuses while members or open cells remain;
// its message is shown here. Layer: renderer.
import { useState, type FormEvent } from 'react';
import { orgCloseSchema, type OrgUnit } from '../../../shared/domain/org-unit';
import { todayIso } from '../../../shared/text/dates';
import { useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField, TextField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import type { FieldErrors } from '../../ui/form-errors';
import { useDialogForm } from '../../ui/use-dialog-form';

export function CloseUnitDialog({ unit, onClose, onDone }: { unit: OrgUnit; onClose(): void; onDone(): void }) {
  const { org } = useStores();
  const today = todayIso();
  const [closedOn, setClosedOn] = useState(today);
  const [reason, setReason] = useState('');
  const form = useDialogForm({
    idPrefix: 'org-close',
    fields: ['closedOn', 'reason'],
    labels: { closedOn: 'Ngày giải thể', reason: 'Lý do' },
    schema: orgCloseSchema,
    extraCheck: (data): FieldErrors => (data.closedOn > today ? { closedOn: 'Ngày giải thể không được ở tương lai.' } : {}),
    send: (data) => org.getState().close(data),
    onDone: () => onDone(),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.submit({ id: unit.id, closedOn, reason });
  }

  return (
    <Dialog title={`Giải thể: ${unit.name}`} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormAlert message={form.general} />
        <p>Tổ chức đảng đã giải thể vẫn được giữ lại để tra cứu lịch sử, nhưng không thể thêm đảng viên vào.</p>
        <TextField id="org-close-closedOn" label="Ngày giải thể" type="date" required value={closedOn} onChange={setClosedOn} error={form.errors.closedOn} max={today} autoFocus />
        <TextAreaField id="org-close-reason" label="Lý do (số, ngày quyết định)" value={reason} onChange={setReason} error={form.errors.reason} />
        <div className="form-actions">
          <button type="submit" className="btn btn-danger" disabled={form.busy}>
            {form.busy ? 'Đang lưu…' : 'Giải thể'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}

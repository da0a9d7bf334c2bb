// "Chuyển sinh hoạt" to another open cell of the commune, with the date and reason; the transfer
// is kept in the member's history. Layer: renderer.
import { useState, type FormEvent } from 'react';
import { transferSchema, type Member } from '../../../shared/domain/member';
import type { OrgUnit } from '../../../shared/domain/org-unit';
import { todayIso } from '../../../shared/text/dates';
import { useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import type { FieldErrors } from '../../ui/form-errors';
import { memberUnitOptions, shortUnitPath } from '../org/org-tree-model';
import { useDialogForm } from '../../ui/use-dialog-form';

export function TransferDialog({ member, units, onClose }: { member: Member; units: readonly OrgUnit[]; onClose(): void }) {
  const { members, notices } = useStores();
  const today = todayIso();
  const options = memberUnitOptions(units, member.orgUnitId);
  const [toOrgUnitId, setTo] = useState('');
  const [onDate, setOnDate] = useState(today);
  const [reason, setReason] = useState('');
  const form = useDialogForm({
    idPrefix: 'transfer',
    fields: ['toOrgUnitId', 'onDate', 'reason'],
    labels: { toOrgUnitId: 'Chuyển đến chi bộ', onDate: 'Ngày chuyển', reason: 'Lý do' },
    schema: transferSchema,
    extraCheck(d): FieldErrors {
      return d.onDate > today ? { onDate: 'Ngày chuyển không được ở tương lai.' } : {};
    },
    send: (d) => members.getState().transfer(d),
    onDone() {
      notices.getState().push('success', `Đã chuyển sinh hoạt ${member.fullName}.`);
      onClose();
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.submit({ id: member.id, toOrgUnitId, onDate, reason });
  }

  return (
    <Dialog title={`Chuyển sinh hoạt: ${member.fullName}`} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormAlert message={form.general} />
        <p>
          Đang sinh hoạt tại: <strong>{shortUnitPath(new Map(units.map((u) => [u.id, u])), member.orgUnitId)}</strong>
        </p>
        {options.length === 0 ? (
          <p className="notice-inline">Không có chi bộ nào khác đang hoạt động để chuyển đến.</p>
        ) : (
          <SelectField id="transfer-toOrgUnitId" label="Chuyển đến chi bộ" required value={toOrgUnitId} onChange={setTo} error={form.fieldError('toOrgUnitId')} placeholder="— Chọn chi bộ —" options={options} autoFocus />
        )}
        <TextField id="transfer-onDate" label="Ngày chuyển" type="date" required value={onDate} onChange={setOnDate} error={form.fieldError('onDate')} max={today} />
        <TextAreaField id="transfer-reason" label="Lý do" value={reason} onChange={setReason} error={form.fieldError('reason')} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={form.busy || options.length === 0}>
            {form.busy ? 'Đang lưu…' : 'Chuyển sinh hoạt'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}

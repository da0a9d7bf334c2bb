// "Đổi trạng thái": the new status, from which date, the place (for temporary attendance) and the
// reason. The previous period is closed in the history by the core. Layer: renderer.
import { useState, type FormEvent } from 'react';
import { memberStatuses, type MemberStatus } from '../../../shared/domain/enums';
import { statusChangeSchema, type Member } from '../../../shared/domain/member';
import { todayIso } from '../../../shared/text/dates';
import { useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import type { FieldErrors } from '../../ui/form-errors';
import { useDialogForm } from '../../ui/use-dialog-form';

const NEEDS_REASON: readonly MemberStatus[] = ['exempt', 'suspended', 'left'];

export function StatusChangeDialog({ member, onClose }: { member: Member; onClose(): void }) {
  const { members, notices } = useStores();
  const today = todayIso();
  // Back to probationary is not a status change (the core refuses it): it is a correction of the record.
  const choices = memberStatuses.codes.filter((c) => c !== member.status && c !== 'probationary');
  const [status, setStatus] = useState<string>('');
  const [fromDate, setFromDate] = useState(today);
  const [place, setPlace] = useState('');
  const [reason, setReason] = useState('');
  const form = useDialogForm({
    idPrefix: 'status',
    fields: ['status', 'fromDate', 'place', 'reason'],
    labels: { status: 'Trạng thái mới', fromDate: 'Từ ngày', place: 'Nơi sinh hoạt tạm thời', reason: 'Lý do' },
    schema: statusChangeSchema,
    extraCheck(d) {
      const e: FieldErrors = {};
      if (d.fromDate > today) e.fromDate = 'Ngày bắt đầu không được ở tương lai.';
      if (d.status === 'temporary' && !d.place) e.place = 'Hãy ghi nơi sinh hoạt tạm thời.';
      if (NEEDS_REASON.includes(d.status) && !d.reason) e.reason = 'Hãy ghi lý do (số, ngày quyết định).';
      return e;
    },
    send: (d) => members.getState().changeStatus(d),
    onDone() {
      notices.getState().push('success', `Đã đổi trạng thái của ${member.fullName}.`);
      onClose();
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.submit({ id: member.id, status, fromDate, place: status === 'temporary' ? place : '', reason });
  }

  return (
    <Dialog title={`Đổi trạng thái: ${member.fullName}`} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormAlert message={form.general} />
        <p>
          Trạng thái hiện nay: <strong>{memberStatuses.labels[member.status]}</strong>
        </p>
        <SelectField
          id="status-status"
          label="Trạng thái mới"
          required
          value={status}
          onChange={setStatus}
          error={form.fieldError('status')}
          placeholder="— Chọn trạng thái —"
          options={choices.map((c) => ({ value: c, label: memberStatuses.labels[c] }))}
          autoFocus
        />
        <TextField id="status-fromDate" label="Từ ngày" type="date" required value={fromDate} onChange={setFromDate} error={form.fieldError('fromDate')} max={today} />
        {status === 'temporary' && <TextField id="status-place" label="Nơi sinh hoạt tạm thời" required value={place} onChange={setPlace} error={form.fieldError('place')} />}
        <TextAreaField
          id="status-reason"
          label="Lý do (số, ngày quyết định)"
          required={NEEDS_REASON.includes(status as MemberStatus)}
          value={reason}
          onChange={setReason}
          error={form.fieldError('reason')}
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={form.busy}>
            {form.busy ? 'Đang lưu…' : 'Đổi trạng thái'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}

// "Thêm kỷ luật": form of discipline, date of the decision, deciding body, reason. Layer: renderer.
import { useState, type FormEvent } from 'react';
import { disciplineKinds } from '../../../shared/domain/enums';
import { disciplineInputSchema, type Member } from '../../../shared/domain/member';
import { todayIso } from '../../../shared/text/dates';
import { useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { CheckField, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import type { FieldErrors } from '../../ui/form-errors';
import { useDialogForm } from '../../ui/use-dialog-form';

export function DisciplineDialog({ member, onClose }: { member: Member; onClose(): void }) {
  const { members, notices } = useStores();
  const today = todayIso();
  const [kind, setKind] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [body, setBody] = useState('');
  const [reason, setReason] = useState('');
  const [dutyRelated, setDutyRelated] = useState(false);
  const form = useDialogForm({
    idPrefix: 'discipline',
    fields: ['kind', 'decidedOn', 'body', 'reason'],
    labels: { kind: 'Hình thức kỷ luật', decidedOn: 'Ngày quyết định', body: 'Cấp quyết định', reason: 'Lý do' },
    schema: disciplineInputSchema,
    extraCheck(d): FieldErrors {
      return d.decidedOn > today ? { decidedOn: 'Ngày quyết định không được ở tương lai.' } : {};
    },
    send: (d) => members.getState().addDiscipline(d),
    onDone() {
      notices.getState().push('success', `Đã ghi kỷ luật của ${member.fullName}.`);
      onClose();
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.submit({ memberId: member.id, kind, decidedOn, body, reason, dutyRelated });
  }

  return (
    <Dialog title={`Thêm kỷ luật: ${member.fullName}`} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormAlert message={form.general} />
        <SelectField id="discipline-kind" label="Hình thức kỷ luật" required value={kind} onChange={setKind} error={form.fieldError('kind')} placeholder="— Chọn hình thức —" options={disciplineKinds.codes.map((c) => ({ value: c, label: disciplineKinds.labels[c] }))} autoFocus />
        <TextField id="discipline-decidedOn" label="Ngày quyết định" type="date" required value={decidedOn} onChange={setDecidedOn} error={form.fieldError('decidedOn')} max={today} />
        <TextField id="discipline-body" label="Cấp quyết định" required value={body} onChange={setBody} error={form.fieldError('body')} placeholder="Ví dụ: Ủy ban Kiểm tra Đảng ủy xã" />
        <TextAreaField id="discipline-reason" label="Lý do" required value={reason} onChange={setReason} error={form.fieldError('reason')} />
        <CheckField id="discipline-dutyRelated" label="Liên quan đến thực thi nhiệm vụ được giao" checked={dutyRelated} onChange={setDutyRelated} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={form.busy}>
            {form.busy ? 'Đang lưu…' : 'Lưu kỷ luật'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}

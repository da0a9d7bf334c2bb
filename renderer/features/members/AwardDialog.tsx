// "Thêm khen thưởng": title, date of the decision, awarding body, note. Layer: renderer.
import { useState, type FormEvent } from 'react';
import { awardInputSchema, type Member } from '../../../shared/domain/member';
import { todayIso } from '../../../shared/text/dates';
import { useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField, TextField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import type { FieldErrors } from '../../ui/form-errors';
import { useDialogForm } from '../../ui/use-dialog-form';

export function AwardDialog({ member, onClose }: { member: Member; onClose(): void }) {
  const { members, notices } = useStores();
  const today = todayIso();
  const [title, setTitle] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [body, setBody] = useState('');
  const [note, setNote] = useState('');
  const form = useDialogForm({
    idPrefix: 'award',
    fields: ['title', 'decidedOn', 'body', 'note'],
    labels: { title: 'Hình thức khen thưởng', decidedOn: 'Ngày quyết định', body: 'Cấp khen thưởng', note: 'Ghi chú' },
    schema: awardInputSchema,
    extraCheck(d): FieldErrors {
      return d.decidedOn > today ? { decidedOn: 'Ngày quyết định không được ở tương lai.' } : {};
    },
    send: (d) => members.getState().addAward(d),
    onDone() {
      notices.getState().push('success', `Đã ghi khen thưởng của ${member.fullName}.`);
      onClose();
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.submit({ memberId: member.id, title, decidedOn, body, note });
  }

  return (
    <Dialog title={`Thêm khen thưởng: ${member.fullName}`} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormAlert message={form.general} />
        <TextField id="award-title" label="Hình thức khen thưởng" required value={title} onChange={setTitle} error={form.fieldError('title')} placeholder="Ví dụ: Giấy khen" autoFocus />
        <TextField id="award-decidedOn" label="Ngày quyết định" type="date" required value={decidedOn} onChange={setDecidedOn} error={form.fieldError('decidedOn')} max={today} />
        <TextField id="award-body" label="Cấp khen thưởng" required value={body} onChange={setBody} error={form.fieldError('body')} placeholder="Ví dụ: Ban Thường vụ Đảng ủy xã" />
        <TextAreaField id="award-note" label="Ghi chú" value={note} onChange={setNote} error={form.fieldError('note')} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={form.busy}>
            {form.busy ? 'Đang lưu…' : 'Lưu khen thưởng'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}

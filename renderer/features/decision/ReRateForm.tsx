// The re-rating form (Mẫu 03): the recognized member or chi bộ, the new level, the reason, the
// decision number and date. The core checks everything (a reason and a number are required, the level
// must change, the date not before the recognition) and its refusal is shown next to the field. The
// number is prefilled with the Đảng ủy's next QĐ number in the Sổ văn bản (DecisionNumber) and issued
// there with the re-rating; a lower unused number asks for a confirmation first. Layer: renderer.
import { useState, type FormEvent } from 'react';
import type { DecisionSubject } from '../../../shared/meeting/decision';
import { LEVEL_NAMES, type LevelCode } from '../../../shared/rules/levels';
import { useStores } from '../../state/stores';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import { coreFormErrors, firstErrorField, focusField, type FieldErrors } from '../../ui/form-errors';
import { levelOptions, subjectTitle } from './decision-model';
import { DecisionNumberField, GapDialog, useDecisionNumber } from './DecisionNumber';

const FIELDS = ['subject', 'newLevel', 'reason', 'decisionNo', 'decidedOn'] as const;

interface Props {
  subjects: readonly DecisionSubject[];
  selected: string;
  onSelect(key: string): void;
}

export function ReRateForm({ subjects, selected, onSelect }: Props) {
  const { decision, notices } = useStores();
  const [newLevel, setNewLevel] = useState('');
  const [reason, setReason] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const number = useDecisionNumber(decidedOn);
  const [confirmGap, setConfirmGap] = useState<number | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const subject = subjects.find((s) => s.key === selected) ?? null;

  function show(fields: FieldErrors, message: string | null) {
    setErrors(fields);
    setGeneral(message);
    const first = firstErrorField(FIELDS, fields);
    if (first) focusField(`rerate-${first}`);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!subject) return show({ subject: 'Hãy chọn đảng viên hoặc chi bộ cần xếp loại lại.' }, null);
    if (newLevel === '') return show({ newLevel: 'Hãy chọn mức xếp loại lại.' }, null);
    await save(subject, false);
  }

  async function save(subject: DecisionSubject, fillGap: boolean) {
    if (busy) return;
    setBusy(true);
    const result = await decision.getState().reRate({
      ...(subject.memberId ? { memberId: subject.memberId } : { orgUnitId: subject.orgUnitId }),
      newLevel: newLevel as LevelCode,
      reason: reason.trim(),
      decisionNo: number.text.trim(),
      decidedOn,
      ...(fillGap ? { fillGap: true } : {}),
    });
    setBusy(false);
    if (!result.ok && result.error.code === 'number-not-increasing' && !fillGap && number.typed !== null) {
      setConfirmGap(number.typed);
      return;
    }
    if (!result.ok) {
      // The core names the subject by memberId / orgUnitId; on this form that is the "subject" list.
      const mapped = coreFormErrors(result.error, [...FIELDS, 'memberId', 'orgUnitId']);
      const fields = { ...mapped.fields };
      const who = fields.memberId ?? fields.orgUnitId;
      if (who && !fields.subject) fields.subject = who;
      delete fields.memberId;
      delete fields.orgUnitId;
      return show(fields, mapped.general);
    }
    notices.getState().push('success', `Đã xếp loại lại ${subjectTitle(subject)}: “${LEVEL_NAMES[result.value.newLevel]}” (Quyết định số ${result.value.decisionNo}).`);
    setNewLevel('');
    setReason('');
    number.reset();
    setDecidedOn('');
    show({}, null);
  }

  const options = subjects.map((s) => ({
    value: s.key,
    label: `${s.kind === 'member' ? s.name : `Chi bộ: ${s.name}`} — ${s.unitName} (hiện: ${s.finalLevel ? LEVEL_NAMES[s.finalLevel] : 'chưa có'})`,
  }));

  return (
    <form onSubmit={onSubmit} noValidate className="form rerate-form" aria-label="Xếp loại lại">
      <FormAlert message={general} />
      <SelectField id="rerate-subject" label="Đảng viên hoặc chi bộ" required value={selected} onChange={onSelect} placeholder="— Chọn —" options={options} error={errors.subject} />
      <SelectField
        id="rerate-newLevel"
        label="Mức xếp loại lại"
        required
        value={newLevel}
        onChange={setNewLevel}
        placeholder="— Chọn —"
        options={levelOptions.map((o) => ({ ...o, disabled: o.value === subject?.finalLevel }))}
        error={errors.newLevel}
        hint={subject?.finalLevel ? `Mức hiện tại: ${LEVEL_NAMES[subject.finalLevel]}.` : undefined}
      />
      <TextAreaField id="rerate-reason" label="Lý do xếp loại lại" required value={reason} onChange={setReason} error={errors.reason} />
      <div className="form-row">
        <DecisionNumberField id="rerate-decisionNo" state={number} error={errors.decisionNo} />
        <TextField id="rerate-decidedOn" label="Ngày quyết định" type="date" required value={decidedOn} onChange={setDecidedOn} error={errors.decidedOn} />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Đang lưu…' : 'Lưu quyết định xếp loại lại'}
        </button>
      </div>
      {confirmGap !== null && subject && (
        <GapDialog
          number={confirmGap}
          next={number.status.kind === 'next' ? number.status.next.number : null}
          busy={busy}
          onConfirm={() => {
            setConfirmGap(null);
            void save(subject, true);
          }}
          onCancel={() => {
            setConfirmGap(null);
            focusField('rerate-decisionNo');
          }}
        />
      )}
    </form>
  );
}

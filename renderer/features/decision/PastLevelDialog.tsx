// "Nhập kết quả năm trước": a level decided on paper before the app ("nhập từ hồ sơ giấy"), under
// QĐ 366 (2025 on, a year before the one done in the app), QĐ 124 (2023–2024) or QĐ 132 (2018–2022), with
// the discipline rule of QĐ 124 and a note. The core checks the year against the regulation, that the
// app does not hold the year itself, and whether the member was classified that year; refusals are shown
// by the field. The stored level may differ from the one entered (QĐ 124: discipline means KHTNV), and the
// user is told so. Layer: renderer.
import { useState, type FormEvent } from 'react';
import { LEVEL_NAMES, type LevelCode } from '../../../shared/rules/levels';
import { useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { CheckField, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import { coreFormErrors, firstErrorField, focusField, type FieldErrors } from '../../ui/form-errors';
import { levelOptions, PAST_RULE_SETS, pastRuleSetHasDiscipline, ruleSetForYear, type PastRuleSet } from './decision-model';

const FIELDS = ['year', 'ruleSet', 'level', 'discipline', 'overrideReason', 'note'] as const;

export function PastLevelDialog({ memberId, fullName, onClose }: { memberId: string; fullName: string; onClose(): void }) {
  const { decision, notices } = useStores();
  const [year, setYear] = useState('');
  const [ruleSet, setRuleSet] = useState('');
  const [level, setLevel] = useState('');
  const [discipline, setDiscipline] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A QĐ 366 level on paper already counts any discipline; only QĐ 124/132 entries ask about it.
  const withDiscipline = ruleSet === '' || pastRuleSetHasDiscipline(ruleSet);

  function changeYear(value: string) {
    setYear(value);
    // The regulation follows from the year; pre-select it (the user may still change it).
    const fitting = /^\d{4}$/.test(value.trim()) ? ruleSetForYear(Number(value.trim())) : null;
    if (fitting) setRuleSet(fitting);
  }

  function show(fields: FieldErrors, message: string | null) {
    setErrors(fields);
    setGeneral(message);
    const first = firstErrorField(FIELDS, fields);
    if (first) focusField(`past-${first}`);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const local: FieldErrors = {};
    if (!/^\d{4}$/.test(year.trim())) local.year = 'Hãy nhập năm bằng 4 chữ số, ví dụ 2023.';
    if (ruleSet === '') local.ruleSet = 'Hãy chọn quy định áp dụng năm đó.';
    if (level === '') local.level = 'Hãy chọn mức xếp loại.';
    if (Object.keys(local).length) return show(local, null);
    setBusy(true);
    const result = await decision.getState().recordPastLevel({
      memberId,
      year: Number(year.trim()),
      level: level as LevelCode,
      ruleSet: ruleSet as PastRuleSet,
      discipline: withDiscipline && discipline,
      ...(withDiscipline && discipline && overrideReason.trim() ? { overrideReason: overrideReason.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      const mapped = coreFormErrors(result.error, FIELDS);
      return show(mapped.fields, mapped.general);
    }
    const stored = result.value.entries.find((e) => e.year === Number(year.trim()));
    const changed = stored && stored.level !== level ? ` Theo quy định, mức được ghi là “${LEVEL_NAMES[stored.level]}”.` : '';
    notices.getState().push('success', `Đã ghi kết quả năm ${year.trim()} của ${fullName}.${changed}`);
    onClose();
  }

  return (
    <Dialog title={`Nhập kết quả năm trước: ${fullName}`} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormAlert message={general} />
        <p className="part-lead">
          Nhập từ hồ sơ giấy các năm trước khi dùng phần mềm (từ 2018), theo quyết định đã có. Năm đã kiểm điểm hoặc đang kiểm điểm trong phần mềm không nhập ở
          đây.
        </p>
        <TextField id="past-year" label="Năm" required value={year} onChange={changeYear} inputMode="numeric" maxLength={4} placeholder="Ví dụ: 2025" error={errors.year} autoFocus />
        <SelectField id="past-ruleSet" label="Quy định áp dụng" required value={ruleSet} onChange={setRuleSet} placeholder="— Chọn —" options={PAST_RULE_SETS.map((r) => ({ value: r.value, label: r.label }))} error={errors.ruleSet} />
        <SelectField id="past-level" label="Mức xếp loại" required value={level} onChange={setLevel} placeholder="— Chọn —" options={levelOptions} error={errors.level} />
        {withDiscipline && (
          <CheckField
            id="past-discipline"
            label="Bị kỷ luật trong năm"
            checked={discipline}
            onChange={setDiscipline}
            hint="Theo QĐ 124, đảng viên bị kỷ luật trong năm xếp loại “Không hoàn thành nhiệm vụ”, trừ khi cấp có thẩm quyền xem xét (tự phát hiện, tự khắc phục)."
          />
        )}
        {!withDiscipline && <p className="muted">Theo QĐ 366, nhập đúng mức Đảng ủy đã quyết định trên giấy (không chấm điểm lại).</p>}
        {withDiscipline && discipline && (
          <TextAreaField id="past-overrideReason" label="Lý do cấp có thẩm quyền xem xét (nếu có)" value={overrideReason} onChange={setOverrideReason} error={errors.overrideReason} />
        )}
        <TextAreaField id="past-note" label="Ghi chú" value={note} onChange={setNote} error={errors.note} hint="Ví dụ: số quyết định, nơi lưu hồ sơ gốc." />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Đang lưu…' : 'Lưu kết quả'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}

// "Cài đặt đợt kiểm điểm": the settings of one year as a form. Edits live in the review store as a
// draft (switching section or year loses nothing); "Lưu cài đặt" sends the whole form to year.update and
// a refusal is shown next to the field the core names, with every value kept. Layer: renderer.
import { useState, type FormEvent } from 'react';
import type { ReviewYear } from '../../../shared/review/index';
import { useReview, useStores } from '../../state/stores';
import { FormAlert } from '../../ui/FormAlert';
import { focusField } from '../../ui/form-errors';
import { DatesFieldset, GuideFieldset, QuotaFieldset, RuleSetFieldset, VoteFieldset, type SectionProps } from './SettingsFieldsets';
import {
  checkSettingsValues,
  firstSettingsError,
  sameValues,
  settingsFieldId,
  settingsRefusal,
  settingsToValues,
  valuesToPatch,
  type SettingsErrors,
  type SettingsField,
} from './settings-form-model';

export function YearSettingsForm({ year }: { year: ReviewYear }) {
  const { review, notices } = useStores();
  const draft = useReview((s) => s.settingsDrafts[year.year]);
  const saved = settingsToValues(year.settings);
  const values = draft ?? saved;
  const dirty = draft !== undefined && !sameValues(draft, saved);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function set(field: SettingsField, value: string) {
    review.getState().setSettingsDraft(year.year, { ...values, [field]: value });
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  }

  function show(fieldErrors: SettingsErrors, message: string | null) {
    setErrors(fieldErrors);
    setGeneral(message);
    const first = firstSettingsError(fieldErrors);
    if (first) focusField(settingsFieldId(first));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const local = checkSettingsValues(values);
    if (firstSettingsError(local)) return show(local, null);
    setBusy(true);
    const result = await review.getState().updateSettings(year.year, valuesToPatch(values));
    setBusy(false);
    if (!result.ok) {
      const refusal = settingsRefusal(result.error);
      return show(refusal.fields, refusal.general);
    }
    show({}, null);
    notices.getState().push('success', `Đã lưu cài đặt đợt kiểm điểm năm ${year.year}.`);
  }

  function discard() {
    review.getState().setSettingsDraft(year.year, null);
    show({}, null);
  }

  const props: SectionProps = { year: year.year, values, errors, set };
  return (
    <form onSubmit={onSubmit} noValidate className="form year-settings" aria-label={`Cài đặt đợt kiểm điểm năm ${year.year}`}>
      <FormAlert message={general} />
      <RuleSetFieldset {...props} />
      <DatesFieldset {...props} />
      <QuotaFieldset {...props} />
      <VoteFieldset {...props} />
      <GuideFieldset {...props} />
      <div className="form-actions form-actions-sticky">
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus (Escape, Tab lost). */}
        <button type="submit" className="btn btn-primary" aria-disabled={busy}>
          {busy ? 'Đang lưu…' : 'Lưu cài đặt'}
        </button>
        {dirty && (
          <>
            <button type="button" className="btn btn-secondary" onClick={discard}>
              Bỏ thay đổi
            </button>
            <span className="unsaved-note" role="status">
              Có thay đổi chưa lưu
            </span>
          </>
        )}
      </div>
    </form>
  );
}

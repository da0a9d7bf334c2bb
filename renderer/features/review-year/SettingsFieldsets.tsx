// The groups of the year's settings form — bộ quy định, ngày kiểm điểm, kế hoạch của Đảng ủy xã, tỷ lệ
// tối đa "Hoàn thành xuất sắc", biểu quyết, văn bản hướng dẫn — each choice explained in one plain
// sentence. Presentational: values and errors come from YearSettingsForm. Layer: renderer.
import { QUOTA_DENOMINATORS, VOTE_DENOMINATORS, VOTE_METHODS } from '../../../shared/rules/index';
import { QUOTA_SCOPES } from '../../../shared/review/index';
import { TextField } from '../../ui/fields';
import { RadioGroup } from './RadioGroup';
import {
  quotaDenominatorTexts,
  quotaRateTexts,
  quotaScopeTexts,
  ruleSetOptions,
  voteDenominatorTexts,
  voteMethodTexts,
  type OptionText,
} from './review-labels';
import { settingsFieldId, type SettingsErrors, type SettingsField, type SettingsFormValues } from './settings-form-model';

export interface SectionProps {
  year: number;
  values: SettingsFormValues;
  errors: SettingsErrors;
  set(field: SettingsField, value: string): void;
}

const choicesOf = <K extends string>(keys: readonly K[], texts: Record<K, OptionText>) => keys.map((k) => ({ value: k, label: texts[k].label, explain: texts[k].explain }));

function DateField({ field, label, hint, required, className, values, errors, set }: Omit<SectionProps, 'year'> & { field: SettingsField; label: string; hint?: string; required?: boolean; className?: string }) {
  return (
    <TextField
      id={settingsFieldId(field)}
      type="date"
      label={label}
      hint={hint}
      required={required}
      className={className}
      value={values[field]}
      onChange={(v) => set(field, v)}
      error={errors[field]}
    />
  );
}

export function RuleSetFieldset({ year, values, errors, set }: SectionProps) {
  return (
    <RadioGroup
      id={settingsFieldId('ruleSet')}
      legend="Bộ quy định áp dụng"
      hint="Quy định và hướng dẫn của Trung ương dùng cho đợt kiểm điểm này."
      value={values.ruleSet}
      onChange={(v) => set('ruleSet', v)}
      error={errors.ruleSet}
      choices={ruleSetOptions(year)}
      topLevel
    />
  );
}

export function DatesFieldset(props: SectionProps) {
  return (
    <fieldset>
      <legend>Ngày kiểm điểm và kế hoạch của Đảng ủy xã</legend>
      <div className="form-grid">
        <DateField
          {...props}
          field="reviewDate"
          label="Ngày kiểm điểm (ngày chi bộ họp)"
          className="span-2"
          required
          hint="Dùng để xét ai được kiểm điểm, ví dụ đảng viên phải được kết nạp đủ 6 tháng tính đến ngày này. Thường là 01/12."
        />
      </div>
      <p className="form-legend-note">Các mốc theo kế hoạch của Đảng ủy xã (để trống nếu chưa có kế hoạch):</p>
      <div className="form-grid">
        <DateField {...props} field="deadlines.meetingsFrom" label="Chi bộ họp kiểm điểm từ ngày" />
        <DateField {...props} field="deadlines.meetingsTo" label="Chi bộ họp kiểm điểm đến ngày" />
        <DateField {...props} field="deadlines.decisionOn" label="Ngày Đảng ủy xã quyết định xếp loại" />
        <DateField {...props} field="deadlines.reportOn" label="Ngày báo cáo cấp trên" />
      </div>
    </fieldset>
  );
}

export function QuotaFieldset({ year, values, errors, set }: SectionProps) {
  const outstanding = values['quota.ratePercent'] === '25';
  return (
    <fieldset>
      <legend>Tỷ lệ tối đa mức “Hoàn thành xuất sắc nhiệm vụ”</legend>
      <RadioGroup
        id={settingsFieldId('quota.ratePercent')}
        legend="Tỷ lệ"
        value={values['quota.ratePercent']}
        onChange={(v) => set('quota.ratePercent', v)}
        error={errors['quota.ratePercent']}
        choices={choicesOf(['20', '25'] as const, quotaRateTexts)}
      />
      <TextField
        id={settingsFieldId('quota.decisionRef')}
        label="Quyết định công nhận đơn vị có kết quả nổi bật (số, ngày, cơ quan)"
        required={outstanding}
        hint={outstanding ? `Bắt buộc khi chọn 25%. Ví dụ: Quyết định số 15-QĐ/ĐU ngày 20/11/${year} của Ban Thường vụ Đảng ủy xã.` : 'Chỉ cần khi chọn 25%.'}
        value={values['quota.decisionRef']}
        onChange={(v) => set('quota.decisionRef', v)}
        error={errors['quota.decisionRef']}
        maxLength={300}
      />
      <RadioGroup
        id={settingsFieldId('quota.denominator')}
        legend="Mẫu số (tỷ lệ tính trên số người nào)"
        value={values['quota.denominator']}
        onChange={(v) => set('quota.denominator', v)}
        error={errors['quota.denominator']}
        choices={choicesOf(QUOTA_DENOMINATORS, quotaDenominatorTexts)}
      />
      <RadioGroup
        id={settingsFieldId('quota.scope')}
        legend="Phạm vi so sánh"
        value={values['quota.scope']}
        onChange={(v) => set('quota.scope', v)}
        error={errors['quota.scope']}
        choices={choicesOf(QUOTA_SCOPES, quotaScopeTexts)}
      />
    </fieldset>
  );
}

export function VoteFieldset({ values, errors, set }: SectionProps) {
  return (
    <fieldset>
      <legend>Biểu quyết xếp loại ở chi bộ</legend>
      <RadioGroup
        id={settingsFieldId('vote.method')}
        legend="Cách tính kết quả biểu quyết"
        value={values['vote.method']}
        onChange={(v) => set('vote.method', v)}
        error={errors['vote.method']}
        choices={choicesOf(VOTE_METHODS, voteMethodTexts)}
      />
      <RadioGroup
        id={settingsFieldId('vote.denominator')}
        legend="Mẫu số biểu quyết (“quá nửa” của số nào)"
        value={values['vote.denominator']}
        onChange={(v) => set('vote.denominator', v)}
        error={errors['vote.denominator']}
        choices={choicesOf(VOTE_DENOMINATORS, voteDenominatorTexts)}
      />
    </fieldset>
  );
}

export function GuideFieldset({ values, errors, set }: SectionProps) {
  return (
    <fieldset>
      <legend>Văn bản hướng dẫn của cấp trên</legend>
      <p className="form-legend-note">Văn bản hướng dẫn kiểm điểm năm nay của Tỉnh ủy (hoặc cấp có thẩm quyền); để trống nếu chưa có.</p>
      <div className="form-grid">
        <TextField
          id={settingsFieldId('guidingDocument.number')}
          label="Số văn bản"
          placeholder="Ví dụ: 05-HD/TU"
          value={values['guidingDocument.number']}
          onChange={(v) => set('guidingDocument.number', v)}
          error={errors['guidingDocument.number']}
          maxLength={100}
        />
        <TextField
          id={settingsFieldId('guidingDocument.issuedOn')}
          type="date"
          label="Ngày ban hành"
          value={values['guidingDocument.issuedOn']}
          onChange={(v) => set('guidingDocument.issuedOn', v)}
          error={errors['guidingDocument.issuedOn']}
        />
        <TextField
          id={settingsFieldId('guidingDocument.issuer')}
          label="Cơ quan ban hành"
          placeholder="Ví dụ: Ban Thường vụ Tỉnh ủy"
          value={values['guidingDocument.issuer']}
          onChange={(v) => set('guidingDocument.issuer', v)}
          error={errors['guidingDocument.issuer']}
          maxLength={200}
        />
      </div>
    </fieldset>
  );
}

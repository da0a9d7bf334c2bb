// "Tạo đợt kiểm điểm": the year, and either the default settings with the example criteria or a copy
// of an existing year (year.create with copyFrom). What the copy does is said before it is done.
// Layer: renderer.
import { useState, type FormEvent } from 'react';
import type { ReviewYear } from '../../../shared/review/index';
import { defaultRuleSetForYear } from '../../../shared/rules/index';
import { useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import { focusField } from '../../ui/form-errors';
import { RadioGroup } from './RadioGroup';

interface Props {
  years: readonly ReviewYear[];
  suggestedYear: number;
  onClose(): void;
  onCreated(year: ReviewYear): void;
}

type Errors = { year?: string; copyFrom?: string };

/** The year to copy from by default: the one just before, else the closest earlier, else the latest. */
function defaultSource(years: readonly ReviewYear[], target: number): number | null {
  const earlier = years.filter((y) => y.year < target).map((y) => y.year);
  if (earlier.length) return Math.max(...earlier);
  return years[0]?.year ?? null;
}

function defaultsExplain(target: number | null): string {
  const set = target === null ? undefined : defaultRuleSetForYear(target);
  const rules = set ? `Theo ${set.regulation.code} và ${set.guide.code}: ` : '';
  return `${rules}ngày kiểm điểm 01/12, tỷ lệ "Hoàn thành xuất sắc" 20%, biểu quyết cộng dồn; tiêu chí chấm điểm là mẫu tham khảo, cần điều chỉnh.`;
}

export function CreateYearDialog({ years, suggestedYear, onClose, onCreated }: Props) {
  const { review } = useStores();
  const [yearText, setYearText] = useState(String(suggestedYear));
  const initialSource = defaultSource(years, suggestedYear);
  const [mode, setMode] = useState<'defaults' | 'copy'>(initialSource === null ? 'defaults' : 'copy');
  const [source, setSource] = useState(initialSource === null ? '' : String(initialSource));
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const target = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : null;

  function show(e: Errors, message: string | null) {
    setErrors(e);
    setGeneral(message);
    if (e.year) focusField('create-year-year');
    else if (e.copyFrom) focusField('create-year-copyFrom');
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (target === null) return show({ year: 'Hãy nhập năm kiểm điểm gồm 4 chữ số, ví dụ 2026.' }, null);
    const copyFrom = mode === 'copy' ? Number(source) : undefined;
    if (mode === 'copy' && !source) return show({ copyFrom: 'Hãy chọn năm được sao chép.' }, null);
    setBusy(true);
    const result = await review.getState().create(copyFrom === undefined ? { year: target } : { year: target, copyFrom });
    setBusy(false);
    if (!result.ok) {
      const path = (result.error.details as { path?: unknown } | undefined)?.path;
      if (path === 'year') return show({ year: result.error.message }, null);
      if (path === 'copyFrom') return show({ copyFrom: result.error.message }, null);
      return show({}, result.error.message);
    }
    onCreated(result.value);
  }

  const sourceLabel = mode === 'copy' && source ? `năm ${source}` : 'một năm đã có';
  return (
    <Dialog title="Tạo đợt kiểm điểm" onClose={onClose} wide>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormAlert message={general} />
        <TextField
          id="create-year-year"
          label="Năm kiểm điểm"
          required
          inputMode="numeric"
          maxLength={4}
          value={yearText}
          onChange={setYearText}
          error={errors.year}
          hint="Năm của đợt kiểm điểm, đánh giá, xếp loại chất lượng (thường họp vào tháng 12)."
          autoFocus
        />
        <RadioGroup
          id="create-year-mode"
          legend="Cài đặt ban đầu"
          value={mode}
          onChange={(v) => setMode(v as 'defaults' | 'copy')}
          choices={[
            {
              value: 'defaults',
              label: 'Dùng cài đặt mặc định',
              explain: defaultsExplain(target),
            },
            ...(years.length
              ? [
                  {
                    value: 'copy',
                    label: `Sao chép từ ${sourceLabel}`,
                    explain:
                      'Giữ các lựa chọn và tiêu chí chấm điểm của năm đó; các ngày được chuyển sang năm mới; tỷ lệ 25% (nếu có) trở về 20% vì quyết định công nhận chỉ dùng cho năm đó.',
                  },
                ]
              : []),
          ]}
        />
        {mode === 'copy' && years.length > 0 && (
          <SelectField
            id="create-year-copyFrom"
            label="Năm được sao chép"
            required
            value={source}
            onChange={setSource}
            error={errors.copyFrom}
            placeholder="— Chọn năm —"
            options={years.map((y) => ({ value: String(y.year), label: `Năm ${y.year}` }))}
          />
        )}
        <div className="form-actions">
          {/* aria-disabled, not disabled: a disabled button drops the keyboard focus (Escape, Tab lost). */}
          <button type="submit" className="btn btn-primary" aria-disabled={busy}>
            {busy ? 'Đang tạo…' : target ? `Tạo đợt kiểm điểm năm ${target}` : 'Tạo đợt kiểm điểm'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}

// Wizard fields that save themselves (no save button to forget): one-line and multi-line text, dates
// (dd/mm/yyyy), times, numbers with a decimal comma, selects and checkboxes. Each has a visible label,
// its hint and its refusal linked by aria-describedby; a value the form cannot read is refused here, a
// value the core refuses keeps its text with the core's message. Layer: renderer.
import type { ReactNode } from 'react';
import { isIsoDate } from '../../../shared/text/dates';
import { DateInput } from '../../ui/DateInput';
import { describedBy, FieldFrame, type Option } from '../../ui/fields';
import { refuse, useAutosave, type Save } from './use-autosave';

interface Base {
  fieldKey: string;
  id: string;
  label: string;
  hint?: ReactNode;
  className?: string;
  required?: boolean;
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text);

export function AutoText({ fieldKey, id, label, hint, className, required, server, save, multiline, rows = 3, placeholder }: Base & { server: string | null; save: Save<string | null>; multiline?: boolean; rows?: number; placeholder?: string }) {
  const f = useAutosave<string>(fieldKey, server ?? '', (text) => save(blankToNull(text)));
  const common = {
    id,
    name: id,
    value: f.value,
    onFocus: f.onFocus,
    onBlur: f.onBlur,
    onKeyDown: f.onKeyDown,
    placeholder,
    'aria-invalid': f.error ? true : undefined,
    'aria-describedby': describedBy(id, hint, f.error),
  };
  return (
    <FieldFrame id={id} label={label} hint={hint} error={f.error} className={className} required={required}>
      {multiline ? <textarea {...common} rows={rows} onChange={(e) => f.change(e.target.value)} /> : <input {...common} type="text" autoComplete="off" onChange={(e) => f.change(e.target.value)} />}
    </FieldFrame>
  );
}

export function AutoDate({ fieldKey, id, label, hint, className, required, server, save }: Base & { server: string | null; save: Save<string | null> }) {
  const f = useAutosave<string>(fieldKey, server ?? '', (value) => {
    if (value === '') return save(null);
    if (!isIsoDate(value)) return refuse(`${label}: ngày không đọc được; hãy nhập ngày/tháng/năm, ví dụ 08/12/2026.`);
    return save(value);
  });
  return (
    <FieldFrame id={id} label={label} hint={hint} error={f.error} className={className} required={required}>
      {/* DateInput has no focus handlers of its own: the wrapper catches them as they bubble. */}
      <span className="mtg-date" onFocus={f.onFocus} onBlur={f.onBlur} onKeyDown={f.onKeyDown}>
        <DateInput id={id} value={f.value} onChange={(v) => f.change(v)} ariaInvalid={f.error ? true : undefined} ariaDescribedBy={describedBy(id, hint, f.error)} />
      </span>
    </FieldFrame>
  );
}

/** "7:30", "7h30", "07.30", "7" → "07:30"; null when it is not a time of day. */
export function parseTime(text: string): string | null {
  const m = /^\s*(\d{1,2})(?:\s*[:hH.gG]\s*(\d{1,2})?)?\s*(?:phút)?\s*$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

export function AutoTime({ fieldKey, id, label, hint, className, required, server, save }: Base & { server: string | null; save: Save<string | null> }) {
  const f = useAutosave<string>(fieldKey, server ?? '', (text) => {
    if (text.trim() === '') return save(null);
    const time = parseTime(text);
    return time ? save(time) : refuse(`${label}: giờ không đọc được; hãy nhập giờ:phút, ví dụ 07:30 hoặc 14:00.`);
  });
  const shownHint = hint ?? 'Giờ:phút, ví dụ 07:30';
  return (
    <FieldFrame id={id} label={label} hint={shownHint} error={f.error} className={className} required={required}>
      <input
        id={id}
        name={id}
        type="text"
        inputMode="numeric"
        maxLength={8}
        className="mtg-time"
        value={f.value}
        onChange={(e) => f.change(e.target.value)}
        onFocus={f.onFocus}
        onBlur={f.onBlur}
        onKeyDown={f.onKeyDown}
        autoComplete="off"
        aria-invalid={f.error ? true : undefined}
        aria-describedby={describedBy(id, shownHint, f.error)}
      />
    </FieldFrame>
  );
}

/** "8,5" or "8.5" → 8.5; "" → null; undefined when it is not a number. */
export function parseNumber(text: string): number | null | undefined {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(t)) return undefined;
  return Number(t);
}

/** A number as Vietnamese write it: 8,5. */
export const numberText = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n).replace('.', ','));

export function AutoNumber({ fieldKey, id, label, hint, className, server, save, suffix, labelHidden }: Base & { server: number | null; save: Save<number | null>; suffix?: string; labelHidden?: boolean }) {
  const f = useAutosave<string>(fieldKey, numberText(server), (text) => {
    const n = parseNumber(text);
    return n === undefined ? refuse(`${label}: "${text.trim()}" không phải là số; hãy nhập số, ví dụ 8 hoặc 8,5.`) : save(n);
  });
  return (
    <div className={['field', 'mtg-number', f.error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <span className="mtg-number-box">
        <input
          id={id}
          name={id}
          type="text"
          inputMode="decimal"
          maxLength={6}
          value={f.value}
          onChange={(e) => f.change(e.target.value)}
          onFocus={f.onFocus}
          onBlur={f.onBlur}
          onKeyDown={f.onKeyDown}
          autoComplete="off"
          aria-invalid={f.error ? true : undefined}
          aria-describedby={describedBy(id, hint, f.error)}
        />
        {suffix && <span className="mtg-suffix">{suffix}</span>}
      </span>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {f.error && (
        <p id={`${id}-error`} className="field-error">
          {f.error}
        </p>
      )}
    </div>
  );
}

export function AutoSelect({ fieldKey, id, label, hint, className, required, server, save, options, placeholder }: Base & { server: string | null; save: Save<string | null>; options: readonly Option[]; placeholder: string }) {
  const f = useAutosave<string>(fieldKey, server ?? '', (v) => save(v === '' ? null : v));
  return (
    <FieldFrame id={id} label={label} hint={hint} error={f.error} className={className} required={required}>
      <select id={id} name={id} value={f.value} onChange={(e) => f.change(e.target.value, true)} aria-invalid={f.error ? true : undefined} aria-describedby={describedBy(id, hint, f.error)}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function AutoCheck({ fieldKey, id, label, hint, server, save, disabled }: { fieldKey: string; id: string; label: ReactNode; hint?: ReactNode; server: boolean; save: Save<boolean>; disabled?: boolean }) {
  const f = useAutosave<boolean>(fieldKey, server, save);
  return (
    <div className={f.error ? 'field field-check field-invalid' : 'field field-check'}>
      <input id={id} name={id} type="checkbox" checked={f.value} disabled={disabled} onChange={(e) => f.change(e.target.checked, true)} aria-describedby={describedBy(id, hint, f.error)} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {f.error && (
        <p id={`${id}-error`} className="field-error">
          {f.error}
        </p>
      )}
    </div>
  );
}

// A date box that reads and shows dates the Vietnamese way (ngày/tháng/năm). The browser's own
// <input type="date"> follows the browser's language, so an English Windows shows month first and
// elderly users swap day and month; this box always means day first. Its value to the form is
// `YYYY-MM-DD` when the text is a real date, '' when empty, and the raw text otherwise (so the
// form's validation names the field). Layer: renderer.
import { useEffect, useState, type ChangeEvent, type FocusEvent } from 'react';
import { formatDateVi, parseVietnameseDate } from '../../shared/text/dates';

export interface DateInputProps {
  id: string;
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
  required?: boolean;
  autoFocus?: boolean;
  ariaInvalid?: boolean;
  ariaDescribedBy?: string;
}

/** What the box shows for a form value: dd/mm/yyyy for a real date, the raw text otherwise. */
const display = (value: string) => (parseVietnameseDate(value) ? formatDateVi(parseVietnameseDate(value)!) : value);

export function DateInput({ id, value, onChange, disabled, required, autoFocus, ariaInvalid, ariaDescribedBy }: DateInputProps) {
  const [text, setText] = useState(() => display(value));

  // A value set from outside (loading a record, resetting the form) replaces the text, but typing
  // "5/12/2026" must not be rewritten under the user's fingers while it means the same date.
  useEffect(() => {
    setText((current) => {
      const meant = current.trim() === '' ? '' : (parseVietnameseDate(current) ?? current);
      return meant === value ? current : display(value);
    });
  }, [value]);

  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const next = e.target.value;
    setText(next);
    onChange(next.trim() === '' ? '' : (parseVietnameseDate(next) ?? next.trim()));
  };
  const tidy = (_e: FocusEvent<HTMLInputElement>) => {
    const iso = parseVietnameseDate(text);
    if (iso) setText(formatDateVi(iso));
  };

  return (
    <input
      id={id}
      name={id}
      type="text"
      inputMode="numeric"
      placeholder="ngày/tháng/năm"
      maxLength={10}
      value={text}
      onChange={change}
      onBlur={tidy}
      disabled={disabled}
      required={required}
      aria-invalid={ariaInvalid}
      aria-describedby={ariaDescribedBy}
      data-autofocus={autoFocus ? '' : undefined}
      autoFocus={autoFocus}
      autoComplete="off"
      className="date-input"
    />
  );
}

// Labelled form controls: every input has a visible <label>, its hint and its error are linked
// with aria-describedby, and a field in error is marked aria-invalid. Layer: renderer.
import type { ChangeEvent, ReactNode } from 'react';
import { DateInput } from './DateInput';

interface FrameProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: ReactNode;
}

/** Ids of the hint and error texts, for aria-describedby. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldFrame({ id, label, required, hint, error, className, children }: FrameProps) {
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required-mark" aria-hidden="true">
            {' '}*
          </span>
        )}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface BaseProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  disabled?: boolean;
  className?: string;
}

export interface TextFieldProps extends BaseProps {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'date' | 'tel' | 'search';
  placeholder?: string;
  maxLength?: number;
  /** Upper bound of a date picker (e.g. today). */
  max?: string;
  inputMode?: 'numeric' | 'text' | 'tel';
  autoFocus?: boolean;
}

export function TextField({ id, label, required, hint, error, disabled, className, value, onChange, type = 'text', placeholder, maxLength, max, inputMode, autoFocus }: TextFieldProps) {
  if (type === 'date') {
    return (
      <FieldFrame id={id} label={label} required={required} hint={hint} error={error} className={className}>
        <DateInput id={id} value={value} onChange={onChange} disabled={disabled} required={required} autoFocus={autoFocus} ariaInvalid={error ? true : undefined} ariaDescribedBy={describedBy(id, hint, error)} />
      </FieldFrame>
    );
  }
  return (
    <FieldFrame id={id} label={label} required={required} hint={hint} error={error} className={className}>
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        placeholder={placeholder}
        maxLength={maxLength}
        max={max}
        inputMode={inputMode}
        disabled={disabled}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        data-autofocus={autoFocus ? '' : undefined}
        autoFocus={autoFocus}
        autoComplete="off"
      />
    </FieldFrame>
  );
}

export interface TextAreaFieldProps extends BaseProps {
  value: string;
  onChange(value: string): void;
  rows?: number;
}

export function TextAreaField({ id, label, required, hint, error, disabled, className, value, onChange, rows = 3 }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} required={required} hint={hint} error={error} className={className}>
      <textarea
        id={id}
        name={id}
        value={value}
        rows={rows}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectFieldProps extends BaseProps {
  value: string;
  onChange(value: string): void;
  options: readonly Option[];
  /** A first, empty choice such as "— Chọn —". */
  placeholder?: string;
  autoFocus?: boolean;
}

export function SelectField({ id, label, required, hint, error, disabled, className, value, onChange, options, placeholder, autoFocus }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} required={required} hint={hint} error={error} className={className}>
      <select
        id={id}
        name={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        data-autofocus={autoFocus ? '' : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export interface CheckFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: ReactNode;
  disabled?: boolean;
}

export function CheckField({ id, label, checked, onChange, hint, disabled }: CheckFieldProps) {
  return (
    <div className="field field-check">
      <input id={id} name={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} disabled={disabled} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

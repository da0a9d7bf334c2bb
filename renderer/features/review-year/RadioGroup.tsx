// A labelled group of radio buttons where every choice carries its one-sentence explanation (linked with
// aria-describedby), with the group's error under it. Native radios: arrow keys move between choices.
// Layer: renderer.
import type { ReactNode } from 'react';

export interface RadioChoice {
  value: string;
  label: string;
  explain?: ReactNode;
}

interface Props {
  /** Element ids are `${id}-${index}`; the first choice (or the checked one) takes focus on error. */
  id: string;
  legend: string;
  value: string;
  choices: readonly RadioChoice[];
  onChange(value: string): void;
  hint?: ReactNode;
  error?: string | undefined;
  /** A group standing on its own in the form (styled like the other sections), not inside a section. */
  topLevel?: boolean;
}

export function RadioGroup({ id, legend, value, choices, onChange, hint, error, topLevel }: Props) {
  const checkedIndex = Math.max(
    0,
    choices.findIndex((c) => c.value === value),
  );
  return (
    <fieldset className={['radio-group', topLevel ? 'radio-group-top' : '', error ? 'radio-group-invalid' : ''].filter(Boolean).join(' ')} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      {choices.map((c, i) => {
        const inputId = i === checkedIndex ? id : `${id}-${i}`;
        return (
          <div key={c.value} className={c.value === value ? 'radio-choice radio-choice-checked' : 'radio-choice'}>
            <input
              id={inputId}
              type="radio"
              name={id}
              value={c.value}
              checked={c.value === value}
              onChange={() => onChange(c.value)}
              aria-describedby={c.explain ? `${id}-${i}-explain` : undefined}
            />
            <label htmlFor={inputId}>{c.label}</label>
            {c.explain && (
              <p id={`${id}-${i}-explain`} className="radio-explain">
                {c.explain}
              </p>
            )}
          </div>
        );
      })}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

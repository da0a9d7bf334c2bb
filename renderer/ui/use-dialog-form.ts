// The common part of the small dialogs (members, org units): field errors, the general message, the busy flag,
// and one submit path — check with a zod schema and extra rules, call the core, show its refusal
// next to the field or on top, move focus to the first bad field. Layer: renderer.
import { useState } from 'react';
import type { z } from 'zod';
import type { Result } from '../../shared/contract/result';
import { coreFormErrors, firstErrorField, focusField, zodFieldErrors, type FieldErrors } from './form-errors';

export interface DialogFormOptions<S extends z.ZodType, T> {
  /** Element ids are `${idPrefix}-${field}`. */
  idPrefix: string;
  fields: readonly string[];
  labels: Record<string, string>;
  schema: S;
  /** Rules beyond the schema (dates in the future, a place for temporary attendance…). */
  extraCheck?(data: z.output<S>): FieldErrors;
  send(data: z.output<S>): Promise<Result<T>>;
  onDone(value: T): void;
}

export function useDialogForm<S extends z.ZodType, T>(options: DialogFormOptions<S, T>) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function show(fieldErrors: FieldErrors, message: string | null) {
    setErrors(fieldErrors);
    setGeneral(message);
    const first = firstErrorField(options.fields, fieldErrors);
    if (first) focusField(`${options.idPrefix}-${first}`);
  }

  async function submit(raw: unknown) {
    if (busy) return;
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) return show(zodFieldErrors(parsed.error, options.labels), null);
    const extra = options.extraCheck?.(parsed.data) ?? {};
    if (Object.keys(extra).length) return show(extra, null);
    setBusy(true);
    const result = await options.send(parsed.data);
    setBusy(false);
    if (!result.ok) {
      const mapped = coreFormErrors(result.error, options.fields);
      return show(mapped.fields, mapped.general);
    }
    options.onDone(result.value);
  }

  return { errors, general, busy, submit, fieldError: (f: string) => errors[f] || undefined };
}

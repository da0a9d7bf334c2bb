// Turns what went wrong with a form into messages per field: the zod issues of a client-side
// check, or the core's refusal (`details.path`, `details.issues`). A message whose field is not on
// the form becomes the form's general message. Layer: renderer.
import type { z } from 'zod';
import type { AppError } from '../../shared/contract/result';

export type FieldErrors = Record<string, string>;

export interface FormErrors {
  fields: FieldErrors;
  /** A message that belongs to no field on the form (shown at the top). */
  general: string | null;
}

const VIETNAMESE_LETTER = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/** The field a core path points at: update calls wrap the record in `data`, e.g. `data.citizenId`. */
export function fieldOfPath(path: string): string {
  return path.replace(/^data\./, '').split('.')[0] ?? '';
}

/** The zod issues of a client-side parse, one message per field (the first), all in Vietnamese. */
export function zodFieldErrors(error: z.ZodError, labels: Record<string, string>): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!field || out[field]) continue;
    // Enum errors (a list left on "— Chọn —") come from zod in English: say it in Vietnamese.
    out[field] = VIETNAMESE_LETTER.test(issue.message) ? issue.message : `${labels[field] ?? 'Mục này'}: hãy chọn một mục trong danh sách.`;
  }
  return out;
}

interface CoreDetails {
  path?: unknown;
  issues?: unknown;
}

/** The core's refusal as field messages; `knownFields` are the fields this form shows. */
export function coreFormErrors(error: AppError, knownFields: readonly string[]): FormErrors {
  const fields: FieldErrors = {};
  const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as CoreDetails;
  const issues = Array.isArray(details.issues) ? (details.issues as { path?: unknown; message?: unknown }[]) : [];
  for (const issue of issues) {
    const field = typeof issue.path === 'string' ? fieldOfPath(issue.path) : '';
    if (knownFields.includes(field) && typeof issue.message === 'string' && !fields[field]) fields[field] = issue.message;
  }
  const mainField = typeof details.path === 'string' ? fieldOfPath(details.path) : '';
  if (knownFields.includes(mainField) && !fields[mainField]) fields[mainField] = error.message;
  return { fields, general: Object.keys(fields).length ? null : error.message };
}

/** The first field in error, in the order the form shows them. */
export function firstErrorField(order: readonly string[], errors: FieldErrors): string | undefined {
  return order.find((f) => errors[f]);
}

/** Moves the keyboard focus to a field by its element id (after the error texts are drawn). */
export function focusField(elementId: string): void {
  const run = () => document.getElementById(elementId)?.focus();
  // The field is already on screen; focusing at once keeps tests and screen readers in step.
  run();
}

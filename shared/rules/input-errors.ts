// Turns bad rule-engine input into a Vietnamese error that names the field and carries its path
// (e.g. `score.common`), so the CLI and the UI can point at the exact field. Layer: shared.
import type { z } from 'zod';
import type { AppError, Result } from '../contract/result';
import { fail } from '../contract/result';

/** Error code of input the schemas reject. More specific codes (e.g. `ballots-mismatch`) come from the rules. */
export const INVALID_INPUT = 'invalid-input';

export interface InputErrorDetails {
  /** Dotted path of the bad field, e.g. `score.common` or `disqualifiers.1`. */
  path?: string;
}

/** A refused input as a Result: `details.path` names the field when there is one. */
export function inputError(code: string, message: string, path?: string): Result<never> {
  return path === undefined ? fail(code, message) : fail(code, message, { path } satisfies InputErrorDetails);
}

/** The field path of a rule-engine error, if it has one. */
export function errorPath(error: AppError): string | undefined {
  const details = error.details as InputErrorDetails | undefined;
  return typeof details?.path === 'string' ? details.path : undefined;
}

/**
 * Vietnamese names of the fields of one input kind, keyed by dotted path; `*` matches any array index or
 * map key (e.g. `disqualifiers.*`). Names are written lower-case, for use inside a sentence.
 */
export type FieldLabels = Readonly<Record<string, string>>;

export function pathToString(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

function labelFor(labels: FieldLabels, path: string): string {
  if (path === '') return 'dữ liệu đầu vào';
  const exact = labels[path];
  if (exact !== undefined) return exact;
  const generic = path.replace(/\.(\d+)(?=\.|$)/g, '.*');
  return labels[generic] ?? `trường "${path}"`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A number as Vietnamese write it: decimal comma (27,5). */
export function formatNumberVi(value: number): string {
  return String(value).replace('.', ',');
}

function describeInput(input: unknown): string {
  if (typeof input === 'number') return formatNumberVi(input);
  if (typeof input === 'string') return `"${input}"`;
  return JSON.stringify(input) ?? String(input);
}

const EXPECTED_VI: Readonly<Record<string, string>> = {
  number: 'một số',
  int: 'một số nguyên',
  string: 'một chuỗi ký tự',
  boolean: 'true hoặc false',
  object: 'một đối tượng JSON',
  array: 'một danh sách',
};

/**
 * Builds the Vietnamese message for one zod issue. Custom issues (raised by refinements) already carry a
 * Vietnamese message written where the rule is; the structural ones are phrased here from the field name.
 */
export function describeIssue(issue: z.core.$ZodIssue, labels: FieldLabels): { message: string; path: string } {
  const path = pathToString(issue.path);
  const label = labelFor(labels, path);
  const received = issue.input === undefined ? '' : ` (nhận được ${describeInput(issue.input)})`;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { path, message: `Thiếu ${label}.` };
      return { path, message: `${capitalize(label)} phải là ${EXPECTED_VI[issue.expected] ?? issue.expected}${received}.` };
    case 'too_small':
      if (issue.origin === 'string') return { path, message: `${capitalize(label)} không được để trống.` };
      if (issue.origin === 'array') return { path, message: `${capitalize(label)} không được để trống.` };
      return { path, message: `${capitalize(label)} không được nhỏ hơn ${formatNumberVi(Number(issue.minimum))}${received}.` };
    case 'too_big':
      return { path, message: `${capitalize(label)} không được lớn hơn ${formatNumberVi(Number(issue.maximum))}${received}.` };
    case 'invalid_value':
      return {
        path,
        message: `${capitalize(label)} không hợp lệ${received}. Giá trị được chấp nhận: ${issue.values.map((v) => String(v)).join(', ')}.`,
      };
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      const keyPath = path === '' ? key : `${path}.${key}`;
      const unknownKeyLabel = labels[`${path === '' ? '' : `${path}.`}?`];
      const message = unknownKeyLabel
        ? `${capitalize(unknownKeyLabel)} không hợp lệ: "${key}".`
        : `Trường "${keyPath}" không được hỗ trợ.`;
      return { path: keyPath, message };
    }
    case 'custom':
      return { path, message: issue.message };
    default:
      return { path, message: `${capitalize(label)} không hợp lệ${received}.` };
  }
}

/**
 * Parses input with a schema; a refusal names the first bad field. `reportInput` keeps the received value on
 * the issue so the message can quote it and tell a missing field from a wrong one.
 */
export function parseWith<S extends z.ZodType>(schema: S, raw: unknown, labels: FieldLabels): Result<z.output<S>> {
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  if (!first) return inputError(INVALID_INPUT, 'Dữ liệu đầu vào không hợp lệ.');
  const { message, path } = describeIssue(first, labels);
  return inputError(INVALID_INPUT, message, path === '' ? undefined : path);
}

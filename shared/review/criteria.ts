// Criteria templates of the review forms (QĐ 366 Điều 10; rules.md §8): each form's criteria in two
// groups whose maximum points must add up to exactly 30 (tiêu chí chung) and 70 (kết quả thực hiện nhiệm
// vụ), the versioned JSON document a template travels in, and the self-score sum over a template.
// Points are handled as integer tenths, so 29.9 + 0.1 is exactly 30. Layer: shared.
import { z } from 'zod';
import type { Result } from '../contract/result';
import { ok } from '../contract/result';
import type { ReviewFormCode } from '../rules/forms';
import { formatNumberVi, inputError, INVALID_INPUT, parseWith, type FieldLabels } from '../rules/input-errors';
import { formatTenths } from '../rules/reasons';
import { COMMON_MAX, hasAtMostOneDecimal, TASKS_MAX, toTenths } from '../rules/score';
import { normalizeLine, normalizeText } from '../text/normalize';
import { reviewYearNumber } from './year-settings';

export const CRITERIA_FORMS = ['01', '02A', '02B', '02C'] as const satisfies readonly ReviewFormCode[];

export const FORM_NAMES: Readonly<Record<ReviewFormCode, string>> = {
  '01': 'Mẫu 01 (tập thể)',
  '02A': 'Mẫu 02A (cá nhân giữ chức vụ lãnh đạo, quản lý)',
  '02B': 'Mẫu 02B (cá nhân không giữ chức vụ lãnh đạo, quản lý)',
  '02C': 'Mẫu 02C (đảng viên không làm việc trong hệ thống chính trị)',
};

export const CRITERION_GROUPS = ['common', 'tasks'] as const;
/** common: nhóm tiêu chí chung (30 điểm); tasks: nhóm tiêu chí về kết quả thực hiện nhiệm vụ (70 điểm). */
export type CriterionGroup = (typeof CRITERION_GROUPS)[number];

export const GROUP_TOTAL_TENTHS: Readonly<Record<CriterionGroup, number>> = { common: COMMON_MAX * 10, tasks: TASKS_MAX * 10 };

export const GROUP_NAMES: Readonly<Record<CriterionGroup, string>> = {
  common: 'Nhóm tiêu chí chung',
  tasks: 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ',
};

/**
 * Where a stored template came from: the shipped example, edited in the app, or imported from a file (for
 * example the province's). A copy to the next year keeps the source, so an example stays marked as one.
 */
export const TEMPLATE_SOURCES = ['default-example', 'custom', 'imported'] as const;
export type TemplateSource = (typeof TEMPLATE_SOURCES)[number];

export interface Criterion {
  /** Stable id (`common-1`, `tasks-2`…): kept across saves, copies to the next year and export/import. */
  id: string;
  group: CriterionGroup;
  title: string;
  help: string | null;
  /** Maximum points, > 0, at most one decimal. */
  maxPoints: number;
}

export interface CriteriaTemplateBody {
  title: string;
  note: string | null;
  /** Common criteria first, then task criteria, each group in the order given. */
  criteria: Criterion[];
}

export interface CriteriaTemplate extends CriteriaTemplateBody {
  form: ReviewFormCode;
  source: TemplateSource;
}

const MAX_CRITERIA = 100;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

// ------------------------------------------------------------------------------------------ input shape

/** The structure of one criterion as a form or a file sends it; the rules are in `checkCriteriaTemplate`. */
export const criterionInputSchema = z.strictObject(
  {
    id: z.string({ error: 'Mã tiêu chí phải là chữ.' }).optional(),
    group: z.enum(CRITERION_GROUPS, { error: 'Nhóm tiêu chí phải là "common" (tiêu chí chung) hoặc "tasks" (kết quả thực hiện nhiệm vụ).' }),
    title: z.string({ error: 'Tên tiêu chí phải là chữ.' }),
    help: z.string({ error: 'Hướng dẫn chấm của tiêu chí phải là chữ.' }).nullable().optional(),
    maxPoints: z.number({ error: 'Điểm tối đa của tiêu chí phải là một số.' }),
  },
  { error: (iss) => (iss.code === 'unrecognized_keys' ? `Tiêu chí có trường không được hỗ trợ: ${iss.keys.join(', ')}.` : undefined) },
);

export const criteriaTemplateInputSchema = z.strictObject(
  {
    title: z.string({ error: 'Tên mẫu tiêu chí phải là chữ.' }),
    note: z.string({ error: 'Ghi chú của mẫu tiêu chí phải là chữ.' }).nullable().optional(),
    criteria: z.array(criterionInputSchema, { error: 'Danh sách tiêu chí phải là một danh sách.' }),
  },
  { error: (iss) => (iss.code === 'unrecognized_keys' ? `Mẫu tiêu chí có trường không được hỗ trợ: ${iss.keys.join(', ')}.` : undefined) },
);

/** A template as the UI or a file sends it (ids may be left out; they are then assigned). */
export type CriteriaTemplateInput = z.input<typeof criteriaTemplateInputSchema>;
export type CriterionInput = z.input<typeof criterionInputSchema>;
/** A template after the structural parse, before `checkCriteriaTemplate`. */
export type ParsedCriteriaTemplateInput = z.output<typeof criteriaTemplateInputSchema>;

/** Vietnamese field names for structural errors of a template read from a file. */
export const CRITERIA_LABELS: FieldLabels = {
  format: 'định dạng tệp',
  version: 'phiên bản định dạng',
  form: 'mã biểu mẫu',
  reviewYear: 'năm kiểm điểm',
  title: 'tên mẫu tiêu chí',
  note: 'ghi chú của mẫu tiêu chí',
  criteria: 'danh sách tiêu chí',
  'criteria.*': 'tiêu chí',
  'criteria.*.id': 'mã tiêu chí',
  'criteria.*.group': 'nhóm tiêu chí',
  'criteria.*.title': 'tên tiêu chí',
  'criteria.*.help': 'hướng dẫn chấm của tiêu chí',
  'criteria.*.maxPoints': 'điểm tối đa của tiêu chí',
};

// ---------------------------------------------------------------------------------------------- checks

const join = (at: string, path: string) => (at === '' ? path : `${at}.${path}`);

/** The next free `<group>-<n>` id, so a criterion added without an id gets a readable, stable one. */
function nextFreeId(group: CriterionGroup, used: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `${group}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** Sum of maximum points per group, in tenths. */
export function groupTotalsTenths(criteria: readonly Pick<Criterion, 'group' | 'maxPoints'>[]): Record<CriterionGroup, number> {
  const totals: Record<CriterionGroup, number> = { common: 0, tasks: 0 };
  for (const c of criteria) totals[c.group] += toTenths(c.maxPoints);
  return totals;
}

/**
 * Applies the template rules to structurally valid input: texts normalized (NFC, single spaces), titles not
 * blank, maximum points > 0 with at most one decimal, ids well-formed and unique (missing ones assigned),
 * and the two group sums exactly 30 and 70. `at` prefixes the error path (e.g. `template`).
 */
export function checkCriteriaTemplate(input: ParsedCriteriaTemplateInput, at = ''): Result<CriteriaTemplateBody> {
  const title = normalizeLine(input.title);
  if (title === '') return inputError(INVALID_INPUT, 'Tên mẫu tiêu chí không được để trống.', join(at, 'title'));
  if (title.length > 300) return inputError(INVALID_INPUT, 'Tên mẫu tiêu chí dài quá 300 ký tự.', join(at, 'title'));
  const note = input.note == null ? null : normalizeText(input.note).trim() || null;
  if (note !== null && note.length > 2000) return inputError(INVALID_INPUT, 'Ghi chú của mẫu tiêu chí dài quá 2000 ký tự.', join(at, 'note'));
  if (input.criteria.length > MAX_CRITERIA) {
    return inputError(INVALID_INPUT, `Mẫu tiêu chí có ${input.criteria.length} tiêu chí; tối đa ${MAX_CRITERIA}.`, join(at, 'criteria'));
  }

  const used = new Set<string>();
  for (const [i, c] of input.criteria.entries()) {
    if (c.id === undefined) continue;
    const path = join(at, `criteria.${i}.id`);
    if (!ID_PATTERN.test(c.id)) {
      return inputError(
        INVALID_INPUT,
        `Tiêu chí thứ ${i + 1}: mã "${c.id}" chỉ được gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới (tối đa 64 ký tự).`,
        path,
      );
    }
    if (used.has(c.id)) return inputError(INVALID_INPUT, `Tiêu chí thứ ${i + 1}: mã "${c.id}" bị trùng với một tiêu chí khác.`, path);
    used.add(c.id);
  }

  const criteria: Criterion[] = [];
  for (const [i, c] of input.criteria.entries()) {
    const path = (field: string) => join(at, `criteria.${i}.${field}`);
    const ctitle = normalizeLine(c.title);
    if (ctitle === '') return inputError(INVALID_INPUT, `Tiêu chí thứ ${i + 1}: tên tiêu chí không được để trống.`, path('title'));
    if (ctitle.length > 500) return inputError(INVALID_INPUT, `Tiêu chí thứ ${i + 1}: tên tiêu chí dài quá 500 ký tự.`, path('title'));
    const help = c.help == null ? null : normalizeText(c.help).trim() || null;
    if (help !== null && help.length > 4000) return inputError(INVALID_INPUT, `Tiêu chí thứ ${i + 1}: hướng dẫn chấm dài quá 4000 ký tự.`, path('help'));
    if (!Number.isFinite(c.maxPoints) || c.maxPoints <= 0) {
      return inputError(INVALID_INPUT, `Tiêu chí thứ ${i + 1} ("${ctitle}"): điểm tối đa phải lớn hơn 0 (nhận được ${formatNumberVi(c.maxPoints)}).`, path('maxPoints'));
    }
    if (!hasAtMostOneDecimal(c.maxPoints)) {
      return inputError(
        INVALID_INPUT,
        `Tiêu chí thứ ${i + 1} ("${ctitle}"): điểm tối đa chỉ được có tối đa một chữ số thập phân (nhận được ${formatNumberVi(c.maxPoints)}).`,
        path('maxPoints'),
      );
    }
    let id = c.id;
    if (id === undefined) {
      id = nextFreeId(c.group, used);
      used.add(id);
    }
    criteria.push({ id, group: c.group, title: ctitle, help, maxPoints: toTenths(c.maxPoints) / 10 });
  }

  const totals = groupTotalsTenths(criteria);
  const wrong = CRITERION_GROUPS.filter((g) => totals[g] !== GROUP_TOTAL_TENTHS[g]);
  if (wrong.length > 0) {
    const message = wrong
      .map((g) => `${GROUP_NAMES[g]} cộng được ${formatTenths(totals[g])} điểm; phải đúng ${formatTenths(GROUP_TOTAL_TENTHS[g])} điểm.`)
      .join(' ');
    return {
      ok: false,
      error: {
        code: 'criteria-sum-mismatch',
        message,
        details: { path: join(at, 'criteria'), sums: { common: totals.common / 10, tasks: totals.tasks / 10 } },
      },
    };
  }

  // Common criteria first: the forms print section I (chung) before section II (kết quả).
  const ordered = [...criteria.filter((c) => c.group === 'common'), ...criteria.filter((c) => c.group === 'tasks')];
  return ok({ title, note, criteria: ordered });
}

/** Structure and rules in one step, for input of unknown shape (files, the CLI). */
export function validateCriteriaTemplate(raw: unknown, at = ''): Result<CriteriaTemplateBody> {
  const parsed = parseWith(criteriaTemplateInputSchema, raw, CRITERIA_LABELS);
  if (!parsed.ok) return prefixed(parsed, at);
  return checkCriteriaTemplate(parsed.value, at);
}

function prefixed<T>(result: Result<T>, at: string): Result<T> {
  if (result.ok || at === '') return result;
  const details = result.error.details as { path?: string } | undefined;
  const path = details?.path === undefined ? at : join(at, details.path);
  return { ok: false, error: { ...result.error, details: { ...details, path } } };
}

// ----------------------------------------------------------------------------------------- self-scores

export interface CriteriaScore {
  commonTenths: number;
  tasksTenths: number;
  totalTenths: number;
  /** The group sums as points (one decimal), the `score` the rules engine takes. */
  common: number;
  tasks: number;
}

/**
 * Adds a self-assessment scored per criterion (criterion id → points) into the two group totals. Every
 * criterion needs a score from 0 to its maximum with at most one decimal; unknown ids are refused.
 */
export function scoreFromCriteria(template: Pick<CriteriaTemplateBody, 'criteria'>, scores: Readonly<Record<string, number>>): Result<CriteriaScore> {
  const byId = new Map(template.criteria.map((c) => [c.id, c]));
  for (const id of Object.keys(scores)) {
    if (!byId.has(id)) return inputError('unknown-criterion', `Không có tiêu chí mã "${id}" trong mẫu tiêu chí.`, `scores.${id}`);
  }
  const sums: Record<CriterionGroup, number> = { common: 0, tasks: 0 };
  for (const c of template.criteria) {
    const path = `scores.${c.id}`;
    const value = scores[c.id];
    if (value === undefined) return inputError(INVALID_INPUT, `Thiếu điểm tự chấm của tiêu chí "${c.title}".`, path);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return inputError(INVALID_INPUT, `Điểm tự chấm của tiêu chí "${c.title}" phải là một số.`, path);
    }
    if (value < 0) return inputError(INVALID_INPUT, `Điểm tự chấm của tiêu chí "${c.title}" không được âm (nhận được ${formatNumberVi(value)}).`, path);
    if (!hasAtMostOneDecimal(value)) {
      return inputError(INVALID_INPUT, `Điểm tự chấm của tiêu chí "${c.title}" chỉ được có tối đa một chữ số thập phân (nhận được ${formatNumberVi(value)}).`, path);
    }
    const tenths = toTenths(value);
    const max = toTenths(c.maxPoints);
    if (tenths > max) {
      return inputError(
        INVALID_INPUT,
        `Điểm tự chấm của tiêu chí "${c.title}" (${formatTenths(tenths)}) vượt quá điểm tối đa ${formatTenths(max)}.`,
        path,
      );
    }
    sums[c.group] += tenths;
  }
  return ok({
    commonTenths: sums.common,
    tasksTenths: sums.tasks,
    totalTenths: sums.common + sums.tasks,
    common: sums.common / 10,
    tasks: sums.tasks / 10,
  });
}

// --------------------------------------------------------------------------------------- file document

export const CRITERIA_DOCUMENT_FORMAT = 'kiemdiem.criteria-template';
export const CRITERIA_DOCUMENT_VERSION = 1;

/** The exchange document of one template (export/import; later in packages from the level above). */
export interface CriteriaDocument {
  format: typeof CRITERIA_DOCUMENT_FORMAT;
  version: typeof CRITERIA_DOCUMENT_VERSION;
  form: ReviewFormCode;
  reviewYear: number;
  title: string;
  note: string | null;
  criteria: Criterion[];
}

/**
 * Builds the document with a fixed key order, so that the same template always serializes to the same
 * bytes (export → import → export is identical).
 */
export function toCriteriaDocument(template: CriteriaTemplate, reviewYear: number): CriteriaDocument {
  return {
    format: CRITERIA_DOCUMENT_FORMAT,
    version: CRITERIA_DOCUMENT_VERSION,
    form: template.form,
    reviewYear,
    title: template.title,
    note: template.note,
    criteria: template.criteria.map((c) => ({ id: c.id, group: c.group, title: c.title, help: c.help, maxPoints: c.maxPoints })),
  };
}

/** The file text of a document: indented JSON with a final newline. */
export function serializeCriteriaDocument(doc: CriteriaDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const documentSchema = z.strictObject({
  format: z.literal(CRITERIA_DOCUMENT_FORMAT),
  version: z.literal(CRITERIA_DOCUMENT_VERSION),
  form: z.enum(CRITERIA_FORMS),
  reviewYear: z.number().int().min(1900).max(2200),
  title: z.string(),
  note: z.string().nullable(),
  criteria: z.array(criterionInputSchema),
});

export interface ReadCriteriaDocument {
  reviewYear: number;
  template: CriteriaTemplateBody;
}

/**
 * Reads a template document for `form`: refuses another format, an unknown version, a document of another
 * form and any template the rules refuse. `at` prefixes error paths (e.g. `document`).
 */
export function readCriteriaDocument(raw: unknown, form: ReviewFormCode, at = ''): Result<ReadCriteriaDocument> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return inputError('wrong-format', 'Tệp không phải mẫu tiêu chí của KiemDiem (nội dung không phải một đối tượng JSON).', at === '' ? undefined : at);
  }
  const head = raw as Record<string, unknown>;
  if (head.format !== CRITERIA_DOCUMENT_FORMAT) {
    return inputError(
      'wrong-format',
      `Tệp không phải mẫu tiêu chí của KiemDiem (định dạng ${head.format === undefined ? 'không ghi' : `"${String(head.format)}"`}; cần "${CRITERIA_DOCUMENT_FORMAT}").`,
      join(at, 'format'),
    );
  }
  if (head.version !== CRITERIA_DOCUMENT_VERSION) {
    const newer = typeof head.version === 'number' && head.version > CRITERIA_DOCUMENT_VERSION;
    return inputError(
      'unsupported-version',
      newer
        ? `Tệp mẫu tiêu chí được tạo bởi phiên bản KiemDiem mới hơn (định dạng phiên bản ${head.version}); phiên bản này đọc được phiên bản ${CRITERIA_DOCUMENT_VERSION}.`
        : `Phiên bản định dạng của tệp mẫu tiêu chí không hợp lệ (${JSON.stringify(head.version) ?? 'không ghi'}); cần phiên bản ${CRITERIA_DOCUMENT_VERSION}.`,
      join(at, 'version'),
    );
  }
  if (head.form !== form) {
    const shown = typeof head.form === 'string' && (CRITERIA_FORMS as readonly string[]).includes(head.form) ? `Mẫu ${head.form}` : `"${String(head.form)}"`;
    return inputError('wrong-form', `Tệp là mẫu tiêu chí của ${shown}; không nhập được vào ${FORM_NAMES[form]}.`, join(at, 'form'));
  }
  const parsed = prefixed(parseWith(documentSchema, raw, CRITERIA_LABELS), at);
  if (!parsed.ok) return parsed;
  const checked = checkCriteriaTemplate(parsed.value, at);
  if (!checked.ok) return checked;
  return ok({ reviewYear: parsed.value.reviewYear, template: checked.value });
}

/** A template as stored for one review year and form. */
export interface StoredCriteriaTemplate extends CriteriaTemplate {
  id: string;
  reviewYear: number;
  /** Sums of the maximum points per group (always 30 and 70 for a stored template). */
  totals: { common: number; tasks: number };
  createdAt: string;
  updatedAt: string;
}

/** API input naming the template of one form in one review year. */
export const formRefSchema = z
  .object({
    year: reviewYearNumber(),
    form: z.enum(CRITERIA_FORMS, { error: 'Mã biểu mẫu chỉ được là 01, 02A, 02B hoặc 02C.' }),
  })
  .strict();

// Use cases of review years: list, read, create (from the defaults of rules.md or as a copy of another
// year, with its criteria templates) and change the settings. Every refusal names the field and writes
// nothing. Inside a transaction every query goes through `trx` (one SQLite connection). Layer: electron/core.
import { DomainError, type Result } from '../../../shared/contract/result';
import { CRITERIA_FORMS, type CriteriaTemplate } from '../../../shared/review/criteria';
import { defaultCriteriaTemplate } from '../../../shared/review/default-criteria';
import {
  applySettingsPatch,
  checkYearSettings,
  copyYearSettings,
  defaultYearSettings,
  type ParsedYearSettingsPatch,
  type ReviewYear,
  type ReviewYearSettings,
} from '../../../shared/review/year-settings';
import type { Executor } from '../../../db/repos/executor';
import { getTemplate, putTemplate } from '../../../db/repos/criteria';
import { getReviewYear, insertReviewYear, listReviewYears, settingsToColumns, updateReviewYearSettings } from '../../../db/repos/review-years';
import { requireOwnCommune } from './commune-service';
import { stamp, type ServiceContext } from './context';

/** Unwraps a pure-function result or throws its refusal as a DomainError (optionally at another path). */
export function orThrow<T>(result: Result<T>, path?: string): T {
  if (result.ok) return result.value;
  const details = path === undefined ? result.error.details : { ...(result.error.details as object | undefined), path };
  throw new DomainError(result.error.code, result.error.message, details);
}

/** The year of the commune, or a `not-found` refusal at `field`. */
export async function requireYear(db: Executor, communeId: string, year: number, field = 'year'): Promise<ReviewYear> {
  const found = await getReviewYear(db, communeId, year);
  if (!found) throw new DomainError('not-found', `Chưa có đợt kiểm điểm năm ${year}. Hãy tạo đợt kiểm điểm trước.`, { path: field });
  return found;
}

export async function listYears(ctx: ServiceContext): Promise<ReviewYear[]> {
  const commune = await requireOwnCommune(ctx);
  return listReviewYears(ctx.db.kysely, commune.id);
}

export async function getYear(ctx: ServiceContext, input: { year: number }): Promise<ReviewYear> {
  const commune = await requireOwnCommune(ctx);
  return requireYear(ctx.db.kysely, commune.id, input.year);
}

/**
 * Creates a year. With `copyFrom`, the settings and criteria templates of that year are copied (dates
 * shifted, see copyYearSettings); without it, the defaults of rules.md and the example templates.
 */
export async function createYear(ctx: ServiceContext, input: { year: number; copyFrom?: number }): Promise<ReviewYear> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const commune = await requireOwnCommune(ctx, trx);
    if (await getReviewYear(trx, commune.id, input.year)) {
      throw new DomainError('year-exists', `Đợt kiểm điểm năm ${input.year} đã có; hãy mở đợt đó để sửa cài đặt.`, { path: 'year' });
    }
    let settings: ReviewYearSettings;
    const templates: CriteriaTemplate[] = [];
    if (input.copyFrom === undefined) {
      settings = orThrow(defaultYearSettings(input.year));
      for (const form of CRITERIA_FORMS) templates.push(defaultCriteriaTemplate(form));
    } else {
      const source = await requireYear(trx, commune.id, input.copyFrom, 'copyFrom');
      settings = orThrow(copyYearSettings(source.settings, input.copyFrom, input.year), 'copyFrom');
      for (const form of CRITERIA_FORMS) {
        const stored = await getTemplate(trx, source.id, source.year, form);
        templates.push(stored ? { form, source: stored.source, title: stored.title, note: stored.note, criteria: stored.criteria } : defaultCriteriaTemplate(form));
      }
    }
    // A copied year is checked again: its dates moved, and the rule set registry may have changed.
    orThrow(checkYearSettings(input.year, settings), input.copyFrom === undefined ? 'year' : 'copyFrom');

    const now = stamp(ctx);
    const id = ctx.newId();
    await insertReviewYear(trx, { id, communeId: commune.id, year: input.year, ...settingsToColumns(settings), createdAt: now, updatedAt: now });
    for (const template of templates) await putTemplate(trx, id, template, { newId: ctx.newId(), now });
    return { id, communeId: commune.id, year: input.year, settings, createdAt: now, updatedAt: now };
  });
}

/** Changes the settings of a year; fields left out keep their value, `null` clears an optional one. */
export async function updateYear(ctx: ServiceContext, input: { year: number; settings: ParsedYearSettingsPatch }): Promise<ReviewYear> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const commune = await requireOwnCommune(ctx, trx);
    const current = await requireYear(trx, commune.id, input.year);
    const settings = orThrow(checkYearSettings(input.year, applySettingsPatch(current.settings, input.settings), 'settings'));
    const now = stamp(ctx);
    await updateReviewYearSettings(trx, current.id, settings, now);
    return { ...current, settings, updatedAt: now };
  });
}

// Use cases of the criteria templates of a review year: read, save (validated: sums exactly 30 and 70),
// export to the versioned JSON document and import one back. Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import {
  checkCriteriaTemplate,
  readCriteriaDocument,
  toCriteriaDocument,
  type CriteriaDocument,
  type CriteriaTemplateBody,
  type ParsedCriteriaTemplateInput,
  type StoredCriteriaTemplate,
  type TemplateSource,
} from '../../../shared/review/criteria';
import type { ReviewFormCode } from '../../../shared/rules/forms';
import type { Executor } from '../../../db/repos/executor';
import { getTemplate, putTemplate } from '../../../db/repos/criteria';
import { requireOwnCommune } from './commune-service';
import { stamp, type ServiceContext } from './context';
import { orThrow, requireYear } from './review-year-service';

interface FormRef {
  year: number;
  form: ReviewFormCode;
}

async function requireTemplate(db: Executor, communeId: string, ref: FormRef): Promise<StoredCriteriaTemplate> {
  const year = await requireYear(db, communeId, ref.year);
  const template = await getTemplate(db, year.id, year.year, ref.form);
  if (!template) throw new DomainError('not-found', `Đợt kiểm điểm năm ${ref.year} chưa có mẫu tiêu chí Mẫu ${ref.form}.`, { path: 'form' });
  return template;
}

export async function getCriteria(ctx: ServiceContext, input: FormRef): Promise<StoredCriteriaTemplate> {
  const commune = await requireOwnCommune(ctx);
  return requireTemplate(ctx.db.kysely, commune.id, input);
}

async function store(ctx: ServiceContext, ref: FormRef, body: CriteriaTemplateBody, source: TemplateSource): Promise<StoredCriteriaTemplate> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const commune = await requireOwnCommune(ctx, trx);
    const year = await requireYear(trx, commune.id, ref.year);
    await putTemplate(trx, year.id, { form: ref.form, source, ...body }, { newId: ctx.newId(), now: stamp(ctx) });
    return (await getTemplate(trx, year.id, year.year, ref.form))!;
  });
}

/** Replaces the template of a form with the one edited in the app. */
export async function saveCriteria(
  ctx: ServiceContext,
  input: FormRef & { template: ParsedCriteriaTemplateInput },
): Promise<StoredCriteriaTemplate> {
  const body = orThrow(checkCriteriaTemplate(input.template, 'template'));
  return store(ctx, input, body, 'custom');
}

/** The template as its exchange document (the file dialog that writes it comes with the UI). */
export async function exportCriteria(ctx: ServiceContext, input: FormRef): Promise<CriteriaDocument> {
  const template = await getCriteria(ctx, input);
  return toCriteriaDocument(template, input.year);
}

/** Replaces the template of a form with a document (for example the province's), after checking it. */
export async function importCriteria(ctx: ServiceContext, input: FormRef & { document?: unknown }): Promise<StoredCriteriaTemplate> {
  const read = orThrow(readCriteriaDocument(input.document, input.form, 'document'));
  return store(ctx, input, read.template, 'imported');
}

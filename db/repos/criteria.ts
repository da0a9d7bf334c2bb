// Criteria templates of a review year (one per form) and their criteria. A save replaces the criteria
// of the template as a whole; the template row keeps its id. Layer: db.
import type { CriteriaTemplate, Criterion, StoredCriteriaTemplate } from '../../shared/review/criteria';
import type { ReviewFormCode } from '../../shared/rules/forms';
import { toTenths } from '../../shared/rules/score';
import type { CriteriaTemplateTable } from '../schema';
import type { Executor } from './executor';

/** The template of a form in a year, with its criteria in order; null when the year has none. */
export async function getTemplate(db: Executor, reviewYearId: string, reviewYear: number, form: ReviewFormCode): Promise<StoredCriteriaTemplate | null> {
  const row = await db.selectFrom('criteriaTemplate').selectAll().where('reviewYearId', '=', reviewYearId).where('form', '=', form).executeTakeFirst();
  if (!row) return null;
  const rows = await db.selectFrom('criterion').selectAll().where('templateId', '=', row.id).orderBy('position').execute();
  const criteria: Criterion[] = rows.map((c) => ({ id: c.code, group: c.criterionGroup, title: c.title, help: c.help, maxPoints: c.maxTenths / 10 }));
  const sum = (group: Criterion['group']) => rows.filter((c) => c.criterionGroup === group).reduce((n, c) => n + c.maxTenths, 0) / 10;
  return {
    id: row.id,
    reviewYear,
    form: row.form,
    title: row.title,
    note: row.note,
    source: row.source,
    criteria,
    totals: { common: sum('common'), tasks: sum('tasks') },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * Writes the template of a form: creates the row (with `newId`) or updates the existing one in place, then
 * replaces its criteria. Call inside a transaction.
 */
export async function putTemplate(
  db: Executor,
  reviewYearId: string,
  template: CriteriaTemplate,
  stamps: { newId: string; now: string },
): Promise<string> {
  const existing = await db.selectFrom('criteriaTemplate').select('id').where('reviewYearId', '=', reviewYearId).where('form', '=', template.form).executeTakeFirst();
  const fields: Pick<CriteriaTemplateTable, 'title' | 'note' | 'source' | 'updatedAt'> = {
    title: template.title,
    note: template.note,
    source: template.source,
    updatedAt: stamps.now,
  };
  let id: string;
  if (existing) {
    id = existing.id;
    await db.updateTable('criteriaTemplate').set(fields).where('id', '=', id).execute();
    await db.deleteFrom('criterion').where('templateId', '=', id).execute();
  } else {
    id = stamps.newId;
    await db.insertInto('criteriaTemplate').values({ id, reviewYearId, form: template.form, createdAt: stamps.now, ...fields }).execute();
  }
  if (template.criteria.length > 0) {
    await db
      .insertInto('criterion')
      .values(
        template.criteria.map((c, position) => ({
          templateId: id,
          code: c.id,
          position,
          criterionGroup: c.group,
          title: c.title,
          help: c.help,
          maxTenths: toTenths(c.maxPoints),
        })),
      )
      .execute();
  }
  return id;
}

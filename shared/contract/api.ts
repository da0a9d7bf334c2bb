// The one API contract: every method the renderer (or a test, or the CLI) may call on the core,
// with its input schema and output type. Transports (IPC, HTTP, in-process) are generated from this
// table, so adding a method here is the only place a new call is declared. Layer: shared.
import { z } from 'zod';
import { command, noInput, query, returns } from './define';
import { communeSetupSchema, type Commune } from '../domain/commune';
import { orgCloseSchema, orgCreateSchema, orgMoveSchema, orgRenameSchema, type OrgUnit } from '../domain/org-unit';
import {
  awardInputSchema,
  disciplineInputSchema,
  memberCreateSchema,
  memberInputSchema,
  statusChangeSchema,
  transferSchema,
  type AwardRecord,
  type DisciplineRecord,
  type Member,
  type MemberDetail,
  type MemberListRow,
} from '../domain/member';
import type { DashboardData } from '../domain/dashboard';
import type { AppInfo, UiSettings } from '../domain/app-info';
import type { DemoSummary } from '../domain/demo';
import { uuid } from '../domain/fields';
import { reviewYearNumber, yearRefSchema, yearSettingsPatchSchema, type ReviewYear } from '../review/year-settings';
import { criteriaTemplateInputSchema, formRefSchema, type CriteriaDocument, type StoredCriteriaTemplate } from '../review/criteria';
import type { EligibilityView } from '../review/eligibility-view';

export const api = {
  'app.info': query(noInput, returns<AppInfo>(), 'Version, data folder and whether the commune is set up.'),
  'settings.update': command(
    z.object({ largeType: z.boolean().optional() }).strict(),
    returns<UiSettings>(),
    'Changes interface settings (large type).',
  ),

  'commune.get': query(noInput, returns<Commune | null>(), 'The installation’s own commune, or null before set-up.'),
  'commune.setup': command(communeSetupSchema, returns<Commune>(), 'First-run set-up: creates the commune and its root org unit.'),
  'commune.update': command(communeSetupSchema, returns<Commune>(), 'Changes the names printed on documents.'),
  'demo.load': command(
    z.object({ members: z.number().int().min(10).max(20000).optional(), seed: z.number().int().optional() }).strict(),
    returns<DemoSummary>(),
    'First run only: fills the empty database with a realistic demo commune.',
  ),

  'dashboard.get': query(noInput, returns<DashboardData>(), 'Counts by org unit, status and category.'),

  'org.list': query(noInput, returns<OrgUnit[]>(), 'Every org unit of the commune, open and closed.'),
  'org.create': command(orgCreateSchema, returns<OrgUnit>(), 'Adds an org unit under a parent.'),
  'org.rename': command(orgRenameSchema, returns<OrgUnit>(), 'Renames an org unit (and may change its type).'),
  'org.move': command(orgMoveSchema, returns<OrgUnit>(), 'Moves an org unit under another parent.'),
  'org.close': command(orgCloseSchema, returns<OrgUnit>(), 'Closes (dissolves) an org unit that has no members left.'),

  'member.list': query(
    z.object({ includeInactive: z.boolean().default(true) }).strict(),
    returns<MemberListRow[]>(),
    'All members as light rows, in Vietnamese name order.',
  ),
  'member.get': query(z.object({ id: uuid() }).strict(), returns<MemberDetail>(), 'One member with history, discipline and awards.'),
  'member.create': command(memberCreateSchema, returns<Member>(), 'Adds a member to a cell.'),
  'member.update': command(z.object({ id: uuid(), data: memberInputSchema }), returns<Member>(), 'Edits a member’s record.'),
  'member.changeStatus': command(statusChangeSchema, returns<Member>(), 'Changes a member’s status, closing the previous period in the history.'),
  'member.transfer': command(transferSchema, returns<Member>(), 'Moves a member to another cell of the commune, with history.'),
  'member.addDiscipline': command(disciplineInputSchema, returns<DisciplineRecord>(), 'Records a discipline decision.'),
  'member.addAward': command(awardInputSchema, returns<AwardRecord>(), 'Records an award.'),

  // ---- Review years, criteria templates, eligibility ----
  'year.list': query(noInput, returns<ReviewYear[]>(), 'Every review year of the commune with its settings, latest first.'),
  'year.get': query(yearRefSchema, returns<ReviewYear>(), 'One review year with its settings.'),
  'year.create': command(
    z.object({ year: reviewYearNumber(), copyFrom: reviewYearNumber('Năm được sao chép').optional() }).strict(),
    returns<ReviewYear>(),
    'Creates a review year from the defaults, or as a copy of another year (dates shifted); seeds its criteria templates.',
  ),
  'year.update': command(
    z.object({ year: reviewYearNumber(), settings: yearSettingsPatchSchema }).strict(),
    returns<ReviewYear>(),
    'Changes settings of a review year; fields left out keep their value, null clears an optional one.',
  ),
  'criteria.get': query(formRefSchema, returns<StoredCriteriaTemplate>(), 'The criteria template of a form in a review year.'),
  'criteria.save': command(
    formRefSchema.extend({ template: criteriaTemplateInputSchema }),
    returns<StoredCriteriaTemplate>(),
    'Replaces the criteria template of a form; the group sums must be exactly 30 and 70.',
  ),
  'criteria.export': query(formRefSchema, returns<CriteriaDocument>(), 'The criteria template as its versioned JSON document.'),
  'criteria.import': command(
    formRefSchema.extend({ document: z.unknown() }),
    returns<StoredCriteriaTemplate>(),
    'Replaces the criteria template of a form with a JSON document, after checking format, version, form and sums.',
  ),
  'eligibility.get': query(yearRefSchema, returns<EligibilityView>(), 'Per cell: who is reviewed, classified and votes at the year’s review date, with reasons and counts.'),
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;
export const methodNames = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

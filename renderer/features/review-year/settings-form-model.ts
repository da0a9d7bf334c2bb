// The settings form of a review year as plain text values keyed by the core's own field paths
// (`quota.decisionRef`…), so a refusal at `settings.quota.decisionRef` lands on that very field. Converts
// stored settings to form values and form values to the `year.update` patch. Layer: renderer.
import type { AppError } from '../../../shared/contract/result';
import type { ReviewYearSettings, YearSettingsPatch } from '../../../shared/review/index';

export const SETTINGS_FIELDS = [
  'ruleSet',
  'reviewDate',
  'deadlines.meetingsFrom',
  'deadlines.meetingsTo',
  'deadlines.decisionOn',
  'deadlines.reportOn',
  'quota.ratePercent',
  'quota.decisionRef',
  'quota.denominator',
  'quota.scope',
  'vote.method',
  'vote.denominator',
  'guidingDocument.number',
  'guidingDocument.issuedOn',
  'guidingDocument.issuer',
] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

export type SettingsFormValues = Record<SettingsField, string>;

/** The element id of a field (`year-quota-decisionRef`); ids may not contain dots for CSS selectors. */
export const settingsFieldId = (field: SettingsField) => `year-${field.replace('.', '-')}`;

export function settingsToValues(s: ReviewYearSettings): SettingsFormValues {
  return {
    ruleSet: s.ruleSet,
    reviewDate: s.reviewDate,
    'deadlines.meetingsFrom': s.deadlines.meetingsFrom ?? '',
    'deadlines.meetingsTo': s.deadlines.meetingsTo ?? '',
    'deadlines.decisionOn': s.deadlines.decisionOn ?? '',
    'deadlines.reportOn': s.deadlines.reportOn ?? '',
    'quota.ratePercent': String(s.quota.ratePercent),
    'quota.decisionRef': s.quota.decisionRef ?? '',
    'quota.denominator': s.quota.denominator,
    'quota.scope': s.quota.scope,
    'vote.method': s.vote.method,
    'vote.denominator': s.vote.denominator,
    'guidingDocument.number': s.guidingDocument.number ?? '',
    'guidingDocument.issuedOn': s.guidingDocument.issuedOn ?? '',
    'guidingDocument.issuer': s.guidingDocument.issuer ?? '',
  };
}

export function sameValues(a: SettingsFormValues, b: SettingsFormValues): boolean {
  return SETTINGS_FIELDS.every((f) => a[f] === b[f]);
}

const orNull = (v: string) => (v.trim() === '' ? null : v);

/**
 * The whole form as a patch. Enumerated values are passed through as they are: the core checks them and
 * names the field if one is wrong, so the form never guesses.
 */
export function valuesToPatch(v: SettingsFormValues): YearSettingsPatch {
  return {
    ruleSet: v.ruleSet,
    reviewDate: v.reviewDate,
    deadlines: {
      meetingsFrom: orNull(v['deadlines.meetingsFrom']),
      meetingsTo: orNull(v['deadlines.meetingsTo']),
      decisionOn: orNull(v['deadlines.decisionOn']),
      reportOn: orNull(v['deadlines.reportOn']),
    },
    quota: {
      ratePercent: Number(v['quota.ratePercent']) as 20 | 25,
      decisionRef: orNull(v['quota.decisionRef']),
      denominator: v['quota.denominator'] as 'htt' | 'htt+htxs',
      scope: v['quota.scope'] as 'basic-org' | 'commune',
    },
    vote: { method: v['vote.method'] as 'cumulative' | 'strict', denominator: v['vote.denominator'] as 'voters' | 'present' },
    guidingDocument: {
      number: orNull(v['guidingDocument.number']),
      issuedOn: orNull(v['guidingDocument.issuedOn']),
      issuer: orNull(v['guidingDocument.issuer']),
    },
  };
}

export type SettingsErrors = Partial<Record<SettingsField, string>>;

/** Checks the form can be sent at all; every rule about the values is the core's. */
export function checkSettingsValues(v: SettingsFormValues): SettingsErrors {
  return v.reviewDate.trim() === '' ? { reviewDate: 'Hãy chọn ngày kiểm điểm (ngày chi bộ họp kiểm điểm).' } : {};
}

const isField = (path: string): path is SettingsField => (SETTINGS_FIELDS as readonly string[]).includes(path);

/** The core's refusal of `year.update`: per field when its path names one, else a general message. */
export function settingsRefusal(error: AppError): { fields: SettingsErrors; general: string | null } {
  const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as { path?: unknown };
  const path = typeof details.path === 'string' ? details.path.replace(/^settings\./, '') : '';
  if (isField(path)) return { fields: { [path]: error.message }, general: null };
  return { fields: {}, general: error.message };
}

export function firstSettingsError(errors: SettingsErrors): SettingsField | undefined {
  return SETTINGS_FIELDS.find((f) => errors[f]);
}

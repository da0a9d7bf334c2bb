// Settings of one review year (rules.md §8): rule set, review date, the deadlines of the Đảng ủy xã's
// plan, HTXS quota, vote counting and the guiding document. Defaults come from rules.md; a new year may
// copy a previous one with its dates shifted. The cross-field rules live here so the UI, the core and
// later the package import refuse the same things with the same Vietnamese messages. Layer: shared.
import { z } from 'zod';
import type { Result } from '../contract/result';
import { ok } from '../contract/result';
import { addCalendarMonths, compareIsoDates, formatDateVi, isIsoDate } from '../rules/calendar';
import { defaultReviewDate } from '../rules/classify';
import { inputError, INVALID_INPUT } from '../rules/input-errors';
import type { QuotaRatePercent } from '../rules/quota';
import { defaultRuleSetForYear, ruleSetById, type RuleSetId } from '../rules/rule-sets';
import { QUOTA_DENOMINATORS, VOTE_DENOMINATORS, VOTE_METHODS, type QuotaDenominator, type VoteDenominator, type VoteMethod } from '../rules/schemas';
import { normalizeLine } from '../text/normalize';

/** First and last review year the app keeps (the oldest shipped rule set starts in 2018). */
export const FIRST_REVIEW_YEAR = 2018;
export const LAST_REVIEW_YEAR = 2100;

/** Peer group of the HTXS quota: each TCCSĐ on its own (default, rules.md §5) or the whole commune. */
export const QUOTA_SCOPES = ['basic-org', 'commune'] as const;
export type QuotaScope = (typeof QUOTA_SCOPES)[number];

export interface ReviewYearSettings {
  ruleSet: RuleSetId;
  /** The reference date of eligibility (the chi bộ meeting date); default 1 December. */
  reviewDate: string;
  /** Dates of the Đảng ủy xã's plan; null until the plan is entered. */
  deadlines: {
    /** Window of the chi bộ review meetings. */
    meetingsFrom: string | null;
    meetingsTo: string | null;
    /** Date of the Đảng ủy's decision on the results. */
    decisionOn: string | null;
    /** Date of the report to the level above. */
    reportOn: string | null;
  };
  quota: {
    ratePercent: QuotaRatePercent;
    denominator: QuotaDenominator;
    scope: QuotaScope;
    /** The decision marking the unit outstanding; required when the rate is 25 %. */
    decisionRef: string | null;
  };
  vote: { method: VoteMethod; denominator: VoteDenominator };
  /** The guiding document of the year (usually the province's): số, ngày, cơ quan ban hành. */
  guidingDocument: { number: string | null; issuedOn: string | null; issuer: string | null };
}

export interface ReviewYear {
  id: string;
  communeId: string;
  year: number;
  settings: ReviewYearSettings;
  createdAt: string;
  updatedAt: string;
}

/** Vietnamese names of the settings fields, keyed by path inside the settings. */
export const SETTINGS_LABELS = {
  ruleSet: 'Bộ quy tắc',
  reviewDate: 'Ngày kiểm điểm (ngày họp chi bộ)',
  'deadlines.meetingsFrom': 'Ngày bắt đầu họp kiểm điểm ở các chi bộ',
  'deadlines.meetingsTo': 'Ngày kết thúc họp kiểm điểm ở các chi bộ',
  'deadlines.decisionOn': 'Ngày Đảng ủy xã quyết định xếp loại',
  'deadlines.reportOn': 'Ngày báo cáo cấp trên',
  'quota.ratePercent': 'Tỷ lệ tối đa mức "Hoàn thành xuất sắc nhiệm vụ"',
  'quota.denominator': 'Cách tính mẫu số của tỷ lệ tối đa',
  'quota.scope': 'Phạm vi nhóm so sánh khi tính tỷ lệ tối đa',
  'quota.decisionRef': 'Quyết định công nhận đơn vị có kết quả nổi bật',
  'vote.method': 'Cách tính kết quả biểu quyết',
  'vote.denominator': 'Cách tính "quá nửa"',
  'guidingDocument.number': 'Số văn bản hướng dẫn',
  'guidingDocument.issuedOn': 'Ngày ban hành văn bản hướng dẫn',
  'guidingDocument.issuer': 'Cơ quan ban hành văn bản hướng dẫn',
} as const;
type SettingsPath = keyof typeof SETTINGS_LABELS;
const L = SETTINGS_LABELS;

// ----------------------------------------------------------------------------------------------- input

const unsupportedKeys = (where: string) => (iss: { code?: string; keys?: string[] }) =>
  iss.code === 'unrecognized_keys' ? `${where} có trường không được hỗ trợ: ${(iss.keys ?? []).join(', ')}.` : undefined;

const date = (label: string) =>
  z.string({ error: `${label}: phải là ngày dạng năm-tháng-ngày.` }).refine(isIsoDate, {
    error: `${label}: ngày không hợp lệ (ghi ngày/tháng/năm, ví dụ 01/12/2026).`,
  });

/** A one-line text that may be cleared: null or blank → null; text normalized (NFC, single spaces). */
const line = (label: string, max: number) =>
  z
    .string({ error: `${label}: phải là chữ.` })
    .transform(normalizeLine)
    .pipe(z.string().max(max, { error: `${label}: dài quá ${max} ký tự.` }))
    .transform((v) => (v === '' ? null : v))
    .nullable();

/**
 * A change to the settings: every field optional; a section given in part changes only the fields given;
 * `null` clears an optional field. The rule set id is checked against the registry by `checkYearSettings`.
 */
export const yearSettingsPatchSchema = z.strictObject(
  {
    ruleSet: z.string({ error: `${L.ruleSet}: phải là mã bộ quy tắc.` }).optional(),
    reviewDate: date(L.reviewDate).optional(),
    deadlines: z
      .strictObject(
        {
          meetingsFrom: date(L['deadlines.meetingsFrom']).nullable().optional(),
          meetingsTo: date(L['deadlines.meetingsTo']).nullable().optional(),
          decisionOn: date(L['deadlines.decisionOn']).nullable().optional(),
          reportOn: date(L['deadlines.reportOn']).nullable().optional(),
        },
        { error: unsupportedKeys('Mốc thời gian') },
      )
      .optional(),
    quota: z
      .strictObject(
        {
          ratePercent: z.union([z.literal(20), z.literal(25)], { error: `${L['quota.ratePercent']}: chỉ được là 20 hoặc 25 (%).` }).optional(),
          denominator: z.enum(QUOTA_DENOMINATORS, { error: `${L['quota.denominator']}: chỉ được là "htt" hoặc "htt+htxs".` }).optional(),
          scope: z.enum(QUOTA_SCOPES, { error: `${L['quota.scope']}: chỉ được là "basic-org" (từng tổ chức cơ sở đảng) hoặc "commune" (toàn Đảng bộ xã).` }).optional(),
          decisionRef: line(L['quota.decisionRef'], 300).optional(),
        },
        { error: unsupportedKeys('Tỷ lệ tối đa') },
      )
      .optional(),
    vote: z
      .strictObject(
        {
          method: z.enum(VOTE_METHODS, { error: `${L['vote.method']}: chỉ được là "cumulative" (cộng dồn) hoặc "strict" (theo từng mức).` }).optional(),
          denominator: z.enum(VOTE_DENOMINATORS, { error: `${L['vote.denominator']}: chỉ được là "voters" (số có quyền biểu quyết) hoặc "present" (số có mặt).` }).optional(),
        },
        { error: unsupportedKeys('Biểu quyết') },
      )
      .optional(),
    guidingDocument: z
      .strictObject(
        {
          number: line(L['guidingDocument.number'], 100).optional(),
          issuedOn: date(L['guidingDocument.issuedOn']).nullable().optional(),
          issuer: line(L['guidingDocument.issuer'], 200).optional(),
        },
        { error: unsupportedKeys('Văn bản hướng dẫn') },
      )
      .optional(),
  },
  { error: unsupportedKeys('Cài đặt năm kiểm điểm') },
);
export type YearSettingsPatch = z.input<typeof yearSettingsPatchSchema>;
export type ParsedYearSettingsPatch = z.output<typeof yearSettingsPatchSchema>;

export const reviewYearNumber = (label = 'Năm kiểm điểm') =>
  z
    .number({ error: `${label}: phải là một số.` })
    .int({ error: `${label}: phải là số nguyên.` })
    .min(FIRST_REVIEW_YEAR, { error: `${label}: phải từ ${FIRST_REVIEW_YEAR} đến ${LAST_REVIEW_YEAR}.` })
    .max(LAST_REVIEW_YEAR, { error: `${label}: phải từ ${FIRST_REVIEW_YEAR} đến ${LAST_REVIEW_YEAR}.` });

// -------------------------------------------------------------------------------------- defaults, copy

/**
 * Settings of a new year without a model (rules.md §3, §5, §6): the default rule set of the year, review on
 * 1 December, quota 20 % of HTT per TCCSĐ, cumulative vote over all voters. The deadlines and the guiding
 * document come from the plan of the Đảng ủy xã and the province; rules.md gives no default, so they start
 * empty rather than with invented dates.
 */
export function defaultYearSettings(year: number): Result<ReviewYearSettings> {
  const ruleSet = defaultRuleSetForYear(year);
  if (!ruleSet) {
    return inputError('no-rule-set-for-year', `Không có bộ quy tắc cho năm kiểm điểm ${year} (chỉ hỗ trợ từ năm ${FIRST_REVIEW_YEAR}).`, 'year');
  }
  return ok({
    ruleSet: ruleSet.id,
    reviewDate: defaultReviewDate(year),
    deadlines: { meetingsFrom: null, meetingsTo: null, decisionOn: null, reportOn: null },
    quota: { ratePercent: 20, denominator: 'htt', scope: 'basic-org', decisionRef: null },
    vote: { method: 'cumulative', denominator: 'voters' },
    guidingDocument: { number: null, issuedOn: null, issuer: null },
  });
}

const shift = (d: string | null, years: number) => (d === null ? null : addCalendarMonths(d, 12 * years));

/**
 * Settings of `toYear` copied from those of `fromYear`, with the dates of the round shifted by the year
 * difference (29 February becomes 28 February). Three deliberate exceptions:
 * - the rule set: a year that used its own default gets the new year's default (2024 → 2025 moves from
 *   QĐ 124 to QĐ 366); a rule set picked on purpose is kept;
 * - the 25 % quota tier rests on a decision about that year's results, so the copy goes back to 20 % with
 *   no decision reference;
 * - the guiding document is a fact about an issued document: copied as it is, its date not shifted.
 */
export function copyYearSettings(from: ReviewYearSettings, fromYear: number, toYear: number): Result<ReviewYearSettings> {
  const years = toYear - fromYear;
  const fromDefault = defaultRuleSetForYear(fromYear);
  const toDefault = defaultRuleSetForYear(toYear);
  const keepsDefault = fromDefault !== undefined && fromDefault.id === from.ruleSet;
  if (keepsDefault && !toDefault) {
    return inputError('no-rule-set-for-year', `Không có bộ quy tắc cho năm kiểm điểm ${toYear} (chỉ hỗ trợ từ năm ${FIRST_REVIEW_YEAR}).`, 'year');
  }
  return ok({
    ruleSet: keepsDefault ? toDefault!.id : from.ruleSet,
    reviewDate: shift(from.reviewDate, years)!,
    deadlines: {
      meetingsFrom: shift(from.deadlines.meetingsFrom, years),
      meetingsTo: shift(from.deadlines.meetingsTo, years),
      decisionOn: shift(from.deadlines.decisionOn, years),
      reportOn: shift(from.deadlines.reportOn, years),
    },
    quota: { ...from.quota, ratePercent: 20, decisionRef: null },
    vote: { ...from.vote },
    guidingDocument: { ...from.guidingDocument },
  });
}

/** The settings after a patch (not yet checked). */
export function applySettingsPatch(current: ReviewYearSettings, patch: ParsedYearSettingsPatch): ReviewYearSettings {
  const pick = <T extends object>(base: T, change: Partial<T> | undefined): T => {
    if (!change) return { ...base };
    const out = { ...base };
    for (const [key, value] of Object.entries(change)) if (value !== undefined) (out as Record<string, unknown>)[key] = value;
    return out;
  };
  return {
    ruleSet: (patch.ruleSet ?? current.ruleSet) as RuleSetId,
    reviewDate: patch.reviewDate ?? current.reviewDate,
    deadlines: pick(current.deadlines, patch.deadlines),
    quota: pick(current.quota, patch.quota),
    vote: pick(current.vote, patch.vote),
    guidingDocument: pick(current.guidingDocument, patch.guidingDocument),
  };
}

// -------------------------------------------------------------------------------------------- checking

/**
 * The window dates of a review round may fall in: from 1 January of the review year to 31 March of the
 * next (reviews end by 31/12, special units by 15/01, the dossier goes up before 01/02 — HD 43 Mục 4 — and
 * the level above reports before 01/03). A date outside it is a typing mistake (2062 for 2026).
 */
export function roundWindow(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year + 1}-03-31` };
}

/** A guiding document may be a few years old (HD 43 guides every round since 2025), never from after the round. */
export function guideWindow(year: number): { from: string; to: string } {
  return { from: `${year - 10}-01-01`, to: `${year + 1}-03-31` };
}

/**
 * Checks settings for `year`; paths are relative to the settings (the core prefixes `settings.`).
 * Refuses: an unknown rule set, invalid or out-of-range dates, a meeting window that ends before it starts,
 * a decision before the meetings start or a report before the decision, and the 25 % rate without the
 * decision that grants it.
 */
export function checkYearSettings(year: number, s: ReviewYearSettings, at = ''): Result<ReviewYearSettings> {
  const path = (p: SettingsPath) => (at === '' ? p : `${at}.${p}`);
  const ruleSet = ruleSetById(s.ruleSet);
  if (!ruleSet.ok) return inputError(ruleSet.error.code, ruleSet.error.message, path('ruleSet'));

  const round = roundWindow(year);
  const dates: [SettingsPath, string | null, { from: string; to: string }][] = [
    ['reviewDate', s.reviewDate, round],
    ['deadlines.meetingsFrom', s.deadlines.meetingsFrom, round],
    ['deadlines.meetingsTo', s.deadlines.meetingsTo, round],
    ['deadlines.decisionOn', s.deadlines.decisionOn, round],
    ['deadlines.reportOn', s.deadlines.reportOn, round],
    ['guidingDocument.issuedOn', s.guidingDocument.issuedOn, guideWindow(year)],
  ];
  for (const [field, value, window] of dates) {
    if (value === null) continue;
    if (!isIsoDate(value)) return inputError(INVALID_INPUT, `${L[field]}: ngày không hợp lệ (ghi ngày/tháng/năm, ví dụ 01/12/2026).`, path(field));
    if (compareIsoDates(value, window.from) < 0 || compareIsoDates(value, window.to) > 0) {
      return inputError(
        INVALID_INPUT,
        `${L[field]} (${formatDateVi(value)}) phải trong khoảng ${formatDateVi(window.from)} – ${formatDateVi(window.to)} của đợt kiểm điểm năm ${year}.`,
        path(field),
      );
    }
  }

  const { meetingsFrom, meetingsTo, decisionOn, reportOn } = s.deadlines;
  if (meetingsFrom && meetingsTo && compareIsoDates(meetingsTo, meetingsFrom) < 0) {
    return inputError(
      INVALID_INPUT,
      `${L['deadlines.meetingsTo']} (${formatDateVi(meetingsTo)}) không được trước ${L['deadlines.meetingsFrom'].toLowerCase()} (${formatDateVi(meetingsFrom)}).`,
      path('deadlines.meetingsTo'),
    );
  }
  if (decisionOn && meetingsFrom && compareIsoDates(decisionOn, meetingsFrom) < 0) {
    return inputError(
      INVALID_INPUT,
      `${L['deadlines.decisionOn']} (${formatDateVi(decisionOn)}) không được trước ${L['deadlines.meetingsFrom'].toLowerCase()} (${formatDateVi(meetingsFrom)}).`,
      path('deadlines.decisionOn'),
    );
  }
  if (reportOn && decisionOn && compareIsoDates(reportOn, decisionOn) < 0) {
    return inputError(
      INVALID_INPUT,
      `${L['deadlines.reportOn']} (${formatDateVi(reportOn)}) không được trước ${L['deadlines.decisionOn'].toLowerCase()} (${formatDateVi(decisionOn)}).`,
      path('deadlines.reportOn'),
    );
  }

  // The 25 % tier exists only by a decision of the competent level, which must be cited (rules.md §5).
  if (s.quota.ratePercent === 25 && !s.quota.decisionRef) {
    return inputError(
      INVALID_INPUT,
      `Tỷ lệ tối đa 25% cần ghi ${L['quota.decisionRef'].toLowerCase()} của cấp có thẩm quyền (số, ngày quyết định).`,
      path('quota.decisionRef'),
    );
  }
  return ok(s);
}

/** API input naming one review year. */
export const yearRefSchema = z.object({ year: reviewYearNumber() }).strict();

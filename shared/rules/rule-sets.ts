// The registry of rule sets (rules.md §1): which regulation applies to which review years, what the engine
// does with it, and the article references every reason cites. Layer: shared.
import type { Result } from '../contract/result';
import type { LevelCode } from './levels';
import { ok } from '../contract/result';
import { inputError } from './input-errors';

export const RULE_SET_IDS = ['QD366-2025', 'QD124-2023', 'QD132-2018'] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

/** `full`: scores, conditions and disqualifiers are computed; `record-only`: the level is entered. */
export type RuleSetMode = 'full' | 'record-only';

export interface RuleDocument {
  /** Short citation form, e.g. `QĐ 366-QĐ/TW`. */
  code: string;
  issuedOn: string;
}

/** Article references cited in reasons (Vietnamese citation strings). */
export interface RuleRefs {
  eligibility: string;
  /** The article that defines each level (score band and conditions). */
  level: Readonly<Record<LevelCode, string>>;
  disqualifiers: string;
  finalLevel: string;
  /** The article for cases the text does not settle (rule gap). */
  ruleGap: string;
  quota: string;
  recordedLevel: string;
  /** The "any discipline in the year" rule; only rule sets with `disciplineMeansKhtnv`. */
  discipline: string;
}

export interface RuleSet {
  id: RuleSetId;
  mode: RuleSetMode;
  /** First review year the set applies to by default. */
  fromYear: number;
  /** Last review year by default; null = open-ended. */
  toYear: number | null;
  regulation: RuleDocument;
  guide: RuleDocument;
  /** QĐ 124: any discipline in the review year means KHTNV unless the competent level decides otherwise. */
  disciplineMeansKhtnv: boolean;
  refs: RuleRefs;
}

/** References to the Party Charter, which no rule set replaces. */
export const CHARTER_REFS = {
  /** Probationary members have no vote (Điều lệ Đảng, Điều 3). */
  votingRight: 'Điều lệ Đảng, Điều 3',
  /** Decisions need more than half (Điều lệ Đảng, Điều 9, khoản 5). */
  majority: 'Điều lệ Đảng, Điều 9, khoản 5',
} as const;

const QD366_REFS: RuleRefs = {
  eligibility: 'QĐ 366-QĐ/TW, Điều 5, khoản 2',
  level: {
    HTXS: 'QĐ 366-QĐ/TW, Điều 11, khoản 1',
    HTT: 'QĐ 366-QĐ/TW, Điều 11, khoản 2',
    HTNV: 'QĐ 366-QĐ/TW, Điều 11, khoản 3',
    KHTNV: 'QĐ 366-QĐ/TW, Điều 11, khoản 4',
  },
  disqualifiers: 'QĐ 366-QĐ/TW, Điều 11, khoản 4',
  finalLevel: 'QĐ 366-QĐ/TW, Điều 11',
  ruleGap: 'QĐ 366-QĐ/TW, Điều 11, khoản 1–3',
  quota: 'QĐ 366-QĐ/TW, Điều 11, khoản 1',
  recordedLevel: 'QĐ 366-QĐ/TW, Điều 11',
  discipline: 'QĐ 366-QĐ/TW, Điều 11, khoản 4',
};

/**
 * Record-only sets cite the regulation and its guide as a whole: the app keeps their results but does not
 * apply their articles one by one, so no article number is claimed that the engine does not implement.
 */
function recordOnlyRefs(regulation: string, guide: string, discipline: string): RuleRefs {
  const both = `${regulation}; ${guide}`;
  return {
    eligibility: both,
    level: { HTXS: regulation, HTT: regulation, HTNV: regulation, KHTNV: regulation },
    disqualifiers: regulation,
    finalLevel: regulation,
    ruleGap: regulation,
    quota: both,
    recordedLevel: both,
    discipline,
  };
}

export const RULE_SETS: Readonly<Record<RuleSetId, RuleSet>> = {
  'QD366-2025': {
    id: 'QD366-2025',
    mode: 'full',
    fromYear: 2025,
    toYear: null,
    regulation: { code: 'QĐ 366-QĐ/TW', issuedOn: '2025-08-30' },
    guide: { code: 'HD 43-HD/BTCTW', issuedOn: '2025-10-31' },
    disciplineMeansKhtnv: false,
    refs: QD366_REFS,
  },
  'QD124-2023': {
    id: 'QD124-2023',
    mode: 'record-only',
    fromYear: 2023,
    toYear: 2024,
    regulation: { code: 'QĐ 124-QĐ/TW', issuedOn: '2023-10-04' },
    guide: { code: 'HD 25-HD/BTCTW', issuedOn: '2023-11-10' },
    disciplineMeansKhtnv: true,
    // The discipline rule is QĐ 124 Điều 12 (domain-background.md §3.3, source S7).
    refs: recordOnlyRefs('QĐ 124-QĐ/TW', 'HD 25-HD/BTCTW', 'QĐ 124-QĐ/TW, Điều 12'),
  },
  'QD132-2018': {
    id: 'QD132-2018',
    mode: 'record-only',
    fromYear: 2018,
    toYear: 2022,
    regulation: { code: 'QĐ 132-QĐ/TW', issuedOn: '2018-03-08' },
    guide: { code: 'HD 21-HD/BTCTW', issuedOn: '2019-10-18' },
    disciplineMeansKhtnv: false,
    refs: recordOnlyRefs('QĐ 132-QĐ/TW', 'HD 21-HD/BTCTW', 'QĐ 132-QĐ/TW'),
  },
};

export function isRuleSetId(value: unknown): value is RuleSetId {
  return typeof value === 'string' && (RULE_SET_IDS as readonly string[]).includes(value);
}

/** The rule set by id, or undefined for an unknown id. */
export function getRuleSet(id: string): RuleSet | undefined {
  return isRuleSetId(id) ? RULE_SETS[id] : undefined;
}

/** The rule set by id; an unknown id is refused with code `unknown-rule-set` at path `ruleSet`. */
export function ruleSetById(id: string): Result<RuleSet> {
  const set = getRuleSet(id);
  if (!set) {
    return inputError('unknown-rule-set', `Bộ quy tắc "${id}" không tồn tại. Các bộ quy tắc được hỗ trợ: ${RULE_SET_IDS.join(', ')}.`, 'ruleSet');
  }
  return ok(set);
}

/** The default rule set of a review year, or undefined before 2018 (no rule set shipped). */
export function defaultRuleSetForYear(reviewYear: number): RuleSet | undefined {
  return Object.values(RULE_SETS).find((set) => reviewYear >= set.fromYear && (set.toYear === null || reviewYear <= set.toYear));
}

/**
 * The rule set a review uses: the explicit id when given (the year's settings may pick a non-default set),
 * else the default of the year. Unknown ids and years without a rule set are refused.
 */
export function resolveRuleSet(id: string | undefined, reviewYear: number): Result<RuleSet> {
  if (id !== undefined) return ruleSetById(id);
  const byYear = defaultRuleSetForYear(reviewYear);
  if (!byYear) {
    return inputError('no-rule-set-for-year', `Không có bộ quy tắc mặc định cho năm kiểm điểm ${reviewYear} (chỉ hỗ trợ từ năm 2018). Hãy chỉ rõ bộ quy tắc.`, 'reviewYear');
  }
  return ok(byYear);
}

import { describe, expect, it } from 'vitest';
import { defaultRuleSetForYear, getRuleSet, RULE_SETS, resolveRuleSet } from '../../../shared/rules/index';
import { expectOk, expectRefused } from './helpers';

describe('rule-set registry', () => {
  it('ships the three rule sets with their modes and documents', () => {
    expect(RULE_SETS['QD366-2025']).toMatchObject({ mode: 'full', fromYear: 2025, toYear: null });
    expect(RULE_SETS['QD366-2025'].regulation).toEqual({ code: 'QĐ 366-QĐ/TW', issuedOn: '2025-08-30' });
    expect(RULE_SETS['QD366-2025'].guide).toEqual({ code: 'HD 43-HD/BTCTW', issuedOn: '2025-10-31' });
    expect(RULE_SETS['QD124-2023']).toMatchObject({ mode: 'record-only', fromYear: 2023, toYear: 2024, disciplineMeansKhtnv: true });
    expect(RULE_SETS['QD124-2023'].regulation).toEqual({ code: 'QĐ 124-QĐ/TW', issuedOn: '2023-10-04' });
    expect(RULE_SETS['QD124-2023'].guide).toEqual({ code: 'HD 25-HD/BTCTW', issuedOn: '2023-11-10' });
    expect(RULE_SETS['QD132-2018']).toMatchObject({ mode: 'record-only', fromYear: 2018, toYear: 2022, disciplineMeansKhtnv: false });
    expect(RULE_SETS['QD132-2018'].regulation).toEqual({ code: 'QĐ 132-QĐ/TW', issuedOn: '2018-03-08' });
    expect(RULE_SETS['QD132-2018'].guide).toEqual({ code: 'HD 21-HD/BTCTW', issuedOn: '2019-10-18' });
  });

  it('picks the default rule set by review year', () => {
    const byYear = (y: number) => defaultRuleSetForYear(y)?.id;
    expect(byYear(2017)).toBeUndefined();
    expect(byYear(2018)).toBe('QD132-2018');
    expect(byYear(2022)).toBe('QD132-2018');
    expect(byYear(2023)).toBe('QD124-2023');
    expect(byYear(2024)).toBe('QD124-2023');
    expect(byYear(2025)).toBe('QD366-2025');
    expect(byYear(2031)).toBe('QD366-2025');
  });

  it('lets the year pick another set and refuses unknown ids', () => {
    expect(expectOk(resolveRuleSet('QD124-2023', 2026)).id).toBe('QD124-2023');
    expect(expectOk(resolveRuleSet(undefined, 2026)).id).toBe('QD366-2025');
    expect(getRuleSet('QD366-2026')).toBeUndefined();
    expect(expectRefused(resolveRuleSet('QD366-2026', 2026), 'unknown-rule-set', 'ruleSet')).toContain('QD366-2026');
    expect(expectRefused(resolveRuleSet(undefined, 2017), 'no-rule-set-for-year', 'reviewYear')).toContain('2017');
  });

  it('cites articles of the 2025 regulation', () => {
    const refs = RULE_SETS['QD366-2025'].refs;
    expect(refs.level.HTXS).toBe('QĐ 366-QĐ/TW, Điều 11, khoản 1');
    expect(refs.level.KHTNV).toBe('QĐ 366-QĐ/TW, Điều 11, khoản 4');
    expect(refs.disqualifiers).toBe('QĐ 366-QĐ/TW, Điều 11, khoản 4');
    expect(refs.eligibility).toBe('QĐ 366-QĐ/TW, Điều 5, khoản 2');
  });
});

import { describe, expect, it } from 'vitest';
import { checkQuota, htxsAllowed, quotaBase, type QuotaRequest } from '../../../shared/rules/index';
import { expectOk, expectRefused } from './helpers';

const levels = (HTXS: number, HTT: number, HTNV = 0, KHTNV = 0) => ({ HTXS, HTT, HTNV, KHTNV });
const quota = (request: QuotaRequest) => {
  const { reasons, ...rest } = expectOk(checkQuota(request));
  return { ...rest, reasons };
};

describe('HTXS quota (Điều 11 khoản 1; rules.md §5)', () => {
  it('20 %: 4 HTT allow 0, 5 allow 1, 9 allow 1, 10 allow 2', () => {
    expect([4, 5, 9, 10, 12, 0].map((n) => htxsAllowed(n, 20))).toEqual([0, 1, 1, 2, 2, 0]);
    expect(quota({ rate: 0.2, levels: levels(1, 4) })).toMatchObject({ allowed: 0, actual: 1, excess: 1, violation: true });
    expect(quota({ rate: 0.2, levels: levels(1, 5) })).toMatchObject({ allowed: 1, actual: 1, excess: 0, violation: false });
  });

  it('25 %: 4 HTT allow 1, 3 allow 0, and a decision reference is required', () => {
    expect([3, 4, 7, 8].map((n) => htxsAllowed(n, 25))).toEqual([0, 1, 1, 2]);
    expect(quota({ rate: 0.25, decisionRef: 'QĐ 15-QĐ/ĐU', levels: levels(1, 4) })).toMatchObject({ allowed: 1, violation: false });
    const msg = expectRefused(checkQuota({ rate: 0.25, levels: levels(1, 4) }), 'invalid-input', 'decisionRef');
    expect(msg).toContain('25%');
    expectRefused(checkQuota({ rate: 0.25, decisionRef: '  ', levels: levels(1, 4) }), 'invalid-input', 'decisionRef');
  });

  it('gives the cli.md example and its reason', () => {
    const out = quota({ rate: 0.2, denominator: 'htt', levels: levels(3, 12, 1, 0) });
    expect(out).toMatchObject({ allowed: 2, actual: 3, excess: 1, violation: true });
    expect(out.reasons).toEqual([
      {
        code: 'quota-exceeded',
        message:
          'Mức "Hoàn thành xuất sắc nhiệm vụ" tối đa 20% của số được xếp loại "Hoàn thành tốt nhiệm vụ" (12), làm tròn xuống: 2. Hiện có 3: vượt 1 so với mức tối đa.',
        ref: 'QĐ 366-QĐ/TW, Điều 11, khoản 1',
      },
    ]);
  });

  it('counts HTT + HTXS when the year says so', () => {
    expect(quotaBase(levels(3, 12), 'htt')).toBe(12);
    expect(quotaBase(levels(3, 12), 'htt+htxs')).toBe(15);
    expect(quota({ rate: 0.2, denominator: 'htt+htxs', levels: levels(3, 12) })).toMatchObject({ allowed: 3, excess: 0, violation: false });
    expect(quota({ rate: 0.2, denominator: 'htt+htxs', levels: levels(3, 12) }).reasons[0]!.code).toBe('quota-within');
  });

  it('defaults to 20 % of HTT and zero for levels left out', () => {
    expect(quota({ levels: { HTXS: 2, HTT: 10 } })).toMatchObject({ allowed: 2, actual: 2, excess: 0, violation: false });
  });

  it('refuses other rates, unknown level codes and negative counts', () => {
    expectRefused(checkQuota({ rate: 0.3, levels: levels(0, 10) }), 'invalid-input', 'rate');
    expectRefused(checkQuota({ rate: 20, levels: levels(0, 10) } as QuotaRequest), 'invalid-input', 'rate');
    expect(expectRefused(checkQuota({ levels: { HTXS: 1, HTT: 5, XS: 1 } } as QuotaRequest), 'invalid-input', 'levels.XS')).toContain('"XS"');
    expectRefused(checkQuota({ levels: levels(-1, 5) }), 'invalid-input', 'levels.HTXS');
    expectRefused(checkQuota({ levels: levels(1.5, 5) }), 'invalid-input', 'levels.HTXS');
    expectRefused(checkQuota({ ruleSet: 'QD1', levels: levels(1, 5) }), 'unknown-rule-set', 'ruleSet');
  });

  it('cites the rule set chosen', () => {
    expect(quota({ ruleSet: 'QD132-2018', levels: levels(1, 5) }).reasons[0]!.ref).toBe('QĐ 132-QĐ/TW; HD 21-HD/BTCTW');
  });
});

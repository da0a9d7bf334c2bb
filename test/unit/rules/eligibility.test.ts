import { describe, expect, it } from 'vitest';
import { canVote, checkEligibility, classify, eligibleFrom, RULE_SETS, type MemberStatus } from '../../../shared/rules/index';
import { expectOk, memberRequest } from './helpers';

const qd366 = RULE_SETS['QD366-2025'];
const check = (status: MemberStatus, admittedOn: string, reviewDate = '2026-12-01') => checkEligibility({ status, admittedOn, reviewDate }, qd366);

describe('eligibility at the review date (rules.md §3)', () => {
  it('excludes exempt and suspended members, whatever their admission date', () => {
    for (const status of ['exempt', 'suspended'] as const) {
      for (const admittedOn of ['1990-01-01', '2026-11-01']) {
        const e = check(status, admittedOn);
        expect(e).toMatchObject({ reviewed: false, classified: false, canVote: false });
        expect(e.reasons).toHaveLength(1);
        expect(e.reasons[0]!.code).toBe(status === 'exempt' ? 'member-exempt' : 'member-suspended');
        expect(e.reasons[0]!.ref).toBe('QĐ 366-QĐ/TW, Điều 5, khoản 2');
      }
    }
    expect(check('exempt', '1990-01-01').reasons[0]!.message).toContain('miễn công tác và sinh hoạt đảng');
    expect(check('suspended', '1990-01-01').reasons[0]!.message).toContain('đình chỉ sinh hoạt đảng');
  });

  it('needs 6 calendar months since admission: 2026-06-01 yes, 2026-06-02 no on 2026-12-01', () => {
    expect(check('probationary', '2026-06-01')).toMatchObject({ reviewed: true, classified: true });
    const late = check('probationary', '2026-06-02');
    expect(late).toMatchObject({ reviewed: false, classified: false, canVote: false });
    expect(late.reasons[0]!.code).toBe('member-admitted-recently');
    expect(late.reasons[0]!.message).toBe(
      'Đảng viên kết nạp ngày 02/06/2026, đến ngày kiểm điểm 01/12/2026 chưa đủ 6 tháng (đủ từ ngày 02/12/2026): không kiểm điểm, không xếp loại chất lượng.',
    );
  });

  it('handles the month-end case: admitted 31 August is eligible from the end of February', () => {
    expect(eligibleFrom('2026-08-31')).toBe('2027-02-28');
    expect(check('probationary', '2026-08-31', '2027-02-27').classified).toBe(false);
    expect(check('probationary', '2026-08-31', '2027-02-28').classified).toBe(true);
    // Leap year: 2027-08-31 + 6 months = 2028-02-29.
    expect(eligibleFrom('2027-08-31')).toBe('2028-02-29');
    expect(check('probationary', '2027-08-31', '2028-02-28').classified).toBe(false);
    expect(check('probationary', '2027-08-31', '2028-02-29').classified).toBe(true);
    expect(check('probationary', '2027-08-29', '2028-02-28').classified).toBe(false);
    expect(check('probationary', '2027-08-29', '2028-02-29').classified).toBe(true);
  });

  it('treats an admission after the review date as less than 6 months', () => {
    expect(check('probationary', '2027-01-10').classified).toBe(false);
  });

  it('reviews probationary members without a vote, official members with one', () => {
    const p = check('probationary', '2026-01-15');
    expect(p).toMatchObject({ reviewed: true, classified: true, canVote: false });
    expect(p.reasons.map((r) => r.code)).toEqual(['member-probationary']);
    expect(p.reasons[0]!.ref).toBe('Điều lệ Đảng, Điều 3');
    expect(check('official', '2001-05-19')).toEqual({ reviewed: true, classified: true, canVote: true, reasons: [] });
    expect((['official', 'probationary', 'exempt', 'suspended'] as const).map(canVote)).toEqual([true, false, false, false]);
  });

  it('exempt wins over the 6-month rule (first matching rule is the reason)', () => {
    expect(check('exempt', '2026-11-30').reasons.map((r) => r.code)).toEqual(['member-exempt']);
    expect(check('suspended', '2026-11-30').reasons.map((r) => r.code)).toEqual(['member-suspended']);
  });
});

describe('classify applies eligibility first', () => {
  it('does not classify a recently admitted member and runs no other rule', () => {
    const out = expectOk(
      classify(
        memberRequest({
          member: { status: 'probationary', admittedOn: '2026-06-02', category: 'staff' },
          // Bad figures are not examined for someone who is not classified… but they are still validated in shape.
          score: { common: 10, tasks: 10 },
          disqualifiers: ['degradation'],
        }),
      ),
    );
    expect(out).toEqual({
      ruleSet: 'QD366-2025',
      reviewed: false,
      classified: false,
      canVote: false,
      form: null,
      scoreLevel: null,
      conditionLevel: null,
      level: null,
      needsDecision: false,
      reasons: [expect.objectContaining({ code: 'member-admitted-recently' })],
    });
  });

  it('needs no score for a member who is not classified', () => {
    const { score: _s, tasks: _t, ...rest } = memberRequest({ member: { status: 'exempt', admittedOn: '1990-01-01', category: 'outside' } });
    const out = expectOk(classify(rest));
    expect(out.classified).toBe(false);
    expect(out.reasons[0]!.code).toBe('member-exempt');
  });

  it('defaults the review date to 1 December of the review year', () => {
    const { reviewDate: _d, ...rest } = memberRequest({ member: { status: 'probationary', admittedOn: '2026-06-01', category: 'outside' } });
    expect(expectOk(classify(rest)).classified).toBe(true);
    const { reviewDate: _d2, ...later } = memberRequest({ member: { status: 'probationary', admittedOn: '2026-06-02', category: 'outside' } });
    expect(expectOk(classify(later)).classified).toBe(false);
  });

  it('lists the probationary reason first and sets canVote false', () => {
    const out = expectOk(classify(memberRequest({ member: { status: 'probationary', admittedOn: '2026-01-15', category: 'outside' } })));
    expect(out.canVote).toBe(false);
    expect(out.level).toBe('HTXS');
    expect(out.reasons[0]!.code).toBe('member-probationary');
  });
});

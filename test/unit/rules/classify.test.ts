import { describe, expect, it } from 'vitest';
import { classify, type ClassifyRequest, INDIVIDUAL_DISQUALIFIERS, LEADER_DISQUALIFIERS, ORGANIZATION_DISQUALIFIERS } from '../../../shared/rules/index';
import { expectOk, expectRefused, memberRequest, organizationRequest } from './helpers';

const tasks = (donePct: number, latePct: number, exceededPct: number) => ({ donePct, latePct, exceededPct });
const codes = (reasons: { code: string }[]) => reasons.map((r) => r.code);

describe('classify — a member under QD366-2025', () => {
  it('gives the cli.md example: HTXS with score, condition and final reasons', () => {
    expect(expectOk(classify(memberRequest()))).toEqual({
      ruleSet: 'QD366-2025',
      reviewed: true,
      classified: true,
      canVote: true,
      form: '02C',
      scoreLevel: 'HTXS',
      conditionLevel: 'HTXS',
      level: 'HTXS',
      needsDecision: false,
      reasons: [
        expect.objectContaining({ code: 'score-band', ref: 'QĐ 366-QĐ/TW, Điều 11, khoản 1' }),
        expect.objectContaining({ code: 'conditions-htxs', ref: 'QĐ 366-QĐ/TW, Điều 11, khoản 1' }),
        expect.objectContaining({ code: 'final-level', ref: 'QĐ 366-QĐ/TW, Điều 11' }),
      ],
    });
  });

  it('keeps the output keys in the order of cli.md', () => {
    expect(Object.keys(expectOk(classify(memberRequest())))).toEqual([
      'ruleSet', 'reviewed', 'classified', 'canVote', 'form', 'scoreLevel', 'conditionLevel', 'level', 'needsDecision', 'reasons',
    ]);
    expect(Object.keys(expectOk(classify(organizationRequest())))).toEqual([
      'ruleSet', 'reviewed', 'classified', 'form', 'scoreLevel', 'conditionLevel', 'level', 'needsDecision', 'reasons',
    ]);
  });

  it('picks the form by category', () => {
    const form = (category: 'leader' | 'staff' | 'outside') =>
      expectOk(classify(memberRequest({ member: { status: 'official', admittedOn: '2001-05-19', category } }))).form;
    expect([form('leader'), form('staff'), form('outside')]).toEqual(['02A', '02B', '02C']);
    expect(expectOk(classify(organizationRequest())).form).toBe('01');
  });

  it('defaults the rule set by review year', () => {
    const { ruleSet: _r, ...rest } = memberRequest();
    expect(expectOk(classify(rest)).ruleSet).toBe('QD366-2025');
    expectRefused(classify(memberRequest({ ruleSet: 'QD999' })), 'unknown-rule-set', 'ruleSet');
  });
});

describe('conditions (Điều 11 khoản 1–3) and their boundaries', () => {
  const level = (t: ReturnType<typeof tasks>, shortcomings = { total: 0, fixed: 0 }) =>
    expectOk(classify(memberRequest({ tasks: t, previousShortcomings: shortcomings })));

  it('HTXS needs exceeded ≥ 30: 29.9 gives HTT, 30 gives HTXS', () => {
    const below = level(tasks(100, 0, 29.9));
    expect([below.conditionLevel, below.level]).toEqual(['HTT', 'HTT']);
    expect(below.reasons[1]).toMatchObject({ code: 'conditions-htt', ref: 'QĐ 366-QĐ/TW, Điều 11, khoản 2' });
    expect(below.reasons[1]!.message).toContain('29,9% nhiệm vụ vượt mức (cần từ 30%)');
    expect(level(tasks(100, 0, 30)).level).toBe('HTXS');
  });

  it('HTXS needs every previous shortcoming fixed (none counts as fixed)', () => {
    expect(level(tasks(100, 0, 40), { total: 2, fixed: 1 }).level).toBe('HTT');
    expect(level(tasks(100, 0, 40), { total: 2, fixed: 1 }).reasons[1]!.message).toContain('mới khắc phục 1/2');
    expect(level(tasks(100, 0, 40), { total: 2, fixed: 2 }).level).toBe('HTXS');
    expect(level(tasks(100, 0, 40), { total: 0, fixed: 0 }).level).toBe('HTXS');
    const { previousShortcomings: _p, ...noShortcomings } = memberRequest();
    expect(expectOk(classify(noShortcomings)).level).toBe('HTXS');
  });

  it('HTT needs no late task: latePct 0 vs 0.1', () => {
    expect(level(tasks(100, 0, 0)).conditionLevel).toBe('HTT');
    const late = level(tasks(100, 0.1, 50));
    expect([late.conditionLevel, late.level]).toEqual(['HTNV', 'HTNV']);
    expect(late.reasons[1]).toMatchObject({ code: 'conditions-htnv', ref: 'QĐ 366-QĐ/TW, Điều 11, khoản 3' });
  });

  it('HTNV allows late ≤ 20: 20 gives HTNV, 20.1 is a rule gap', () => {
    expect(level(tasks(100, 20, 0)).level).toBe('HTNV');
    const gap = level(tasks(100, 20.1, 0));
    expect(gap).toMatchObject({ scoreLevel: 'HTXS', conditionLevel: null, level: null, needsDecision: true });
    expect(gap.reasons.at(-1)).toMatchObject({ code: 'rule-gap' });
    expect(gap.reasons.at(-1)!.message).toContain('20,1% nhiệm vụ chậm tiến độ (trên 20%)');
  });

  it('all tasks done is needed for any level: 99.9 is a rule gap down to 50', () => {
    for (const donePct of [99.9, 75, 50]) {
      const gap = level(tasks(donePct, 0, 0));
      expect(gap).toMatchObject({ level: null, conditionLevel: null, needsDecision: true });
      expect(codes(gap.reasons)).toContain('rule-gap');
      expect(codes(gap.reasons)).not.toContain('final-level');
    }
    expect(level(tasks(80, 0, 0)).reasons.at(-1)!.message).toBe(
      'Hoàn thành 80% nhiệm vụ (dưới 100%): quy định không nêu mức xếp loại cho trường hợp này; cấp có thẩm quyền xem xét, quyết định (không cao hơn mức theo điểm "Hoàn thành xuất sắc nhiệm vụ").',
    );
  });

  it('below 50 % done is KHTNV (tasks-undone-majority): 49.9 vs 50', () => {
    const out = level(tasks(49.9, 0, 0));
    expect(out).toMatchObject({ scoreLevel: 'HTXS', conditionLevel: 'KHTNV', level: 'KHTNV', needsDecision: false });
    expect(out.reasons.find((r) => r.code === 'tasks-undone-majority')).toMatchObject({ ref: 'QĐ 366-QĐ/TW, Điều 11, khoản 4' });
    expect(out.reasons.find((r) => r.code === 'tasks-undone-majority')!.message).toContain('49,9%');
    expect(level(tasks(50, 0, 0)).needsDecision).toBe(true);
  });

  it('the final level is the lower of score level and condition level', () => {
    const a = expectOk(classify(memberRequest({ score: { common: 26, tasks: 60 } }))); // 86 points, HTXS conditions
    expect([a.scoreLevel, a.conditionLevel, a.level]).toEqual(['HTT', 'HTXS', 'HTT']);
    expect(a.reasons.at(-1)!.message).toContain('mức thấp hơn giữa mức theo điểm "Hoàn thành tốt nhiệm vụ" và mức theo điều kiện "Hoàn thành xuất sắc nhiệm vụ"');
    const b = expectOk(classify(memberRequest({ tasks: tasks(100, 10, 50) }))); // 92 points, HTNV conditions
    expect([b.scoreLevel, b.conditionLevel, b.level]).toEqual(['HTXS', 'HTNV', 'HTNV']);
    const c = expectOk(classify(memberRequest({ score: { common: 10, tasks: 30 } })));
    expect([c.scoreLevel, c.conditionLevel, c.level]).toEqual(['KHTNV', 'HTXS', 'KHTNV']);
  });

  it('a rule gap stays a decision even with a low score', () => {
    const out = expectOk(classify(memberRequest({ score: { common: 10, tasks: 30 }, tasks: tasks(80, 0, 0) })));
    expect(out).toMatchObject({ scoreLevel: 'KHTNV', level: null, needsDecision: true });
    expect(out.reasons.at(-1)!.message).toContain('không cao hơn mức theo điểm "Không hoàn thành nhiệm vụ"');
  });
});

describe('disqualifiers (Điều 11 khoản 4)', () => {
  it('each individual disqualifier makes any member KHTNV whatever the score', () => {
    for (const category of ['leader', 'staff', 'outside'] as const) {
      for (const code of INDIVIDUAL_DISQUALIFIERS) {
        const out = expectOk(classify(memberRequest({ member: { status: 'official', admittedOn: '2001-05-19', category }, disqualifiers: [code] })));
        expect(out).toMatchObject({ scoreLevel: 'HTXS', conditionLevel: 'KHTNV', level: 'KHTNV', needsDecision: false });
        expect(out.reasons.find((r) => r.code === code)).toMatchObject({ ref: 'QĐ 366-QĐ/TW, Điều 11, khoản 4' });
      }
    }
  });

  it('leader disqualifiers apply to leaders only', () => {
    const leader = { status: 'official' as const, admittedOn: '2001-05-19', category: 'leader' as const };
    for (const code of LEADER_DISQUALIFIERS) {
      expect(expectOk(classify(memberRequest({ member: leader, disqualifiers: [code] }))).level).toBe('KHTNV');
      const msg = expectRefused(classify(memberRequest({ disqualifiers: ['degradation', code] })), 'invalid-input', 'disqualifiers.1');
      expect(msg).toContain('chỉ áp dụng cho cán bộ lãnh đạo, quản lý');
      expectRefused(classify(organizationRequest({ disqualifiers: [code] })), 'invalid-input', 'disqualifiers.0');
    }
  });

  it('organization disqualifiers apply to organizations only; individual codes apply to them too', () => {
    for (const code of ORGANIZATION_DISQUALIFIERS) {
      expect(expectOk(classify(organizationRequest({ disqualifiers: [code] }))).level).toBe('KHTNV');
      expect(expectRefused(classify(memberRequest({ disqualifiers: [code] })), 'invalid-input', 'disqualifiers.0')).toContain('tổ chức đảng');
    }
    expect(expectOk(classify(organizationRequest({ disqualifiers: ['example-breach'] }))).level).toBe('KHTNV');
  });

  it('refuses unknown codes and the derived tasks-undone-majority', () => {
    expect(expectRefused(classify(memberRequest({ disqualifiers: ['lazy'] })), 'invalid-input', 'disqualifiers.0')).toContain('"lazy"');
    expectRefused(classify(memberRequest({ disqualifiers: ['tasks-undone-majority'] })), 'invalid-input', 'disqualifiers.0');
  });

  it('reports a repeated code once, in canonical order', () => {
    const out = expectOk(classify(memberRequest({ disqualifiers: ['forbidden-acts', 'degradation', 'forbidden-acts'] })));
    expect(codes(out.reasons)).toEqual(['score-band', 'degradation', 'forbidden-acts', 'final-level']);
  });

  it('a granted override sets listed disqualifiers aside and is listed among the reasons', () => {
    const out = expectOk(
      classify(memberRequest({ disqualifiers: ['duty-discipline'], override: { granted: true, reason: 'Tự phát hiện, báo cáo và khắc phục xong.' } })),
    );
    expect(out).toMatchObject({ scoreLevel: 'HTXS', conditionLevel: 'HTXS', level: 'HTXS', needsDecision: false });
    const override = out.reasons.find((r) => r.code === 'override')!;
    expect(override.ref).toBe('QĐ 366-QĐ/TW, Điều 11, khoản 4');
    expect(override.message).toContain('có vi phạm liên quan đến thực thi công vụ');
    expect(override.message).toContain('Lý do: Tự phát hiện, báo cáo và khắc phục xong.');
    expect(codes(out.reasons)).not.toContain('duty-discipline');
  });

  it('an override never sets aside tasks-undone-majority', () => {
    const out = expectOk(
      classify(memberRequest({ tasks: tasks(40, 0, 0), disqualifiers: ['degradation'], override: { granted: true, reason: 'Đã khắc phục' } })),
    );
    expect(out).toMatchObject({ conditionLevel: 'KHTNV', level: 'KHTNV', needsDecision: false });
    expect(codes(out.reasons)).toEqual(['score-band', 'override', 'tasks-undone-majority', 'final-level']);
    expect(out.reasons[2]!.message).toContain('không được miễn trừ');
  });

  it('an override that is not granted changes nothing', () => {
    const out = expectOk(classify(memberRequest({ disqualifiers: ['degradation'], override: { granted: false, reason: 'Chưa khắc phục' } })));
    expect(out.level).toBe('KHTNV');
    expect(codes(out.reasons)).not.toContain('override');
  });

  it('an override with an empty reason is an input error', () => {
    expectRefused(classify(memberRequest({ override: { granted: true, reason: '' } })), 'invalid-input', 'override.reason');
    expectRefused(classify(memberRequest({ override: { granted: true, reason: '   ' } })), 'invalid-input', 'override.reason');
  });
});

describe('classify — an organization', () => {
  it('is always reviewed, has no vote and uses Mẫu 01', () => {
    const out = expectOk(classify(organizationRequest()));
    expect(out).toMatchObject({ reviewed: true, classified: true, form: '01', level: 'HTXS' });
    expect('canVote' in out).toBe(false);
  });

  it('loses HTXS when a subordinate unit or leadership member was disciplined', () => {
    const out = expectOk(classify(organizationRequest({ organization: { disciplinedMember: true } })));
    expect([out.conditionLevel, out.level]).toEqual(['HTT', 'HTT']);
    expect(out.reasons[1]!.message).toContain('bị kỷ luật trong năm');
    const { organization: _o, ...noFlag } = organizationRequest();
    expect(expectOk(classify(noFlag)).level).toBe('HTXS');
  });

  it('refuses member data on an organization and organization data on a member', () => {
    expectRefused(classify(organizationRequest({ member: { status: 'official', admittedOn: '2001-05-19', category: 'outside' } })), 'invalid-input', 'member');
    expectRefused(classify(memberRequest({ organization: { disciplinedMember: false } })), 'invalid-input', 'organization');
    const { member: _m, ...noMember } = memberRequest();
    expectRefused(classify(noMember), 'invalid-input', 'member');
  });
});

describe('record-only rule sets', () => {
  const recorded = (patch: Record<string, unknown>) => {
    const { score: _s, tasks: _t, previousShortcomings: _p, ...rest } = memberRequest({ reviewYear: 2021, reviewDate: '2021-12-01', ...patch } as Partial<ClassifyRequest>);
    return rest;
  };

  it('QD132-2018 keeps the recorded level, with no points', () => {
    const out = expectOk(classify(recorded({ ruleSet: 'QD132-2018', recordedLevel: 'HTT' })));
    expect(out).toMatchObject({ ruleSet: 'QD132-2018', classified: true, form: '02C', scoreLevel: null, conditionLevel: null, level: 'HTT', needsDecision: false });
    expect(out.reasons).toEqual([expect.objectContaining({ code: 'recorded-level', ref: 'QĐ 132-QĐ/TW; HD 21-HD/BTCTW' })]);
    // QĐ 132 has no "any discipline ⇒ KHTNV" rule in the engine.
    expect(expectOk(classify(recorded({ ruleSet: 'QD132-2018', recordedLevel: 'HTT', discipline: true }))).level).toBe('HTT');
  });

  it('defaults to QD132 for 2021 and QD124 for 2023', () => {
    const { ruleSet: _r, ...y2021 } = recorded({ recordedLevel: 'HTNV' });
    expect(expectOk(classify(y2021)).ruleSet).toBe('QD132-2018');
    const { ruleSet: _r2, ...y2023 } = recorded({ reviewYear: 2023, reviewDate: '2023-12-01', recordedLevel: 'HTNV' });
    expect(expectOk(classify(y2023)).ruleSet).toBe('QD124-2023');
  });

  it('QD124-2023: any discipline in the year gives KHTNV unless overridden', () => {
    const base = { ruleSet: 'QD124-2023', reviewYear: 2023, reviewDate: '2023-12-01', recordedLevel: 'HTT' };
    const byFlag = expectOk(classify(recorded({ ...base, discipline: true })));
    expect(byFlag.level).toBe('KHTNV');
    expect(byFlag.reasons[1]).toMatchObject({ code: 'discipline-khtnv', ref: 'QĐ 124-QĐ/TW, Điều 12' });
    expect(expectOk(classify(recorded({ ...base, disqualifiers: ['duty-discipline'] }))).level).toBe('KHTNV');
    const overridden = expectOk(classify(recorded({ ...base, discipline: true, override: { granted: true, reason: 'Tự phát hiện, khắc phục' } })));
    expect(overridden.level).toBe('HTT');
    expect(codes(overridden.reasons)).toEqual(['recorded-level', 'override']);
    expect(expectOk(classify(recorded(base))).level).toBe('HTT');
  });

  it('still applies eligibility and needs a valid recorded level', () => {
    const out = expectOk(classify(recorded({ ruleSet: 'QD124-2023', reviewYear: 2023, reviewDate: '2023-12-01', member: { status: 'suspended', admittedOn: '2000-01-01', category: 'staff' } })));
    expect(out).toMatchObject({ classified: false, level: null, form: null });
    expect(out.reasons[0]!.ref).toBe('QĐ 124-QĐ/TW; HD 25-HD/BTCTW');
    expectRefused(classify(recorded({ ruleSet: 'QD132-2018' })), 'invalid-input', 'recordedLevel');
    expectRefused(classify(recorded({ ruleSet: 'QD132-2018', recordedLevel: 'TOT' })), 'invalid-input', 'recordedLevel');
  });
});

describe('reasons', () => {
  it('are NFC Vietnamese with a code and a reference in every outcome', () => {
    const outcomes = [
      classify(memberRequest()),
      classify(memberRequest({ tasks: tasks(80, 30, 0) })),
      classify(memberRequest({ disqualifiers: ['degradation', 'example-breach'], override: { granted: true, reason: 'Ok' } })),
      classify(organizationRequest({ organization: { disciplinedMember: true }, previousShortcomings: { total: 3, fixed: 1 } })),
    ].map(expectOk);
    for (const out of outcomes) {
      expect(out.reasons.length).toBeGreaterThan(0);
      for (const r of out.reasons) {
        expect(r.code).toMatch(/^[a-z0-9-]+$/);
        expect(r.ref.length).toBeGreaterThan(0);
        expect(r.message).toBe(r.message.normalize('NFC'));
        expect(r.message).toMatch(/[ăâđêôơưáàảãạ]/);
      }
    }
  });

  it('normalizes a decomposed override reason to NFC', () => {
    const decomposed = 'Đã khắc phục'.normalize('NFD');
    const out = expectOk(classify(memberRequest({ disqualifiers: ['degradation'], override: { granted: true, reason: decomposed } })));
    expect(out.reasons.find((r) => r.code === 'override')!.message).toContain('Lý do: Đã khắc phục.');
  });
});

import { describe, expect, it } from 'vitest';
import { classify, type ClassifyRequest } from '../../../shared/rules/index';
import { expectOk, expectRefused, memberRequest } from './helpers';

/** Classifies deliberately malformed input (the engine must validate whatever the static type says). */
const classifyRaw = (input: unknown) => classify(input as ClassifyRequest);
const withPatch = (patch: Record<string, unknown>) => classifyRaw({ ...memberRequest(), ...patch });

describe('input validation (rules.md §4: out-of-range or missing input is an error)', () => {
  it('keeps scores within 0–30 and 0–70', () => {
    expectOk(withPatch({ score: { common: 30, tasks: 70 } }));
    expectOk(withPatch({ score: { common: 0, tasks: 0 } }));
    const over = expectRefused(withPatch({ score: { common: 30.1, tasks: 60 } }), 'invalid-input', 'score.common');
    expect(over).toBe('Điểm nhóm tiêu chí chung không được lớn hơn 30 (nhận được 30,1).');
    expectRefused(withPatch({ score: { common: -0.1, tasks: 60 } }), 'invalid-input', 'score.common');
    const tasksOver = expectRefused(withPatch({ score: { common: 20, tasks: 70.1 } }), 'invalid-input', 'score.tasks');
    expect(tasksOver).toContain('Điểm nhóm tiêu chí kết quả thực hiện nhiệm vụ');
  });

  it('allows at most one decimal', () => {
    expectOk(withPatch({ score: { common: 27.5, tasks: 60.3 } }));
    const msg = expectRefused(withPatch({ score: { common: 27.55, tasks: 60 } }), 'invalid-input', 'score.common');
    expect(msg).toContain('tối đa một chữ số thập phân');
    expectRefused(withPatch({ score: { common: 27, tasks: 60.01 } }), 'invalid-input', 'score.tasks');
  });

  it('refuses wrong types and missing fields, naming the field', () => {
    expect(expectRefused(withPatch({ score: { common: '27', tasks: 60 } }), 'invalid-input', 'score.common')).toContain('phải là một số');
    expect(expectRefused(withPatch({ score: { tasks: 60 } }), 'invalid-input', 'score.common')).toBe('Thiếu điểm nhóm tiêu chí chung.');
    expect(expectRefused(withPatch({ tasks: { donePct: 100, latePct: 0 } }), 'invalid-input', 'tasks.exceededPct')).toBe('Thiếu tỷ lệ nhiệm vụ vượt mức.');
    const { score: _s, ...noScore } = memberRequest();
    expect(expectRefused(classify(noScore), 'invalid-input', 'score')).toContain('QĐ 366-QĐ/TW');
    const { tasks: _t, ...noTasks } = memberRequest();
    expectRefused(classify(noTasks), 'invalid-input', 'tasks');
    const { reviewYear: _y, ...noYear } = memberRequest();
    expectRefused(classifyRaw(noYear), 'invalid-input', 'reviewYear');
    expectRefused(classifyRaw(null), 'invalid-input', undefined);
    expectRefused(classifyRaw([]), 'invalid-input', undefined);
  });

  it('keeps percentages within 0–100 and late not above done', () => {
    expectRefused(withPatch({ tasks: { donePct: 100.1, latePct: 0, exceededPct: 0 } }), 'invalid-input', 'tasks.donePct');
    expectRefused(withPatch({ tasks: { donePct: 100, latePct: -1, exceededPct: 0 } }), 'invalid-input', 'tasks.latePct');
    expectRefused(withPatch({ tasks: { donePct: 100, latePct: 0, exceededPct: 101 } }), 'invalid-input', 'tasks.exceededPct');
    const msg = expectRefused(withPatch({ tasks: { donePct: 60, latePct: 60.5, exceededPct: 0 } }), 'invalid-input', 'tasks.latePct');
    expect(msg).toBe('Tỷ lệ nhiệm vụ chậm tiến độ (60,5%) không được lớn hơn tỷ lệ nhiệm vụ hoàn thành (60%).');
    expectOk(withPatch({ tasks: { donePct: 60, latePct: 60, exceededPct: 0 } }));
  });

  it('checks previous shortcomings', () => {
    expectRefused(withPatch({ previousShortcomings: { total: 1, fixed: 2 } }), 'invalid-input', 'previousShortcomings.fixed');
    expectRefused(withPatch({ previousShortcomings: { total: 1.5, fixed: 0 } }), 'invalid-input', 'previousShortcomings.total');
  });

  it('refuses unknown codes: level, status, category, subject, unknown fields', () => {
    expect(expectRefused(withPatch({ member: { status: 'chinh-thuc', admittedOn: '2001-05-19', category: 'outside' } }), 'invalid-input', 'member.status')).toContain(
      'official, probationary, exempt, suspended',
    );
    expectRefused(withPatch({ member: { status: 'official', admittedOn: '2001-05-19', category: 'retired' } }), 'invalid-input', 'member.category');
    expectRefused(withPatch({ subject: 'cell' }), 'invalid-input', 'subject');
    expectRefused(withPatch({ recordedLevel: 'GOOD' }), 'invalid-input', 'recordedLevel');
    expect(expectRefused(withPatch({ scores: {} }), 'invalid-input', 'scores')).toBe('Trường "scores" không được hỗ trợ.');
    expectRefused(withPatch({ score: { common: 20, tasks: 60, bonus: 5 } }), 'invalid-input', 'score.bonus');
  });

  it('refuses impossible dates', () => {
    expect(expectRefused(withPatch({ reviewDate: '2026-02-30' }), 'invalid-input', 'reviewDate')).toContain('Ngày kiểm điểm');
    expectRefused(withPatch({ member: { status: 'official', admittedOn: '19/05/2001', category: 'outside' } }), 'invalid-input', 'member.admittedOn');
    expectRefused(withPatch({ reviewYear: 2026.5 }), 'invalid-input', 'reviewYear');
  });

  it('refuses an override without a reason and years without a rule set', () => {
    expectRefused(withPatch({ override: { granted: true } }), 'invalid-input', 'override.reason');
    expectRefused(withPatch({ override: { granted: 'yes', reason: 'x' } }), 'invalid-input', 'override.granted');
    expectRefused(withPatch({ ruleSet: undefined, reviewYear: 2010, reviewDate: '2010-12-01' }), 'no-rule-set-for-year', 'reviewYear');
  });
});

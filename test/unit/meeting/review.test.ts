// Per-subject computation: partial self-scores checked as typed, disqualifier codes per subject kind, the
// engine's outcome from the record and the ceiling of a proposal.
import { describe, expect, it } from 'vitest';
import { assessSubject, checkDisqualifiers, checkPartialScores, emptyReview, proposalCeiling } from '../../../shared/meeting/review';
import type { CarryItem } from '../../../shared/meeting/types';
import { review, template } from './helpers';

const base = { ruleSet: 'QD366-2025' as const, reviewYear: 2026, reviewDate: '2026-12-08', member: { status: 'official' as const, admittedOn: '2000-01-01', category: 'outside' as const } };
const carry = (status: CarryItem['status']): CarryItem => ({ shortcomingId: 's', fromYear: 2025, memberId: 'm', content: 'x', measure: null, status, extent: null, obstacles: null, responsibility: null });

describe('checkPartialScores', () => {
  it('accepts scores of some criteria only, refuses unknown ids, values above the maximum and two decimals', () => {
    const t = template('02C');
    expect(checkPartialScores(t, { 'common-1': 10 }).ok).toBe(true);
    expect(checkPartialScores(t, { nope: 1 })).toMatchObject({ ok: false, error: { code: 'unknown-criterion', details: { path: 'scores.nope' } } });
    const max = t.criteria[0]!.maxPoints;
    expect(checkPartialScores(t, { [t.criteria[0]!.id]: max + 1 })).toMatchObject({ ok: false, error: { details: { path: `scores.${t.criteria[0]!.id}` } } });
    expect(checkPartialScores(t, { [t.criteria[0]!.id]: 1.25 })).toMatchObject({ ok: false });
  });
});

describe('checkDisqualifiers', () => {
  it('allows the codes of the subject kind only, never the computed one', () => {
    expect(checkDisqualifiers('outside', ['forbidden-acts']).ok).toBe(true);
    expect(checkDisqualifiers('outside', ['low-confidence'])).toMatchObject({ ok: false, error: { details: { path: 'disqualifiers.0' } } });
    expect(checkDisqualifiers('leader', ['low-confidence']).ok).toBe(true);
    expect(checkDisqualifiers('organization', ['unit-under-70']).ok).toBe(true);
    const computed = checkDisqualifiers('outside', ['tasks-undone-majority']);
    expect(computed.ok).toBe(false);
    if (!computed.ok) expect(computed.error.message).toContain('được tính từ tỷ lệ nhiệm vụ hoàn thành');
  });
});

describe('assessSubject', () => {
  it('sums the template and classifies with the previous shortcomings of the carry-over', () => {
    const htxs = review('HTXS', 0.95);
    const none = assessSubject({ ...base, template: template('02C'), review: htxs, carryOver: [] });
    expect(none.computed).toMatchObject({ level: 'HTXS' });
    expect(none.scoredCount).toBe(none.criteriaCount);
    const open = assessSubject({ ...base, template: template('02C'), review: htxs, carryOver: [carry('in-progress')] });
    expect(open.previousShortcomings).toEqual({ total: 1, fixed: 0 });
    expect(open.computed).toMatchObject({ level: 'HTT' });
    expect(assessSubject({ ...base, template: template('02C'), review: htxs, carryOver: [carry('fixed')] }).computed).toMatchObject({ level: 'HTXS' });
  });

  it('says what is missing instead of guessing', () => {
    const empty = assessSubject({ ...base, template: template('02C'), review: emptyReview(), carryOver: [] });
    expect(empty.computed).toBeNull();
    expect(empty.scoreSource).toBe('groups');
    expect(empty.scoreProblem).toBe('Chưa nhập điểm nhóm tiêu chí chung (…/30) và điểm nhóm tiêu chí về kết quả thực hiện nhiệm vụ (…/70).');
    const oneCriterion = { ...emptyReview(), scores: { [template('02C').criteria[0]!.id]: 5 } };
    expect(assessSubject({ ...base, template: template('02C'), review: oneCriterion, carryOver: [] }).scoreProblem).toMatch(/^Thiếu điểm tự chấm của \d+ tiêu chí: /);
    expect(assessSubject({ ...base, template: undefined, review: oneCriterion, carryOver: [] }).scoreProblem).toBe('Năm kiểm điểm chưa có mẫu tiêu chí chấm điểm cho biểu mẫu này.');
    const badTasks = assessSubject({ ...base, template: template('02C'), review: review('HTT', 0.8, { tasks: { donePct: 80, latePct: 90, exceededPct: 0 } }), carryOver: [] });
    expect(badTasks.computedProblem).toContain('không được lớn hơn');
  });

  it('classifies the collective with Mẫu 01 and its own conditions', () => {
    const r = { ...review('HTXS', 0.95), scores: Object.fromEntries(template('01').criteria.map((c) => [c.id, c.maxPoints])), disciplinedMember: true };
    const a = assessSubject({ ...base, member: undefined, template: template('01'), review: r, carryOver: [] });
    expect(a.computed).toMatchObject({ form: '01', scoreLevel: 'HTXS', level: 'HTT' });
  });

  it('computes the outcome of a requested override, which lifts the proposal ceiling', () => {
    const r = review('HTT', 0.8, { disqualifiers: ['degradation'], overrideRequest: 'Tự phát hiện, tự khắc phục.' });
    const a = assessSubject({ ...base, template: template('02C'), review: r, carryOver: [] });
    expect(a.computed!.level).toBe('KHTNV');
    expect(a.computedWithOverride!.level).toBe('HTT');
    expect(proposalCeiling(a)).toBe('HTT');
    expect(proposalCeiling({ computed: a.computed, computedWithOverride: null })).toBe('KHTNV');
  });
});

// Self-score by group totals (section B.I of Mẫu 01/02: …/30, …/70): which scores are in force (the
// criteria table once any criterion is scored, else the two group totals), the checks of a group total,
// everything missing listed, a disagreement flagged, the proposal preset, and a property: in group mode
// the engine's total is common + tasks and the level is never above the score level.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessSubject, checkGroupScore, checkGroupScores, emptyReview, proposalPreset, scoreSourceOf, withReviewDefaults, withSubjectDefaults } from '../../../shared/meeting/review';
import { buildSteps } from '../../../shared/meeting/steps';
import { buildMeetingView } from '../../../shared/meeting/view';
import type { ReviewRecord, SubjectView } from '../../../shared/meeting/types';
import { compareLevels } from '../../../shared/rules/levels';
import { levelForScore } from '../../../shared/rules/score';
import { completeRecord, scores, template } from './helpers';

const base = { ruleSet: 'QD366-2025' as const, reviewYear: 2026, reviewDate: '2026-12-08', member: { status: 'official' as const, admittedOn: '2000-01-01', category: 'outside' as const } };
const allDone = { donePct: 100, latePct: 0, exceededPct: 0 };
const byGroups = (common: number | null, tasks: number | null, patch: Partial<ReviewRecord> = {}): ReviewRecord => ({ ...emptyReview(), groupScores: { common, tasks }, tasks: allDone, ...patch });
const assess = (review: ReviewRecord, t = template('02C')) => assessSubject({ ...base, template: t, review, carryOver: [] });

describe('group totals', () => {
  it('classifies from the two totals alone, without a criteria template', () => {
    const a = assess(byGroups(25, 56), undefined as never);
    expect(a.scoreSource).toBe('groups');
    expect(a.score).toEqual({ commonTenths: 250, tasksTenths: 560, totalTenths: 810, common: 25, tasks: 56 });
    expect(a.computed).toMatchObject({ level: 'HTT', scoreLevel: 'HTT' });
    expect(a.missing).toEqual([]);
    expect(a.scoreConflict).toBeNull();
  });

  it('lists everything missing: a group total and the task figures', () => {
    const a = assess(byGroups(25, null, { tasks: { donePct: null, latePct: 0, exceededPct: null } }));
    expect(a.computed).toBeNull();
    expect(a.missing).toEqual(['điểm nhóm tiêu chí về kết quả thực hiện nhiệm vụ (…/70)', 'tỷ lệ nhiệm vụ hoàn thành', 'tỷ lệ nhiệm vụ vượt mức']);
    expect(a.scoreProblem).toBe('Chưa nhập điểm nhóm tiêu chí về kết quả thực hiện nhiệm vụ (…/70).');
    expect(a.computedProblem).toBe('Chưa nhập kết quả thực hiện nhiệm vụ: tỷ lệ nhiệm vụ hoàn thành, tỷ lệ nhiệm vụ vượt mức.');
  });

  it('refuses out-of-range, negative and two-decimal totals in Vietnamese', () => {
    expect(checkGroupScore('common', 30).ok).toBe(true);
    expect(checkGroupScore('tasks', 69.9).ok).toBe(true);
    expect(checkGroupScore('common', null).ok).toBe(true);
    expect(checkGroupScore('common', 31)).toMatchObject({ ok: false, error: { message: 'Điểm nhóm tiêu chí chung (31) vượt quá 30 điểm, mức tối đa của nhóm.', details: { path: 'groupScores.common' } } });
    expect(checkGroupScore('tasks', 70.05)).toMatchObject({ ok: false, error: { message: 'Điểm nhóm tiêu chí về kết quả thực hiện nhiệm vụ chỉ được có tối đa một chữ số thập phân (nhận được 70,05).' } });
    expect(checkGroupScore('common', -1)).toMatchObject({ ok: false, error: { message: 'Điểm nhóm tiêu chí chung không được âm (nhận được -1).' } });
    expect(checkGroupScores({ common: 20, tasks: 71 }).ok).toBe(false);
    // A stored value out of range (e.g. written by hand) is a problem, never a guess.
    expect(assess(byGroups(31, 50)).scoreProblem).toContain('vượt quá 30 điểm');
  });

  it('puts the criteria table in force once any criterion is scored, and says which counts when both disagree', () => {
    const t = template('02C');
    const first = t.criteria[0]!.id;
    const partial = assess(byGroups(25, 56, { scores: { [first]: 5 } }));
    expect(partial.scoreSource).toBe('criteria');
    expect(partial.computed).toBeNull();
    expect(partial.missing).toHaveLength(t.criteria.length - 1);
    expect(partial.scoreConflict).toContain('Đang chấm theo từng tiêu chí nên điểm nhóm đã nhập (25/30 và 56/70) không được dùng');

    const full = scores('02C', 0.8);
    const both = assess(byGroups(29, 69, { scores: full }));
    expect(both.scoreSource).toBe('criteria');
    expect(both.score!.totalTenths).not.toBe(980);
    expect(both.scoreConflict).toMatch(/^Điểm nhóm đã nhập \(29\/30 và 69\/70\) khác tổng chấm theo từng tiêu chí .*: điểm theo từng tiêu chí được dùng\.$/);
    const same = assess(byGroups(both.score!.common, both.score!.tasks, { scores: full }));
    expect(same.scoreConflict).toBeNull();
    expect(scoreSourceOf({ scores: {} })).toBe('groups');
  });

  it('in group mode the total is common + tasks and the level is never above the score level', () => {
    const tenths = (max: number) => fc.integer({ min: 0, max: max * 10 }).map((n) => n / 10);
    const pct = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(tenths(30), tenths(70), pct, pct, pct, (common, tasksPts, done, late, exceeded) => {
        const a = assess(byGroups(common, tasksPts, { tasks: { donePct: done, latePct: Math.min(late, 100), exceededPct: exceeded } }));
        expect(a.scoreSource).toBe('groups');
        expect(a.score!.totalTenths).toBe(Math.round(common * 10) + Math.round(tasksPts * 10));
        if (a.computed) {
          expect(a.computed.scoreLevel).toBe(levelForScore(a.score!.totalTenths));
          if (a.computed.level && a.computed.scoreLevel) expect(compareLevels(a.computed.level, a.computed.scoreLevel)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('proposal preset', () => {
  it('shows the computed level while none is proposed; the step is complete only once it is stored', () => {
    const a = assess(byGroups(25, 56));
    expect(proposalPreset({ proposedLevel: null }, a)).toBe('HTT');
    expect(proposalPreset({ proposedLevel: 'HTNV' }, a)).toBeNull();
    const gap = assess(byGroups(25, 56, { tasks: { donePct: 90, latePct: 0, exceededPct: 0 } }));
    expect(gap.computed?.needsDecision).toBe(true);
    expect(proposalPreset({ proposedLevel: null }, gap)).toBeNull();

    const record = completeRecord();
    record.reviews.b = byGroups(25, 56, { proposedLevel: null });
    const steps = buildSteps(buildMeetingView(record));
    const b = steps.find((s) => s.key === 'member:b')!;
    expect(b).toMatchObject({ problems: [], complete: false, proposalPreset: 'HTT' });
    // The step after it is blocked with a message saying how to confirm.
    const after = steps[b.index]!;
    expect(after.reachable).toBe(false);

    record.reviews.b = { ...record.reviews.b, proposedLevel: 'HTT' };
    const stored = buildSteps(buildMeetingView(record)).find((s) => s.key === 'member:b')!;
    expect(stored).toMatchObject({ problems: [], complete: true, proposalPreset: null });
  });
});

describe('records stored before group totals', () => {
  it('get empty group totals, and frozen assessments the criteria mode', () => {
    const old = { ...emptyReview() } as Partial<ReviewRecord>;
    delete old.groupScores;
    expect(withReviewDefaults(old as ReviewRecord).groupScores).toEqual({ common: null, tasks: null });
    expect(assess(old as ReviewRecord).scoreSource).toBe('groups');
    const oldSubject = { review: old, assessment: { criteriaCount: 5, scoredCount: 5, score: null, scoreProblem: null, previousShortcomings: { total: 0, fixed: 0 }, computed: null, computedProblem: null, computedWithOverride: null } } as unknown as SubjectView;
    const shown = withSubjectDefaults(oldSubject);
    expect(shown.review.groupScores).toEqual({ common: null, tasks: null });
    expect(shown.assessment).toMatchObject({ scoreSource: 'criteria', scoreConflict: null, missing: [] });
  });
});

// The wording helpers of the Đảng ủy screens: the exact quota line (recomputed when lowering an HTXS also
// adds an HTT), the reason offered when lowering for the quota, the state of the Đảng ủy column and the
// recognition counts as a sentence. Layer: test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LevelCode } from '../../shared/rules/levels';
import {
  countsAfterLowering,
  decisionState,
  quotaFigures,
  quotaLine,
  quotaReason,
  recognitionSummary,
} from '../../renderer/features/decision/decision-model';

const counts = (HTXS: number, HTT: number, HTNV = 0, KHTNV = 0): Record<LevelCode, number> => ({ HTXS, HTT, HTNV, KHTNV });
const q20 = { ratePercent: 20, denominator: 'htt' } as const;

describe('quotaLine', () => {
  it('gives the exact figures and says when the quota is violated or met', () => {
    expect(quotaLine({ counts: counts(2, 9) }, q20)).toBe('Được tối đa 1 HTXS (20 % của 9 HTT); đang có 2 — vượt 1: phải hạ 1 trường hợp mới khóa được.');
    // Lowering one HTXS also adds one HTT, so the allowed number goes from 1 to 2.
    expect(quotaLine({ counts: countsAfterLowering(counts(2, 9)) }, q20)).toBe('Được tối đa 2 HTXS (20 % của 10 HTT); đang có 1 — đúng tỷ lệ.');
    expect(quotaLine({ counts: counts(2, 10) }, q20)).toBe('Được tối đa 2 HTXS (20 % của 10 HTT); đang có 2 — đúng tỷ lệ.');
    expect(quotaLine({ counts: counts(0, 1) }, q20)).toBe('Được tối đa 0 HTXS (20 % của 1 HTT); đang có 0 — đúng tỷ lệ.');
    expect(quotaLine({ counts: counts(3, 8) }, { ratePercent: 25, denominator: 'htt+htxs' })).toBe(
      'Được tối đa 2 HTXS (25 % của 11 HTT và HTXS); đang có 3 — vượt 1: phải hạ 1 trường hợp mới khóa được.',
    );
  });

  it('never speaks of room left, and says "vượt" exactly when HTXS exceed floor(rate × base)', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(200), fc.constantFrom(20 as const, 25 as const), fc.constantFrom('htt' as const, 'htt+htxs' as const), (htxs, htt, ratePercent, denominator) => {
        const c = counts(htxs, htt);
        const line = quotaLine({ counts: c }, { ratePercent, denominator });
        const base = denominator === 'htt' ? htt : htt + htxs;
        const allowed = Math.floor((base * ratePercent) / 100);
        expect(line.startsWith(`Được tối đa ${allowed} HTXS (${ratePercent} % của ${base} `)).toBe(true);
        expect(line.includes(`; đang có ${htxs} — `)).toBe(true);
        expect(line.includes('vượt')).toBe(htxs > allowed);
        expect(line).not.toMatch(/còn|suất/);
        // Lowering an HTXS to HTT never makes the group worse.
        if (htxs > 0) expect(quotaFigures(countsAfterLowering(c), { ratePercent, denominator }).excess).toBeLessThanOrEqual(quotaFigures(c, { ratePercent, denominator }).excess);
      }),
    );
  });
});

describe('quotaReason', () => {
  it('names the group and its maximum', () => {
    expect(quotaReason({ label: 'Đảng viên thuộc Chi bộ thôn Đông Hòa', counts: counts(2, 9) }, q20)).toBe('Vượt tỷ lệ HTXS của nhóm đảng viên thuộc Chi bộ thôn Đông Hòa (tối đa 1).');
    expect(quotaReason({ label: 'Các chi bộ thuộc Đảng bộ xã Xuân Hòa', counts: counts(1, 4) }, q20)).toBe('Vượt tỷ lệ HTXS của nhóm các chi bộ thuộc Đảng bộ xã Xuân Hòa (tối đa 0).');
  });
});

describe('decisionState', () => {
  const locked = { recognitionId: 'r', decisionNo: '15-QĐ/ĐU', decidedOn: '2026-12-22' };
  const decision = { level: 'HTT' } as never;
  it('tells a proposal apart from a decision', () => {
    expect(decisionState({ locked: null, decision: null, needsDecision: false })).toBe('pending');
    expect(decisionState({ locked: null, decision: null, needsDecision: true })).toBe('open');
    expect(decisionState({ locked: null, decision, needsDecision: false })).toBe('decided');
    expect(decisionState({ locked: null, decision, needsDecision: true })).toBe('open');
    expect(decisionState({ locked, decision, needsDecision: false })).toBe('recognized');
  });
});

describe('recognitionSummary', () => {
  it('counts members and chi bộ per level, zeros included', () => {
    expect(recognitionSummary({ members: counts(1, 10, 2, 1), organizations: counts(0, 1) })).toBe(
      'Công nhận 14 đảng viên (HTXS: 1, HTT: 10, HTNV: 2, KHTNV: 1) và 1 chi bộ (HTXS: 0, HTT: 1, HTNV: 0, KHTNV: 0).',
    );
    expect(recognitionSummary({ members: counts(0, 3), organizations: counts(0, 0) })).toBe('Công nhận 3 đảng viên (HTXS: 0, HTT: 3, HTNV: 0, KHTNV: 0).');
  });
});

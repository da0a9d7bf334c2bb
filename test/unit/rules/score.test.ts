import { describe, expect, it } from 'vitest';
import { classify, hasAtMostOneDecimal, levelForScore, toTenths } from '../../../shared/rules/index';
import { expectOk, memberRequest } from './helpers';

/** Score level from classify with conditions that never limit (they allow HTXS). */
function scoreLevelOf(common: number, tasks: number) {
  return expectOk(classify(memberRequest({ score: { common, tasks } }))).scoreLevel;
}

describe('score level (Điều 10–11; rules.md §4.1)', () => {
  it('puts each boundary on the right side: 89.9/90, 69.9/70, 49.9/50', () => {
    expect(scoreLevelOf(29.9, 60)).toBe('HTT');
    expect(scoreLevelOf(30, 60)).toBe('HTXS');
    expect(scoreLevelOf(19.9, 50)).toBe('HTNV');
    expect(scoreLevelOf(20, 50)).toBe('HTT');
    expect(scoreLevelOf(9.9, 40)).toBe('KHTNV');
    expect(scoreLevelOf(10, 40)).toBe('HTNV');
    expect(scoreLevelOf(0, 0)).toBe('KHTNV');
    expect(scoreLevelOf(30, 70)).toBe('HTXS');
  });

  it('adds in tenths: exact totals and no float noise in messages', () => {
    expect(0.1 + 0.2).not.toBe(0.3); // what a float sum would print
    const tiny = expectOk(classify(memberRequest({ score: { common: 0.1, tasks: 0.2 } })));
    expect(tiny.reasons[0]!.message).toContain('Tổng điểm 0,3/100 (tiêu chí chung 0,1/30, kết quả thực hiện nhiệm vụ 0,2/70)');
    expect(scoreLevelOf(29.9, 60.1)).toBe('HTXS');
    expect(scoreLevelOf(19.9, 50.1)).toBe('HTT');
    expect(scoreLevelOf(9.9, 40.1)).toBe('HTNV');
    const out = expectOk(classify(memberRequest({ score: { common: 29.9, tasks: 60.1 } })));
    expect(out.reasons[0]!.message).toContain('Tổng điểm 90/100 (tiêu chí chung 29,9/30, kết quả thực hiện nhiệm vụ 60,1/70)');
  });

  it('gives the band of the exact total for every pair of scores', () => {
    const expected = (t: number) => (t >= 900 ? 'HTXS' : t >= 700 ? 'HTT' : t >= 500 ? 'HTNV' : 'KHTNV');
    for (let common = 0; common <= 300; common++) {
      for (let tasks = 0; tasks <= 700; tasks++) {
        const level = levelForScore(toTenths(common / 10) + toTenths(tasks / 10));
        if (level !== expected(common + tasks)) throw new Error(`${common / 10} + ${tasks / 10} gave ${level}`);
      }
    }
  });

  it('maps tenths to levels and checks decimals exactly', () => {
    expect([900, 899, 700, 699, 500, 499, 0].map(levelForScore)).toEqual(['HTXS', 'HTT', 'HTT', 'HTNV', 'HTNV', 'KHTNV', 'KHTNV']);
    expect([27.3, 0.1, 69.9, 60.1].map(toTenths)).toEqual([273, 1, 699, 601]);
    expect([27, 27.3, 0.1, 30].map(hasAtMostOneDecimal)).toEqual([true, true, true, true]);
    expect([27.35, 0.05, 1e-7, 69.99].map(hasAtMostOneDecimal)).toEqual([false, false, false, false]);
  });

  it('explains the band with the figures and the article', () => {
    const out = expectOk(classify(memberRequest({ score: { common: 26, tasks: 60 } })));
    expect(out.reasons[0]).toEqual({
      code: 'score-band',
      message:
        'Tổng điểm 86/100 (tiêu chí chung 26/30, kết quả thực hiện nhiệm vụ 60/70) thuộc khung 70 đến dưới 90 điểm: mức theo điểm là "Hoàn thành tốt nhiệm vụ".',
      ref: 'QĐ 366-QĐ/TW, Điều 11, khoản 2',
    });
    const low = expectOk(classify(memberRequest({ score: { common: 10, tasks: 39.5 } })));
    expect(low.reasons[0]!.message).toContain('Tổng điểm 49,5/100');
    expect(low.reasons[0]!.message).toContain('dưới 50 điểm');
    expect(low.reasons[0]!.ref).toBe('QĐ 366-QĐ/TW, Điều 11, khoản 4');
  });
});

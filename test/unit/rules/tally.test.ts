import { describe, expect, it } from 'vitest';
import { adoptedLevel, tallyVote, voteThreshold, type TallyRequest } from '../../../shared/rules/index';
import { expectOk, expectRefused } from './helpers';

const votes = (HTXS: number, HTT: number, HTNV: number, KHTNV: number) => ({ HTXS, HTT, HTNV, KHTNV });

describe('vote threshold (Điều lệ Điều 9 khoản 5)', () => {
  it('is floor(n / 2) + 1: 20 voters → 11, 19 → 10, 1 → 1, 0 present → 1', () => {
    expect([20, 19, 18, 3, 2, 1, 0].map(voteThreshold)).toEqual([11, 10, 10, 2, 2, 1, 1]);
  });
});

describe('tally (rules.md §6)', () => {
  it('gives the cli.md example', () => {
    const out = expectOk(
      tallyVote({ method: 'cumulative', denominator: 'voters', voters: 20, present: 18, votes: votes(3, 12, 2, 0), ballots: { issued: 18, returned: 18, invalid: 1 } }),
    );
    expect(Object.keys(out)).toEqual(['threshold', 'level', 'revote', 'reconciled', 'reasons']);
    expect(out).toMatchObject({ threshold: 11, level: 'HTT', revote: false, reconciled: true });
    expect(out.reasons.map((r) => r.code)).toEqual(['threshold', 'ballots-reconciled', 'vote-adopted']);
    expect(out.reasons[2]!.message).toContain('15 phiếu tính cộng dồn');
    expect(out.reasons.every((r) => r.ref === 'Điều lệ Đảng, Điều 9, khoản 5')).toBe(true);
  });

  it('cumulative and strict differ on the same votes', () => {
    const same = { voters: 20, votes: votes(6, 5, 4, 0) };
    const cumulative = expectOk(tallyVote({ ...same, method: 'cumulative' }));
    expect(cumulative).toMatchObject({ threshold: 11, level: 'HTT', revote: false, reconciled: null });
    const strict = expectOk(tallyVote({ ...same, method: 'strict' }));
    expect(strict).toMatchObject({ threshold: 11, level: null, revote: true, reconciled: null });
    expect(strict.reasons.at(-1)!.code).toBe('revote');
    expect(strict.reasons.at(-1)!.message).toContain('nhiều nhất: mức "Hoàn thành xuất sắc nhiệm vụ" 6 phiếu');
  });

  it('strict adopts the level with its own majority', () => {
    expect(expectOk(tallyVote({ method: 'strict', voters: 20, votes: votes(2, 11, 3, 0) })).level).toBe('HTT');
    expect(expectOk(tallyVote({ method: 'strict', voters: 20, votes: votes(2, 10, 3, 0) })).level).toBeNull();
  });

  it('cumulative reaches the threshold exactly at 11 of 20, not at 10', () => {
    expect(expectOk(tallyVote({ voters: 20, votes: votes(0, 0, 11, 0) })).level).toBe('HTNV');
    expect(expectOk(tallyVote({ voters: 20, votes: votes(4, 3, 3, 0) })).level).toBeNull();
    expect(expectOk(tallyVote({ voters: 20, votes: votes(4, 3, 3, 0) })).revote).toBe(true);
    expect(expectOk(tallyVote({ voters: 20, votes: votes(4, 3, 3, 1) })).level).toBe('KHTNV');
  });

  it('uses present voters as the denominator when set', () => {
    const out = expectOk(tallyVote({ denominator: 'present', voters: 20, present: 15, votes: votes(0, 8, 0, 0) }));
    expect(out).toMatchObject({ threshold: 8, level: 'HTT' });
    expect(out.reasons[0]!.message).toBe('Quá nửa của 15 đảng viên có quyền biểu quyết có mặt: cần ít nhất 8 phiếu.');
    expect(expectOk(tallyVote({ denominator: 'voters', voters: 20, present: 15, votes: votes(0, 8, 0, 0) })).level).toBeNull();
    expectRefused(tallyVote({ denominator: 'present', voters: 20, votes: votes(0, 8, 0, 0) }), 'invalid-input', 'present');
  });

  it('refuses more votes than present (or voters)', () => {
    expect(expectRefused(tallyVote({ voters: 20, present: 18, votes: votes(3, 12, 4, 0) }), 'too-many-votes', 'votes')).toContain('(19)');
    expectOk(tallyVote({ voters: 20, present: 18, votes: votes(3, 12, 3, 0) }));
    expectRefused(tallyVote({ voters: 10, votes: votes(0, 11, 0, 0) }), 'too-many-votes', 'votes');
    expectRefused(tallyVote({ voters: 10, present: 11, votes: votes(0, 1, 0, 0) }), 'invalid-input', 'present');
  });

  it('reconciles secret ballots or refuses with ballots-mismatch', () => {
    const base = { voters: 20, present: 18, votes: votes(3, 12, 2, 0) };
    expect(expectOk(tallyVote({ ...base, ballots: { issued: 18, returned: 17, invalid: 0 } })).reconciled).toBe(true);
    expect(expectOk(tallyVote({ ...base, ballots: { issued: 18, returned: 18, invalid: 1, valid: 17 } })).reconciled).toBe(true);
    expectRefused(tallyVote({ ...base, ballots: { issued: 16, returned: 17, invalid: 0 } }), 'ballots-mismatch', 'ballots.returned');
    expectRefused(tallyVote({ ...base, ballots: { issued: 18, returned: 18, invalid: 0 } }), 'ballots-mismatch', 'ballots');
    expectRefused(tallyVote({ ...base, ballots: { issued: 18, returned: 18, invalid: 1, valid: 16 } }), 'ballots-mismatch', 'ballots.valid');
    expectRefused(tallyVote({ voters: 20, votes: votes(0, 0, 0, 0), ballots: { issued: 3, returned: 2, invalid: 3 } }), 'ballots-mismatch', 'ballots.invalid');
    const msg = expectRefused(tallyVote({ ...base, ballots: { issued: 18, returned: 18, invalid: 0 } }), 'ballots-mismatch', 'ballots');
    expect(msg).toBe('Phiếu không khớp: số phiếu hợp lệ (18) khác tổng số phiếu theo các mức xếp loại (17).');
  });

  it('validates counts and codes', () => {
    expectRefused(tallyVote({ voters: 0, votes: votes(0, 0, 0, 0) }), 'invalid-input', 'voters');
    expectRefused(tallyVote({ voters: 20, votes: votes(0, 2.5, 0, 0) }), 'invalid-input', 'votes.HTT');
    expectRefused(tallyVote({ voters: 20, votes: { HTT: 3, TOT: 2 } } as TallyRequest), 'invalid-input', 'votes.TOT');
    expectRefused(tallyVote({ voters: 20, method: 'majority', votes: {} } as unknown as TallyRequest), 'invalid-input', 'method');
    expectRefused(tallyVote({ voters: 20 } as TallyRequest), 'invalid-input', 'votes');
  });

  it('adoptedLevel walks from HTXS down', () => {
    expect(adoptedLevel(votes(11, 0, 0, 0), 11, 'strict')).toBe('HTXS');
    expect(adoptedLevel(votes(5, 5, 1, 0), 11, 'cumulative')).toBe('HTNV');
    expect(adoptedLevel(votes(5, 5, 1, 0), 11, 'strict')).toBeNull();
  });
});

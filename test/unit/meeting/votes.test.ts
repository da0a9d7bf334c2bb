// Vote rounds: the engine's tally with the present voters as the cap, ballots that must reconcile, shares
// of the denominator, round numbering for corrections and re-votes, and the chi bộ-level quota warning.
import { describe, expect, it } from 'vitest';
import { chiBoQuotaWarning, levelShares, percentOf, roundFor, subjectVotes, tallyRound } from '../../../shared/meeting/votes';
import type { MeetingSettings, VoteRoundView } from '../../../shared/meeting/types';
import { vote } from './helpers';

const settings: Pick<MeetingSettings, 'vote' | 'quota' | 'ruleSet'> = {
  ruleSet: 'QD366-2025',
  vote: { method: 'cumulative', denominator: 'voters' },
  quota: { ratePercent: 20, denominator: 'htt', scope: 'basic-org', decisionRef: null },
};
const counts = (v: Partial<Record<'HTXS' | 'HTT' | 'HTNV' | 'KHTNV', number>>) => ({ HTXS: 0, HTT: 0, HTNV: 0, KHTNV: 0, ...v });

describe('tallyRound', () => {
  it('adopts a level by the year’s method over all voters', () => {
    const r = tallyRound({ mode: 'hand', votes: counts({ HTXS: 3, HTT: 4 }), ballots: null, voters: 13, presentVoters: 12 }, settings);
    expect(r).toMatchObject({ ok: true, value: { threshold: 7, level: 'HTT', revote: false } });
    const strict = tallyRound({ mode: 'hand', votes: counts({ HTXS: 3, HTT: 4 }), ballots: null, voters: 13, presentVoters: 12 }, { vote: { method: 'strict', denominator: 'voters' } });
    expect(strict).toMatchObject({ ok: true, value: { level: null, revote: true } });
    const present = tallyRound({ mode: 'hand', votes: counts({ HTT: 5 }), ballots: null, voters: 13, presentVoters: 8 }, { vote: { method: 'cumulative', denominator: 'present' } });
    expect(present).toMatchObject({ ok: true, value: { threshold: 5, level: 'HTT' } });
  });

  it('refuses more votes than voters present — a vote from someone who may not vote', () => {
    const r = tallyRound({ mode: 'hand', votes: counts({ HTT: 13 }), ballots: null, voters: 13, presentVoters: 12 }, settings);
    expect(r).toMatchObject({ ok: false, error: { code: 'too-many-votes', message: 'Tổng số phiếu biểu quyết (13) lớn hơn số đảng viên có quyền biểu quyết có mặt (12).' } });
  });

  it('reconciles secret ballots: issued ≤ present voters, returned ≤ issued, valid = sum of the levels', () => {
    const ok = tallyRound({ mode: 'ballot', votes: counts({ HTXS: 9, HTT: 2 }), ballots: { issued: 12, returned: 12, invalid: 1 }, voters: 13, presentVoters: 12 }, settings);
    expect(ok).toMatchObject({ ok: true, value: { level: 'HTXS', reconciled: true } });
    const tooMany = tallyRound({ mode: 'ballot', votes: counts({ HTT: 10 }), ballots: { issued: 13, returned: 10, invalid: 0 }, voters: 13, presentVoters: 12 }, settings);
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'ballots-mismatch', details: { path: 'ballots.issued' } } });
    const sum = tallyRound({ mode: 'ballot', votes: counts({ HTT: 10 }), ballots: { issued: 12, returned: 12, invalid: 1 }, voters: 13, presentVoters: 12 }, settings);
    expect(sum).toMatchObject({ ok: false, error: { code: 'ballots-mismatch', message: 'Phiếu không khớp: số phiếu hợp lệ (11) khác tổng số phiếu theo các mức xếp loại (10).' } });
    const returned = tallyRound({ mode: 'ballot', votes: counts({}), ballots: { issued: 5, returned: 6, invalid: 0 }, voters: 13, presentVoters: 12 }, settings);
    expect(returned).toMatchObject({ ok: false, error: { code: 'ballots-mismatch' } });
  });

  it('needs ballot counts for a secret ballot and none for a show of hands', () => {
    expect(tallyRound({ mode: 'ballot', votes: counts({}), ballots: null, voters: 3, presentVoters: 3 }, settings)).toMatchObject({ ok: false, error: { code: 'ballots-missing' } });
    expect(tallyRound({ mode: 'hand', votes: counts({}), ballots: { issued: 1, returned: 1, invalid: 0 }, voters: 3, presentVoters: 3 }, settings)).toMatchObject({
      ok: false,
      error: { code: 'ballots-not-allowed' },
    });
    expect(tallyRound({ mode: 'hand', votes: counts({}), ballots: null, voters: 3, presentVoters: 0 }, settings)).toMatchObject({ ok: false, error: { code: 'no-voters-present' } });
  });
});

describe('shares', () => {
  it('are percent of the denominator, rounded to 2 decimals', () => {
    expect(percentOf(10, 13)).toBe(76.92);
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(1, 0)).toBe(0);
    expect(levelShares(counts({ HTT: 12 }), 13).map((s) => s.percent)).toEqual([0, 92.31, 0, 0]);
  });
});

describe('subjectVotes and roundFor', () => {
  const now = { voters: 4, presentVoters: 4, proposedLevel: 'HTT' as const };

  it('keeps every round; the result is the latest standing round’s level', () => {
    const v = subjectVotes([vote('m', { HTT: 2 }, { round: 2, proposedLevel: 'HTT' }), vote('m', { HTT: 1 }, { round: 1, proposedLevel: 'HTT' })], settings, now);
    expect(v.rounds.map((r) => [r.round, r.level, r.revote])).toEqual([
      [1, null, true],
      [2, null, true],
    ]);
    const w = subjectVotes([vote('m', { HTT: 1 }, { proposedLevel: 'HTT' }), vote('m', { HTT: 3 }, { round: 2, proposedLevel: 'HTT' })], settings, now);
    expect(w.result).toBe('HTT');
  });

  it('has no result when the latest round was taken on another proposal', () => {
    const v = subjectVotes([vote('m', { HTXS: 3 }, { proposedLevel: 'HTXS' })], settings, now);
    expect(v.result).toBeNull();
    expect(v.rounds[0]!.stale).toContain('Đề xuất của chi ủy đã đổi');
  });

  const views = (...rounds: { round: number; revote?: boolean; stale?: string | null }[]) =>
    rounds.map((r) => ({ round: r.round, revote: r.revote ?? false, stale: r.stale ?? null }) as VoteRoundView);

  it('numbers a new round after a re-vote or a stale round, corrects the latest otherwise', () => {
    expect(roundFor([], undefined)).toEqual({ ok: true, value: 1 });
    expect(roundFor(views({ round: 1 }), undefined)).toEqual({ ok: true, value: 1 });
    expect(roundFor(views({ round: 1, revote: true }), undefined)).toEqual({ ok: true, value: 2 });
    expect(roundFor(views({ round: 1, revote: true }), 1)).toEqual({ ok: true, value: 1 });
    expect(roundFor(views({ round: 1, stale: 'x' }), undefined)).toEqual({ ok: true, value: 2 });
    const refused = roundFor(views({ round: 1 }), 2);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-round', message: 'Vòng biểu quyết 2 không hợp lệ; chỉ được ghi vòng 1 (sửa số phiếu). Vòng 1 đã có kết quả nên không biểu quyết lại.' } });
    expect(roundFor([], 3)).toMatchObject({ ok: false, error: { code: 'invalid-round' } });
  });
});

describe('chiBoQuotaWarning', () => {
  it('warns when the voted HTXS exceed 20 % of the HTT count, and is silent otherwise', () => {
    expect(chiBoQuotaWarning(['HTXS', 'HTXS', ...Array(9).fill('HTT')], settings)).toContain('Hiện có 2: vượt 1 so với mức tối đa.');
    expect(chiBoQuotaWarning(['HTXS', ...Array(5).fill('HTT')], settings)).toBeNull();
    expect(chiBoQuotaWarning(['HTT'], settings)).toBeNull();
  });
});

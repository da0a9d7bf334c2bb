// Votes of the meeting on each level (Điều lệ Điều 3, 9.5; rules.md §6): the engine's tally of every round
// with the year's method and denominator, the share of each level, whether a round still stands (the
// proposal or the attendance it was taken with may have changed since), and the chi bộ-level HTXS quota
// warning. Layer: shared.
import { ok, type Result } from '../contract/result';
import { inputError } from '../rules/input-errors';
import { LEVEL_NAMES, LEVELS, type LevelCode } from '../rules/levels';
import { checkQuota } from '../rules/quota';
import { tallyVote, type TallyOutcome } from '../rules/tally';
import type { BallotCounts, LevelShare, MeetingSettings, SubjectVotes, VoteRound, VoteRoundView } from './types';
import type { VoteMode } from './labels';

/** What the meeting looks like now, to tell whether a recorded round still stands. */
export interface VoteContext {
  voters: number;
  presentVoters: number;
  proposedLevel: LevelCode | null;
}

/** Runs the engine on one round's counts. A hand vote is capped by the voters present. */
export function tallyRound(
  round: { mode: VoteMode; votes: Record<LevelCode, number>; ballots: BallotCounts | null; voters: number; presentVoters: number },
  settings: Pick<MeetingSettings, 'vote'>,
): Result<TallyOutcome> {
  if (round.voters < 1) return inputError('no-voters', 'Chi bộ không có đảng viên có quyền biểu quyết (đảng viên chính thức).', 'votes');
  if (round.presentVoters < 1) return inputError('no-voters-present', 'Không có đảng viên có quyền biểu quyết nào có mặt: chưa biểu quyết được.', 'votes');
  if (round.mode === 'ballot') {
    if (!round.ballots) return inputError('ballots-missing', 'Bỏ phiếu kín: cần nhập số phiếu phát ra, thu về và không hợp lệ.', 'ballots');
    if (round.ballots.issued > round.presentVoters) {
      return inputError(
        'ballots-mismatch',
        `Phiếu không khớp: số phiếu phát ra (${round.ballots.issued}) lớn hơn số đảng viên có quyền biểu quyết có mặt (${round.presentVoters}).`,
        'ballots.issued',
      );
    }
  } else if (round.ballots) {
    return inputError('ballots-not-allowed', 'Biểu quyết giơ tay không có số phiếu; hãy chọn "bỏ phiếu kín" nếu dùng phiếu.', 'ballots');
  }
  return tallyVote({
    method: settings.vote.method,
    denominator: settings.vote.denominator,
    voters: round.voters,
    present: round.presentVoters,
    votes: round.votes,
    ballots: round.ballots ? { ...round.ballots, valid: round.ballots.returned - round.ballots.invalid } : undefined,
  });
}

/** The count "more than half" is taken of: all voters, or those present (setting of the year). */
export function voteDenominator(settings: Pick<MeetingSettings, 'vote'>, voters: number, presentVoters: number): number {
  return settings.vote.denominator === 'present' ? presentVoters : voters;
}

/** Percent of the denominator, rounded half up to 2 decimals (66,67 %). */
export function percentOf(count: number, denominator: number): number {
  if (denominator <= 0) return 0;
  return Math.round((count * 10000) / denominator) / 100;
}

export function levelShares(votes: Record<LevelCode, number>, denominator: number): LevelShare[] {
  return LEVELS.map((level) => ({ level, count: votes[level], percent: percentOf(votes[level], denominator) }));
}

function staleness(round: VoteRound, now: VoteContext): string | null {
  if (round.proposedLevel !== now.proposedLevel) {
    const was = round.proposedLevel ? `"${LEVEL_NAMES[round.proposedLevel]}"` : 'chưa có';
    const is = now.proposedLevel ? `"${LEVEL_NAMES[now.proposedLevel]}"` : 'chưa có';
    return `Đề xuất của chi ủy đã đổi (từ ${was} sang ${is}) sau khi biểu quyết vòng ${round.round}: hãy biểu quyết lại.`;
  }
  if (round.presentVoters !== now.presentVoters || round.voters !== now.voters) {
    return (
      `Số đảng viên có quyền biểu quyết có mặt đã đổi (${round.presentVoters} → ${now.presentVoters}) sau khi biểu quyết vòng ${round.round}: ` +
      'hãy biểu quyết lại.'
    );
  }
  return null;
}

export function roundView(round: VoteRound, settings: Pick<MeetingSettings, 'vote'>, now: VoteContext): VoteRoundView {
  const denominator = voteDenominator(settings, round.voters, round.presentVoters);
  const tally = tallyRound(round, settings);
  const shares = levelShares(round.votes, denominator);
  const stale = staleness(round, now);
  if (!tally.ok) return { ...round, denominator, threshold: null, level: null, revote: false, reasons: [], shares, stale, error: tally.error.message };
  return { ...round, denominator, threshold: tally.value.threshold, level: tally.value.level, revote: tally.value.revote, reasons: tally.value.reasons, shares, stale, error: null };
}

/** Every round of one subject, in order; the result is the latest round's level if that round stands. */
export function subjectVotes(rounds: readonly VoteRound[], settings: Pick<MeetingSettings, 'vote'>, now: VoteContext): SubjectVotes {
  const views = [...rounds].sort((a, b) => a.round - b.round).map((r) => roundView(r, settings, now));
  const latest = views[views.length - 1];
  const result = latest && latest.stale === null && latest.error === null ? latest.level : null;
  return { rounds: views, result };
}

/**
 * The round number a new vote takes: the next one when the latest ended without a result (re-vote) or no
 * longer stands (the proposal or attendance changed) — the earlier round is kept — else the latest (a
 * correction of a mistyped count). `asked` is what the client named; it may only be the latest round or,
 * when the latest is closed, the next.
 */
export function roundFor(rounds: readonly VoteRoundView[], asked: number | undefined): Result<number> {
  const latest = rounds[rounds.length - 1];
  const next = latest ? latest.round + 1 : 1;
  const closed = latest !== undefined && (latest.revote || latest.stale !== null);
  const natural = latest && !closed ? latest.round : next;
  if (asked === undefined || asked === natural) return ok(natural);
  if (latest && asked === latest.round) return ok(asked);
  const allowed = !latest ? '1' : closed ? `${latest.round} (sửa số phiếu) hoặc ${next} (biểu quyết lại)` : `${latest.round} (sửa số phiếu)`;
  const why = latest && !closed && asked === next ? ` Vòng ${latest.round} đã có kết quả nên không biểu quyết lại.` : '';
  return inputError('invalid-round', `Vòng biểu quyết ${asked} không hợp lệ; chỉ được ghi vòng ${allowed}.${why}`, 'round');
}

/**
 * The chi bộ-level quota over the levels the meeting voted (a warning only: the cap is applied by the
 * deciding level, rules.md §5). Null when within or when no level was voted yet.
 */
export function chiBoQuotaWarning(levels: readonly LevelCode[], settings: Pick<MeetingSettings, 'quota' | 'ruleSet'>): string | null {
  if (!levels.includes('HTXS')) return null;
  const counts: Record<LevelCode, number> = { HTXS: 0, HTT: 0, HTNV: 0, KHTNV: 0 };
  for (const level of levels) counts[level] += 1;
  const outcome = checkQuota({
    ruleSet: settings.ruleSet,
    rate: settings.quota.ratePercent === 25 ? 0.25 : 0.2,
    denominator: settings.quota.denominator,
    decisionRef: settings.quota.decisionRef ?? undefined,
    levels: counts,
  });
  if (!outcome.ok || !outcome.value.violation) return null;
  return `Trong chi bộ: ${outcome.value.reasons[0]!.message} Đảng ủy sẽ xét tỷ lệ này trong toàn nhóm so sánh khi quyết định.`;
}

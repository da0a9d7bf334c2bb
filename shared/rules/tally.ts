// The vote of the chi bộ on a proposed level (Điều lệ Điều 9 khoản 5; rules.md §6): "more than half" of the
// chosen denominator, strict or cumulative counting, and reconciliation of secret ballots. Layer: shared.
import type { Result } from '../contract/result';
import { ok } from '../contract/result';
import { inputError, parseWith } from './input-errors';
import { LEVEL_NAMES, LEVELS, type LevelCode } from './levels';
import { reason, type Reason } from './reasons';
import { CHARTER_REFS } from './rule-sets';
import { TALLY_LABELS, tallySchema, type TallyInput, type TallyRequest, type VoteMethod } from './schemas';

export interface TallyOutcome {
  /** Votes needed: floor(denominator / 2) + 1. */
  threshold: number;
  /** The level adopted; null when none reaches the threshold. */
  level: LevelCode | null;
  revote: boolean;
  /** True when the secret ballots add up; null for a vote without ballots (show of hands). */
  reconciled: boolean | null;
  reasons: Reason[];
}

export type VoteCounts = Readonly<Record<LevelCode, number>>;

/** "More than half": floor(denominator / 2) + 1. */
export function voteThreshold(denominator: number): number {
  return Math.floor(denominator / 2) + 1;
}

/**
 * The level a vote adopts, or null. Strict: the level whose own votes reach the threshold. Cumulative:
 * walking from HTXS down, votes for a higher level support every lower one; the first level whose running
 * sum reaches the threshold.
 */
export function adoptedLevel(votes: VoteCounts, threshold: number, method: VoteMethod): LevelCode | null {
  let running = 0;
  for (const level of LEVELS) {
    running += votes[level];
    if ((method === 'strict' ? votes[level] : running) >= threshold) return level;
  }
  return null;
}

function sumVotes(votes: VoteCounts): number {
  return LEVELS.reduce((sum, level) => sum + votes[level], 0);
}

/** Checks issued ≥ returned, returned = valid + invalid, valid = sum of votes; refuses with `ballots-mismatch`. */
function reconcileBallots(input: TallyInput, totalVotes: number): Result<Reason | null> {
  const ballots = input.ballots;
  if (!ballots) return ok(null);
  const mismatch = (message: string, path: string) => inputError('ballots-mismatch', `Phiếu không khớp: ${message}`, path);
  const { issued, returned, invalid } = ballots;
  if (returned > issued) return mismatch(`số phiếu thu về (${returned}) lớn hơn số phiếu phát ra (${issued}).`, 'ballots.returned');
  if (invalid > returned) return mismatch(`số phiếu không hợp lệ (${invalid}) lớn hơn số phiếu thu về (${returned}).`, 'ballots.invalid');
  const valid = ballots.valid ?? returned - invalid;
  if (valid + invalid !== returned) {
    return mismatch(`số phiếu thu về (${returned}) khác tổng số phiếu hợp lệ (${valid}) và không hợp lệ (${invalid}).`, 'ballots.valid');
  }
  if (valid !== totalVotes) {
    return mismatch(`số phiếu hợp lệ (${valid}) khác tổng số phiếu theo các mức xếp loại (${totalVotes}).`, 'ballots');
  }
  return ok(
    reason(
      'ballots-reconciled',
      `Phiếu kín: phát ra ${issued}, thu về ${returned}, hợp lệ ${valid}, không hợp lệ ${invalid}; số phiếu hợp lệ khớp tổng số phiếu theo các mức.`,
      CHARTER_REFS.majority,
    ),
  );
}

function resultReason(votes: VoteCounts, threshold: number, method: VoteMethod, level: LevelCode | null): Reason {
  const ref = CHARTER_REFS.majority;
  if (level !== null) {
    if (method === 'strict') {
      return reason('vote-adopted', `Mức "${LEVEL_NAMES[level]}" được ${votes[level]} phiếu, đạt từ ${threshold} phiếu trở lên.`, ref);
    }
    const counted = LEVELS.slice(0, LEVELS.indexOf(level) + 1);
    const running = counted.reduce((sum, l) => sum + votes[l], 0);
    const breakdown = counted.map((l) => `${l} ${votes[l]}`).join(' + ');
    return reason(
      'vote-adopted',
      `Mức "${LEVEL_NAMES[level]}" được ${running} phiếu tính cộng dồn từ mức cao nhất (${breakdown}), đạt từ ${threshold} phiếu trở lên.`,
      ref,
    );
  }
  if (method === 'strict') {
    const top = LEVELS.reduce((best, l) => (votes[l] > votes[best] ? l : best), LEVELS[0] as LevelCode);
    return reason(
      'revote',
      `Không mức nào đạt ${threshold} phiếu (nhiều nhất: mức "${LEVEL_NAMES[top]}" ${votes[top]} phiếu): phải biểu quyết lại.`,
      ref,
    );
  }
  return reason(
    'revote',
    `Cộng dồn từ mức cao nhất, không mức nào đạt ${threshold} phiếu (tổng cộng ${sumVotes(votes)} phiếu): phải biểu quyết lại.`,
    ref,
  );
}

/** Tallies one vote. Refuses more votes than voters present (or voters), and ballots that do not add up. */
export function tallyVote(request: TallyRequest): Result<TallyOutcome> {
  const parsed = parseWith(tallySchema, request, TALLY_LABELS);
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  const votes: VoteCounts = input.votes;
  const total = sumVotes(votes);
  const cap = input.present ?? input.voters;
  if (total > cap) {
    const who = input.present === undefined ? 'số đảng viên có quyền biểu quyết' : 'số đảng viên có quyền biểu quyết có mặt';
    return inputError('too-many-votes', `Tổng số phiếu biểu quyết (${total}) lớn hơn ${who} (${cap}).`, 'votes');
  }
  const ballots = reconcileBallots(input, total);
  if (!ballots.ok) return ballots;

  const base = input.denominator === 'present' ? input.present! : input.voters;
  const threshold = voteThreshold(base);
  const level = adoptedLevel(votes, threshold, input.method);
  const who = input.denominator === 'present' ? 'đảng viên có quyền biểu quyết có mặt' : 'đảng viên có quyền biểu quyết';
  const reasons: Reason[] = [reason('threshold', `Quá nửa của ${base} ${who}: cần ít nhất ${threshold} phiếu.`, CHARTER_REFS.majority)];
  if (ballots.value) reasons.push(ballots.value);
  reasons.push(resultReason(votes, threshold, input.method, level));
  return ok({ threshold, level, revote: level === null, reconciled: input.ballots ? true : null, reasons });
}

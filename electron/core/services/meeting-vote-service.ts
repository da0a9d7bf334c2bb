// Votes of the meeting (rules.md §6): a hand vote or a secret ballot on one subject's level, tallied by the
// engine with the year's method and denominator. Counts that do not add up, more votes than voters
// present, ballots that do not reconcile, or a vote before attendance is taken are refused and nothing
// is saved. A re-vote adds a round and keeps the earlier one. Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import type { VoteMode } from '../../../shared/meeting/labels';
import { blockedMessage } from '../../../shared/meeting/steps';
import type { BallotCounts, MeetingView, SubjectRef, VoteRound } from '../../../shared/meeting/types';
import { buildMeetingView } from '../../../shared/meeting/view';
import { roundFor, tallyRound } from '../../../shared/meeting/votes';
import type { LevelCode } from '../../../shared/rules/levels';
import { deleteVote, putVote } from '../../../db/repos/meetings';
import { stamp, type ServiceContext } from './context';
import { editMeeting } from './meeting-audit';
import { subjectMemberId } from './meeting-edit-service';

export interface RecordVoteInput {
  meetingId: string;
  subject: SubjectRef;
  round?: number;
  mode: VoteMode;
  votes: Record<LevelCode, number>;
  ballots?: BallotCounts;
  actor?: string | null;
}

const subjectName = (view: MeetingView, memberId: string | null) => (memberId === null ? 'chi bộ' : `đồng chí ${view.members.find((m) => m.memberId === memberId)!.fullName}`);

export async function recordVote(ctx: ServiceContext, input: RecordVoteInput): Promise<MeetingView> {
  return editMeeting(ctx, input.meetingId, input.actor, async (trx, { record }) => {
    const memberId = subjectMemberId(record, input.subject);
    const view = buildMeetingView(record);
    const attendance = view.steps.find((s) => s.kind === 'attendance')!;
    if (!attendance.complete) throw new DomainError('step-blocked', blockedMessage(attendance, 'ghi kết quả biểu quyết'), { path: 'votes' });
    const subject = memberId === null ? view.collective : view.members.find((m) => m.memberId === memberId)!.subject!;
    const proposedLevel = subject.review.proposedLevel;
    if (!proposedLevel) {
      throw new DomainError(
        'no-proposal',
        `Chưa có mức ${memberId === null ? 'chi bộ tự đề xuất' : 'chi ủy đề xuất'} cho ${subjectName(view, memberId)}: hãy hoàn thành bước kiểm điểm trước khi biểu quyết.`,
        { path: 'subject' },
      );
    }
    const round = roundFor(subject.votes.rounds, input.round);
    if (!round.ok) throw new DomainError(round.error.code, round.error.message, { path: 'round' });
    const entry: Omit<VoteRound, 'recordedAt'> = {
      memberId,
      round: round.value,
      mode: input.mode,
      votes: input.votes,
      ballots: input.ballots ?? null,
      voters: view.counts.voters,
      presentVoters: view.counts.presentVoters,
      proposedLevel,
    };
    const tally = tallyRound(entry, record.settings);
    if (!tally.ok) {
      const path = (tally.error.details as { path?: string } | undefined)?.path ?? 'votes';
      throw new DomainError(tally.error.code, tally.error.message, { path });
    }
    await putVote(trx, record.id, entry, { newId: ctx.newId, now: stamp(ctx) });
  });
}

/** Removes the latest round of a subject (a round recorded by mistake); earlier rounds cannot be removed. */
export async function deleteVoteRound(ctx: ServiceContext, input: { meetingId: string; subject: SubjectRef; round: number; actor?: string | null }): Promise<MeetingView> {
  return editMeeting(ctx, input.meetingId, input.actor, async (trx, { record }) => {
    const memberId = subjectMemberId(record, input.subject);
    const rounds = record.votes.filter((v) => v.memberId === memberId).map((v) => v.round);
    const latest = Math.max(0, ...rounds);
    if (latest === 0) throw new DomainError('not-found', 'Chưa có vòng biểu quyết nào để xóa.', { path: 'round' });
    if (input.round !== latest) throw new DomainError('invalid-round', `Chỉ xóa được vòng biểu quyết cuối cùng (vòng ${latest}); các vòng trước được giữ làm hồ sơ.`, { path: 'round' });
    await deleteVote(trx, record.id, memberId, latest);
  });
}

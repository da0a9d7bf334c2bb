// Review meetings: the meeting row, its roster snapshot (with checklist and attendance), the reviews of
// the collective and of each member, and the vote rounds. Rows are mapped to the plain records of
// shared/meeting; JSON columns hold values always read and written whole. Layer: db.
import type { Reason } from '../../shared/rules/reasons';
import type { LevelCode } from '../../shared/rules/levels';
import type { MeetingComment, MeetingMemberRecord, ReviewRecord, VoteRound } from '../../shared/meeting/types';
import type { MeetingMemberTable, MeetingReviewTable, MeetingTable, MeetingVoteTable } from '../schema';
import type { Executor } from './executor';
import { reviewYearFromRow } from './review-years';
import type { ReviewYear } from '../../shared/review/year-settings';

const bool = (v: boolean): 0 | 1 => (v ? 1 : 0);

// --------------------------------------------------------------------------------------------- meeting

export async function getMeetingRow(db: Executor, id: string): Promise<MeetingTable | null> {
  return (await db.selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function findMeetingRow(db: Executor, reviewYearId: string, orgUnitId: string): Promise<MeetingTable | null> {
  return (await db.selectFrom('meeting').selectAll().where('reviewYearId', '=', reviewYearId).where('orgUnitId', '=', orgUnitId).executeTakeFirst()) ?? null;
}

export async function listMeetingRows(db: Executor, reviewYearId: string): Promise<MeetingTable[]> {
  return db.selectFrom('meeting').selectAll().where('reviewYearId', '=', reviewYearId).orderBy('createdAt').orderBy('id').execute();
}

export async function insertMeeting(db: Executor, row: MeetingTable): Promise<void> {
  await db.insertInto('meeting').values(row).execute();
}

export async function updateMeeting(db: Executor, id: string, patch: Partial<Omit<MeetingTable, 'id' | 'reviewYearId' | 'orgUnitId' | 'createdAt'>>): Promise<void> {
  await db.updateTable('meeting').set(patch).where('id', '=', id).execute();
}

// -------------------------------------------------------------------------------------------- members

export function memberRecordFromRow(row: MeetingMemberTable): MeetingMemberRecord {
  return {
    memberId: row.memberId,
    position: row.position,
    fullName: row.fullName,
    partyRole: row.partyRole,
    category: row.category,
    status: row.status,
    reviewStatus: row.reviewStatus,
    admittedOn: row.admittedOn,
    form: row.form,
    reviewed: row.reviewed === 1,
    classified: row.classified === 1,
    canVote: row.canVote === 1,
    reasons: JSON.parse(row.reasonsJson) as Reason[],
    notes: JSON.parse(row.notesJson) as Reason[],
    preparation: {
      selfReviewReceived: row.selfReviewReceived === 1,
      residenceApplies: row.residenceApplies === 1,
      residenceReceived: row.residenceReceived === 1,
      temporaryReceived: row.temporaryReceived === 1,
      civilServantRating: row.civilServantRating,
    },
    attendance: row.attendance,
    absenceReason: row.absenceReason,
  };
}

export function memberRecordToColumns(m: MeetingMemberRecord): Omit<MeetingMemberTable, 'id' | 'meetingId' | 'createdAt' | 'updatedAt'> {
  return {
    memberId: m.memberId,
    position: m.position,
    fullName: m.fullName,
    partyRole: m.partyRole,
    category: m.category,
    status: m.status,
    reviewStatus: m.reviewStatus,
    admittedOn: m.admittedOn,
    form: m.form,
    reviewed: bool(m.reviewed),
    classified: bool(m.classified),
    canVote: bool(m.canVote),
    reasonsJson: JSON.stringify(m.reasons),
    notesJson: JSON.stringify(m.notes),
    selfReviewReceived: bool(m.preparation.selfReviewReceived),
    residenceApplies: bool(m.preparation.residenceApplies),
    residenceReceived: bool(m.preparation.residenceReceived),
    temporaryReceived: bool(m.preparation.temporaryReceived),
    civilServantRating: m.preparation.civilServantRating,
    attendance: m.attendance,
    absenceReason: m.absenceReason,
  };
}

/** The roster of a meeting in the order of business. */
export async function listMeetingMembers(db: Executor, meetingId: string): Promise<MeetingMemberRecord[]> {
  const rows = await db.selectFrom('meetingMember').selectAll().where('meetingId', '=', meetingId).orderBy('position').execute();
  return rows.map(memberRecordFromRow);
}

/** Writes the roster: updates the rows of members already there, inserts new ones, deletes the others. */
export async function writeMeetingMembers(
  db: Executor,
  meetingId: string,
  members: readonly MeetingMemberRecord[],
  stamps: { newId: () => string; now: string },
): Promise<void> {
  const existing = await db.selectFrom('meetingMember').select(['id', 'memberId']).where('meetingId', '=', meetingId).execute();
  const byMember = new Map(existing.map((r) => [r.memberId, r.id]));
  const keep = new Set(members.map((m) => m.memberId));
  const gone = existing.filter((r) => !keep.has(r.memberId)).map((r) => r.id);
  if (gone.length > 0) await db.deleteFrom('meetingMember').where('id', 'in', gone).execute();
  for (const m of members) {
    const id = byMember.get(m.memberId);
    if (id) await db.updateTable('meetingMember').set({ ...memberRecordToColumns(m), updatedAt: stamps.now }).where('id', '=', id).execute();
    else await db.insertInto('meetingMember').values({ id: stamps.newId(), meetingId, ...memberRecordToColumns(m), createdAt: stamps.now, updatedAt: stamps.now }).execute();
  }
}

export async function updateMeetingMember(db: Executor, meetingId: string, record: MeetingMemberRecord, now: string): Promise<void> {
  await db
    .updateTable('meetingMember')
    .set({ ...memberRecordToColumns(record), updatedAt: now })
    .where('meetingId', '=', meetingId)
    .where('memberId', '=', record.memberId)
    .execute();
}

// -------------------------------------------------------------------------------------------- reviews

export function reviewFromRow(row: MeetingReviewTable): ReviewRecord {
  return {
    summary: row.summary,
    shortcomings: row.shortcomings,
    scores: JSON.parse(row.scoresJson) as Record<string, number>,
    groupScores: { common: row.groupCommon ?? null, tasks: row.groupTasks ?? null },
    tasks: { donePct: row.donePct, latePct: row.latePct, exceededPct: row.exceededPct },
    disqualifiers: JSON.parse(row.disqualifiersJson) as string[],
    disciplinedMember: row.disciplinedMember === 1,
    overrideRequest: row.overrideRequest,
    comments: JSON.parse(row.commentsJson) as MeetingComment[],
    response: row.response,
    proposedLevel: row.proposedLevel,
    proposalNote: row.proposalNote,
  };
}

function reviewColumns(r: ReviewRecord): Omit<MeetingReviewTable, 'id' | 'meetingId' | 'memberId' | 'createdAt' | 'updatedAt'> {
  return {
    summary: r.summary,
    shortcomings: r.shortcomings,
    scoresJson: JSON.stringify(r.scores),
    groupCommon: r.groupScores.common,
    groupTasks: r.groupScores.tasks,
    donePct: r.tasks.donePct,
    latePct: r.tasks.latePct,
    exceededPct: r.tasks.exceededPct,
    disqualifiersJson: JSON.stringify(r.disqualifiers),
    disciplinedMember: bool(r.disciplinedMember),
    overrideRequest: r.overrideRequest,
    commentsJson: JSON.stringify(r.comments),
    response: r.response,
    proposedLevel: r.proposedLevel,
    proposalNote: r.proposalNote,
  };
}

/** Saved reviews of a meeting: the collective's (if any) and the members' by member id. */
export async function listReviews(db: Executor, meetingId: string): Promise<{ collective: ReviewRecord | null; members: Record<string, ReviewRecord> }> {
  const rows = await db.selectFrom('meetingReview').selectAll().where('meetingId', '=', meetingId).execute();
  const members: Record<string, ReviewRecord> = {};
  let collective: ReviewRecord | null = null;
  for (const row of rows) {
    if (row.memberId === null) collective = reviewFromRow(row);
    else members[row.memberId] = reviewFromRow(row);
  }
  return { collective, members };
}

/** Creates or replaces the review of one subject (memberId null = the collective). */
export async function putReview(db: Executor, meetingId: string, memberId: string | null, review: ReviewRecord, stamps: { newId: () => string; now: string }): Promise<void> {
  let q = db.selectFrom('meetingReview').select('id').where('meetingId', '=', meetingId);
  q = memberId === null ? q.where('memberId', 'is', null) : q.where('memberId', '=', memberId);
  const existing = await q.executeTakeFirst();
  if (existing) await db.updateTable('meetingReview').set({ ...reviewColumns(review), updatedAt: stamps.now }).where('id', '=', existing.id).execute();
  else await db.insertInto('meetingReview').values({ id: stamps.newId(), meetingId, memberId, ...reviewColumns(review), createdAt: stamps.now, updatedAt: stamps.now }).execute();
}

// ---------------------------------------------------------------------------------------------- votes

function voteFromRow(row: MeetingVoteTable): VoteRound {
  const votes: Record<LevelCode, number> = { HTXS: row.votesHtxs, HTT: row.votesHtt, HTNV: row.votesHtnv, KHTNV: row.votesKhtnv };
  return {
    memberId: row.memberId,
    round: row.round,
    mode: row.mode,
    votes,
    ballots: row.ballotsIssued === null ? null : { issued: row.ballotsIssued, returned: row.ballotsReturned!, invalid: row.ballotsInvalid! },
    voters: row.voters,
    presentVoters: row.presentVoters,
    proposedLevel: row.proposedLevel,
    recordedAt: row.updatedAt,
  };
}

export async function listVotes(db: Executor, meetingId: string): Promise<VoteRound[]> {
  const rows = await db.selectFrom('meetingVote').selectAll().where('meetingId', '=', meetingId).orderBy('round').execute();
  return rows.map(voteFromRow);
}

/** Writes one round (a correction replaces the same round of the same subject). */
export async function putVote(db: Executor, meetingId: string, round: Omit<VoteRound, 'recordedAt'>, stamps: { newId: () => string; now: string }): Promise<void> {
  const columns = {
    mode: round.mode,
    votesHtxs: round.votes.HTXS,
    votesHtt: round.votes.HTT,
    votesHtnv: round.votes.HTNV,
    votesKhtnv: round.votes.KHTNV,
    ballotsIssued: round.ballots?.issued ?? null,
    ballotsReturned: round.ballots?.returned ?? null,
    ballotsInvalid: round.ballots?.invalid ?? null,
    voters: round.voters,
    presentVoters: round.presentVoters,
    proposedLevel: round.proposedLevel,
  };
  let q = db.selectFrom('meetingVote').select('id').where('meetingId', '=', meetingId).where('round', '=', round.round);
  q = round.memberId === null ? q.where('memberId', 'is', null) : q.where('memberId', '=', round.memberId);
  const existing = await q.executeTakeFirst();
  if (existing) await db.updateTable('meetingVote').set({ ...columns, updatedAt: stamps.now }).where('id', '=', existing.id).execute();
  else await db.insertInto('meetingVote').values({ id: stamps.newId(), meetingId, memberId: round.memberId, round: round.round, ...columns, createdAt: stamps.now, updatedAt: stamps.now }).execute();
}

export async function deleteVote(db: Executor, meetingId: string, memberId: string | null, round: number): Promise<void> {
  let q = db.deleteFrom('meetingVote').where('meetingId', '=', meetingId).where('round', '=', round);
  q = memberId === null ? q.where('memberId', 'is', null) : q.where('memberId', '=', memberId);
  await q.execute();
}

/** Removes what belongs to members who left the meeting's roster (their reviews and votes). */
export async function deleteMemberData(db: Executor, meetingId: string, memberIds: readonly string[]): Promise<void> {
  if (memberIds.length === 0) return;
  await db.deleteFrom('meetingVote').where('meetingId', '=', meetingId).where('memberId', 'in', memberIds).execute();
  await db.deleteFrom('meetingReview').where('meetingId', '=', meetingId).where('memberId', 'in', memberIds).execute();
}

/** The review year a meeting belongs to (by its id). */
export async function getReviewYearById(db: Executor, id: string): Promise<ReviewYear | null> {
  const row = await db.selectFrom('reviewYear').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? reviewYearFromRow(row) : null;
}

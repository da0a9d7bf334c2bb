// Bad input to the meeting is refused with a Vietnamese message that names the field, and nothing is
// half-saved: votes that do not add up, more votes than voters present, a vote before attendance or for
// someone not reviewed, scores and codes the rules refuse. Also: re-votes keep the earlier round, a vote
// taken on an older proposal is flagged, and changing an input recomputes what depends on it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import {
  createDemoMeeting,
  DEMO_NOW,
  fillPreparation,
  reviewCollective,
  reviewMembers,
  scoresFor,
  seedDemoCell,
  takeAttendance,
  type DemoCell,
} from '../support/meeting-fixture';
import type { Result } from '../../shared/contract/result';
import type { MeetingView } from '../../shared/meeting/types';

let t: TempCore;
let cell: DemoCell;
let id: string;

beforeEach(async () => {
  t = openTempCore({ now: DEMO_NOW });
  cell = await seedDemoCell(t.client);
  id = (await createDemoMeeting(cell)).id;
});
afterEach(() => t.cleanup());

/** Expects a refusal with this code and field path, checks the message is NFC Vietnamese, returns it. */
function refused(r: Result<unknown>, code: string, path?: string): string {
  expect(r.ok).toBe(false);
  if (r.ok) return '';
  expect(r.error.code).toBe(code);
  if (path !== undefined) expect(r.error.details).toMatchObject({ path });
  expect(r.error.message).toBe(r.error.message.normalize('NFC'));
  return r.error.message;
}

const get = async (): Promise<MeetingView> => unwrap(await t.client.call('meeting.get', { meetingId: id }));
const member = (view: MeetingView, key: string) => view.members.find((m) => m.memberId === cell.ids[key])!;

async function readyToVote(): Promise<void> {
  await fillPreparation(cell, id);
  await takeAttendance(cell, id);
  await reviewCollective(cell, id);
  await reviewMembers(cell, id);
}

describe('votes', () => {
  it('refuses a vote before attendance is taken', async () => {
    const msg = refused(await t.client.call('meeting.recordVote', { meetingId: id, subject: 'collective', mode: 'hand', votes: { HTT: 1 } }), 'step-blocked', 'votes');
    expect(msg).toMatch(/^Chưa ghi kết quả biểu quyết được: bước 2\/22 "Điểm danh, khai mạc" chưa xong/);
  });

  it('refuses more votes than voters present, ballots that do not reconcile, and saves nothing', async () => {
    await readyToVote();
    const before = await get();
    const hung = { memberId: cell.ids.hung! };
    // 12 voters are present (13 voters, one absent with reason); the probationary and the exempt do not vote.
    expect(refused(await t.client.call('meeting.recordVote', { meetingId: id, subject: hung, mode: 'hand', votes: { HTXS: 10, HTT: 3 } }), 'too-many-votes', 'votes')).toBe(
      'Tổng số phiếu biểu quyết (13) lớn hơn số đảng viên có quyền biểu quyết có mặt (12).',
    );
    refused(await t.client.call('meeting.recordVote', { meetingId: id, subject: hung, mode: 'ballot', votes: { HTXS: 10 }, ballots: { issued: 12, returned: 12, invalid: 0 } }), 'ballots-mismatch', 'ballots');
    refused(await t.client.call('meeting.recordVote', { meetingId: id, subject: hung, mode: 'ballot', votes: { HTXS: 10 }, ballots: { issued: 13, returned: 10, invalid: 0 } }), 'ballots-mismatch', 'ballots.issued');
    refused(await t.client.call('meeting.recordVote', { meetingId: id, subject: hung, mode: 'ballot', votes: { HTXS: 10 } }), 'ballots-missing', 'ballots');
    refused(await t.client.call('meeting.recordVote', { meetingId: id, subject: hung, mode: 'hand', votes: { HTXS: -1 } }), 'invalid-input', 'votes.HTXS');
    refused(await t.client.call('meeting.recordVote', { meetingId: id, subject: hung, mode: 'hand', votes: { HTXS: 1.5 } }), 'invalid-input', 'votes.HTXS');
    expect(await get()).toEqual(before);
  });

  it('refuses a vote on someone who is not reviewed, not in the cell, or has no proposal yet', async () => {
    await readyToVote();
    expect(refused(await t.client.call('meeting.recordVote', { meetingId: id, subject: { memberId: cell.ids.binh! }, mode: 'hand', votes: { HTT: 1 } }), 'not-reviewed', 'subject.memberId')).toContain(
      'Dương Văn Bình không kiểm điểm, xếp loại ở hội nghị này: Đảng viên được miễn công tác và sinh hoạt đảng',
    );
    refused(await t.client.call('meeting.recordVote', { meetingId: id, subject: { memberId: 'someone-else' }, mode: 'hand', votes: { HTT: 1 } }), 'not-in-meeting', 'subject.memberId');
    unwrap(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.son!, patch: { proposedLevel: null } }));
    expect(refused(await t.client.call('meeting.recordVote', { meetingId: id, subject: { memberId: cell.ids.son! }, mode: 'hand', votes: { HTT: 1 } }), 'no-proposal', 'subject')).toBe(
      'Chưa có mức chi ủy đề xuất cho đồng chí Mai Văn Sơn: hãy hoàn thành bước kiểm điểm trước khi biểu quyết.',
    );
  });

  it('keeps the earlier round on a re-vote, corrects the latest round, refuses a round out of turn', async () => {
    await readyToVote();
    const son = { memberId: cell.ids.son! };
    let view = unwrap(await t.client.call('meeting.recordVote', { meetingId: id, subject: son, mode: 'hand', votes: { HTXS: 2, HTT: 4 } }));
    expect(member(view, 'son').subject!.votes.rounds[0]).toMatchObject({ round: 1, level: null, revote: true, threshold: 7 });
    expect(view.steps.find((s) => s.key === 'votes')!.problems).toContain('Mai Văn Sơn: vòng 1 chưa có mức nào đạt quá nửa (cần 7 phiếu); hãy biểu quyết lại (vòng 2).');
    view = unwrap(await t.client.call('meeting.recordVote', { meetingId: id, subject: son, mode: 'hand', votes: { HTT: 9 } }));
    expect(member(view, 'son').subject!.votes.rounds.map((r) => [r.round, r.level])).toEqual([
      [1, null],
      [2, 'HTT'],
    ]);
    // A mistyped count of round 2 is corrected in place.
    view = unwrap(await t.client.call('meeting.recordVote', { meetingId: id, subject: son, mode: 'hand', votes: { HTT: 11 } }));
    expect(member(view, 'son').subject!.votes.rounds.map((r) => [r.round, r.votes.HTT])).toEqual([
      [1, 4],
      [2, 11],
    ]);
    refused(await t.client.call('meeting.recordVote', { meetingId: id, subject: son, round: 3, mode: 'hand', votes: { HTT: 11 } }), 'invalid-round', 'round');
    refused(await t.client.call('meeting.deleteVoteRound', { meetingId: id, subject: son, round: 1 }), 'invalid-round', 'round');
    view = unwrap(await t.client.call('meeting.deleteVoteRound', { meetingId: id, subject: son, round: 2 }));
    expect(member(view, 'son').subject!.votes.rounds.map((r) => r.round)).toEqual([1]);
  });

  it('flags a vote taken on a proposal that changed since, and a new vote adds a round', async () => {
    await readyToVote();
    const lan = { memberId: cell.ids.lan! };
    unwrap(await t.client.call('meeting.recordVote', { meetingId: id, subject: lan, mode: 'hand', votes: { HTT: 12 } }));
    let view = unwrap(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.lan!, patch: { proposedLevel: 'HTNV' } }));
    expect(member(view, 'lan').subject!.votes.result).toBeNull();
    expect(view.steps.find((s) => s.key === 'votes')!.problems).toContain(
      'Trần Thị Lan: Đề xuất của chi ủy đã đổi (từ "Hoàn thành tốt nhiệm vụ" sang "Hoàn thành nhiệm vụ") sau khi biểu quyết vòng 1: hãy biểu quyết lại.',
    );
    view = unwrap(await t.client.call('meeting.recordVote', { meetingId: id, subject: lan, mode: 'hand', votes: { HTNV: 12 } }));
    expect(member(view, 'lan').subject!.votes.rounds.map((r) => [r.round, r.proposedLevel, r.level])).toEqual([
      [1, 'HTT', 'HTT'],
      [2, 'HTNV', 'HTNV'],
    ]);
  });
});

describe('reviews', () => {
  it('refuses a score above the criterion maximum, an unknown criterion and a code the subject cannot carry', async () => {
    const template = unwrap(await t.client.call('criteria.get', { year: 2026, form: '02C' }));
    const c = template.criteria[0]!;
    const msg = refused(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.son!, patch: { scores: { [c.id]: c.maxPoints + 1 } } }), 'invalid-input', `patch.scores.${c.id}`);
    expect(msg).toContain('vượt quá điểm tối đa');
    refused(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.son!, patch: { scores: { nope: 1 } } }), 'unknown-criterion', 'patch.scores.nope');
    refused(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.son!, patch: { disqualifiers: ['low-confidence'] } }), 'invalid-input', 'patch.disqualifiers.0');
    refused(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.son!, patch: { tasks: { donePct: 120 } } }), 'invalid-input', 'patch.tasks.donePct');
    refused(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.son!, patch: { disciplinedMember: true } }), 'invalid-input', 'patch.disciplinedMember');
    refused(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.binh!, patch: { response: 'x' } }), 'not-reviewed', 'memberId');
    refused(await t.client.call('meeting.updateCollective', { meetingId: id, patch: { comments: [{ content: 'Ý kiến không rõ người nói' }] } }), 'invalid-input', 'patch.comments.0.speakerName');
    const saved = member(await get(), 'son').subject!.review;
    expect(saved.scores).toEqual({});
    expect(saved.disqualifiers).toEqual([]);
  });

  it('saves field by field and recomputes: scores merge, a lower score lowers the level and flags the proposal', async () => {
    const scores = await scoresFor(t.client, 2026, '02A', 0.96);
    const [first, ...rest] = Object.entries(scores);
    let view = unwrap(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.hung!, patch: { scores: Object.fromEntries([first!]) } }));
    expect(member(view, 'hung').subject!.assessment).toMatchObject({ scoredCount: 1, computed: null });
    view = unwrap(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.hung!, patch: { scores: Object.fromEntries(rest), tasks: { donePct: 100, latePct: 0 } } }));
    expect(member(view, 'hung').subject!.assessment.computedProblem).toBe('Chưa nhập kết quả thực hiện nhiệm vụ: tỷ lệ nhiệm vụ vượt mức.');
    view = unwrap(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.hung!, patch: { tasks: { exceededPct: 40 }, proposedLevel: 'HTXS' } }));
    expect(member(view, 'hung').subject!.assessment.computed!.level).toBe('HTXS');
    const key = `member:${cell.ids.hung}`;
    expect(view.steps.find((s) => s.key === key)!.complete).toBe(true);
    view = unwrap(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.hung!, patch: { scores: { [first![0]]: 0 } } }));
    expect(member(view, 'hung').subject!.assessment.computed!.level).toBe('HTT');
    expect(view.steps.find((s) => s.key === key)!.problems).toEqual([
      'Mức đề xuất "Hoàn thành xuất sắc nhiệm vụ" cao hơn mức tính theo quy định "Hoàn thành tốt nhiệm vụ"; hãy chọn mức không cao hơn.',
    ]);
    view = unwrap(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.hung!, patch: { scores: { [first![0]]: null } } }));
    expect(member(view, 'hung').subject!.assessment.scoredCount).toBe(rest.length);
  });
});

describe('preparation and attendance', () => {
  it('refuses a meeting date outside the round and a chair from outside the cell', async () => {
    refused(await t.client.call('meeting.updatePreparation', { meetingId: id, patch: { meetingDate: '2062-12-08' } }), 'invalid-input', 'patch.meetingDate');
    refused(await t.client.call('meeting.updatePreparation', { meetingId: id, patch: { meetingDate: '2026-02-30' } }), 'invalid-input', 'patch.meetingDate');
    refused(await t.client.call('meeting.updatePreparation', { meetingId: id, patch: { chairMemberId: 'stranger' } }), 'not-in-meeting', 'patch.chairMemberId');
    refused(await t.client.call('meeting.updatePreparation', { meetingId: id, patch: { startTime: '25:00' } }), 'invalid-input', 'patch.startTime');
    refused(await t.client.call('meeting.updatePreparation', { meetingId: id, patch: { colour: 'đỏ' } } as never), 'invalid-input');
  });

  it('warns when the Mẫu 01 draft was sent fewer than 3 working days before', async () => {
    await fillPreparation(cell, id);
    const view = unwrap(await t.client.call('meeting.updatePreparation', { meetingId: id, patch: { draftSentOn: '2026-12-04' } }));
    expect(view.preparation.draftNotice).toMatchObject({ workingDays: 1, late: true });
    expect(view.steps[0]).toMatchObject({ complete: true });
    expect(view.steps[0]!.warnings[0]).toContain('chỉ trước ngày họp 08/12/2026 1 ngày làm việc');
  });

  it('evaluates eligibility at the meeting date: a new date takes the roster again', async () => {
    const thu = cell.ids.thu!; // admitted 2026-03-15: six months reached on 2026-09-15
    unwrap(await t.client.call('member.update', { id: thu, data: { ...(unwrap(await t.client.call('member.get', { id: thu })).member), admittedOn: '2026-06-10' } }));
    let view = unwrap(await t.client.call('meeting.refreshRoster', { meetingId: id }));
    expect(view.eligibilityDate).toBe('2026-12-01');
    expect(member(view, 'thu')).toMatchObject({ reviewed: false, reasons: [{ code: 'member-admitted-recently' }] });
    view = unwrap(await t.client.call('meeting.updatePreparation', { meetingId: id, patch: { meetingDate: '2026-12-10' } }));
    expect(view.eligibilityDate).toBe('2026-12-10');
    expect(member(view, 'thu')).toMatchObject({ reviewed: true, canVote: false });
    expect(view.totalSteps).toBe(22);
  });

  it('refuses a member counted twice in one attendance call and keeps absence reasons until present', async () => {
    refused(
      await t.client.call('meeting.setAttendance', { meetingId: id, entries: [{ memberId: cell.ids.son!, attendance: 'present' }, { memberId: cell.ids.son!, attendance: 'absent-excused' }] }),
      'invalid-input',
      'entries.1.memberId',
    );
    let view = unwrap(await t.client.call('meeting.setAttendance', { meetingId: id, entries: [{ memberId: cell.ids.son!, attendance: 'absent-excused', absenceReason: 'Đi công tác' }] }));
    expect(member(view, 'son')).toMatchObject({ attendance: 'absent-excused', absenceReason: 'Đi công tác' });
    view = unwrap(await t.client.call('meeting.setAttendance', { meetingId: id, entries: [{ memberId: cell.ids.son!, attendance: 'present' }] }));
    expect(member(view, 'son')).toMatchObject({ attendance: 'present', absenceReason: null });
  });
});

describe('creating meetings', () => {
  it('refuses a second meeting of the same cell and year, a unit that is not a cell, and a record-only year', async () => {
    const again = await t.client.call('meeting.create', { year: 2026, orgUnitId: cell.cellId });
    refused(again, 'meeting-exists', 'orgUnitId');
    if (!again.ok) expect(again.error.details).toMatchObject({ meetingId: id });
    refused(await t.client.call('meeting.create', { year: 2026, orgUnitId: cell.rootId }), 'invalid-input', 'orgUnitId');
    unwrap(await t.client.call('year.create', { year: 2024 }));
    expect(refused(await t.client.call('meeting.create', { year: 2024, orgUnitId: cell.cellId }), 'record-only-year', 'year')).toContain('QĐ 124-QĐ/TW');
    refused(await t.client.call('meeting.create', { year: 2027, orgUnitId: cell.cellId }), 'not-found', 'year');
  });
});

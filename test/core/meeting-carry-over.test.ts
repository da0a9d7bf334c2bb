// Shortcomings carry over: the remediation items adopted at the 2026 meeting appear in the 2027 meeting as
// section III items (đã / đang / chưa khắc phục), and "all previous shortcomings fixed" for HTXS is
// computed from this meeting's assessment of them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import {
  adoptRemediation,
  createDemoMeeting,
  fillPreparation,
  reviewCollective,
  reviewMembers,
  runDemoMeeting,
  scoresFor,
  seedDemoCell,
  takeAttendance,
  voteCollective,
  voteMembers,
  type DemoCell,
} from '../support/meeting-fixture';
import type { MeetingView } from '../../shared/meeting/types';

let t: TempCore;
let cell: DemoCell;

beforeEach(async () => {
  t = openTempCore({ now: () => new Date('2027-12-10T09:00:00+07:00') });
  cell = await seedDemoCell(t.client);
});
afterEach(() => t.cleanup());

const member = (view: MeetingView, cellIds: DemoCell['ids'], key: string) => view.members.find((m) => m.memberId === cellIds[key])!;

describe('carry-over to the next year', () => {
  it('lists year N’s items in year N+1 and computes the HTXS condition from their status', async () => {
    const y2026 = await runDemoMeeting(cell);
    unwrap(await t.client.call('year.create', { year: 2027, copyFrom: 2026 }));
    let view = unwrap(await t.client.call('meeting.create', { year: 2027, orgUnitId: cell.cellId }));
    expect(view.collective.carryOver).toEqual([
      expect.objectContaining({ fromYear: 2026, memberId: null, content: 'Chất lượng sinh hoạt chi bộ có lúc chưa cao', measure: 'Mỗi quý một buổi sinh hoạt chuyên đề', status: null }),
    ]);
    const lan = member(view, cell.ids, 'lan');
    expect(lan.subject!.carryOver.map((i) => [i.fromYear, i.content])).toEqual([[2026, 'Chưa dành đủ thời gian cho công tác phụ nữ']]);
    expect(member(view, cell.ids, 'son').subject!.carryOver).toEqual([]);
    const itemId = lan.subject!.carryOver[0]!.shortcomingId;
    expect(itemId).toBe(y2026.members.find((m) => m.memberId === cell.ids.lan)!.subject!.remediation[0]!.id);

    // Lan scores for HTXS in 2027, but her 2026 shortcoming is not yet assessed.
    view = unwrap(
      await t.client.call('meeting.updateMemberReview', {
        meetingId: view.id,
        memberId: cell.ids.lan!,
        patch: { scores: await scoresFor(t.client, 2027, '02B', 0.95), tasks: { donePct: 100, latePct: 0, exceededPct: 40 }, proposedLevel: 'HTT' },
      }),
    );
    const step = () => view.steps.find((s) => s.key === `member:${cell.ids.lan}`)!;
    expect(step().problems).toEqual([
      'Chưa đánh giá kết quả khắc phục (đã / đang / chưa khắc phục) của hạn chế, khuyết điểm kỳ trước: "Chưa dành đủ thời gian cho công tác phụ nữ" (năm 2026).',
    ]);
    let subject = member(view, cell.ids, 'lan').subject!;
    expect(subject.assessment.previousShortcomings).toEqual({ total: 1, fixed: 0 });
    expect(subject.assessment.computed).toMatchObject({ scoreLevel: 'HTXS', level: 'HTT' });

    view = unwrap(await t.client.call('meeting.updateCarryOver', { meetingId: view.id, shortcomingId: itemId, patch: { status: 'in-progress', extent: 'Đã khắc phục một phần' } }));
    subject = member(view, cell.ids, 'lan').subject!;
    expect(subject.carryOver[0]).toMatchObject({ status: 'in-progress', extent: 'Đã khắc phục một phần' });
    expect(subject.assessment.computed!.level).toBe('HTT');
    expect(step().problems).toEqual([]);

    view = unwrap(await t.client.call('meeting.updateCarryOver', { meetingId: view.id, shortcomingId: itemId, patch: { status: 'fixed' } }));
    subject = member(view, cell.ids, 'lan').subject!;
    expect(subject.assessment.previousShortcomings).toEqual({ total: 1, fixed: 1 });
    expect(subject.assessment.computed!.level).toBe('HTXS');
    expect(subject.carryOver[0]).toMatchObject({ status: 'fixed', extent: 'Đã khắc phục một phần' });

    const minutes = unwrap(await t.client.call('meeting.minutes', { meetingId: view.id }));
    expect(minutes.text).toContain('Kết quả khắc phục hạn chế, khuyết điểm kỳ trước:');
    expect(minutes.text).toContain('- Chưa dành đủ thời gian cho công tác phụ nữ (năm 2026): đã khắc phục.');

    const stranger = await t.client.call('meeting.updateCarryOver', { meetingId: view.id, shortcomingId: 'nope', patch: { status: 'fixed' } });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'not-in-meeting', details: { path: 'shortcomingId' } } });
  });

  it('keeps an item that a later meeting assessed from being deleted at the earlier one', async () => {
    const y2026 = await runDemoMeeting(cell);
    unwrap(await t.client.call('year.create', { year: 2027, copyFrom: 2026 }));
    const y2027 = unwrap(await t.client.call('meeting.create', { year: 2027, orgUnitId: cell.cellId }));
    const itemId = y2027.collective.carryOver[0]!.shortcomingId;
    unwrap(await t.client.call('meeting.updateCarryOver', { meetingId: y2027.id, shortcomingId: itemId, patch: { status: 'not-fixed' } }));
    unwrap(await t.client.call('meeting.reopen', { meetingId: y2026.id, reason: 'Sửa kế hoạch khắc phục' }));
    const removal = await t.client.call('meeting.updateRemediation', { meetingId: y2026.id, subject: 'collective', items: [] });
    expect(removal).toMatchObject({ ok: false, error: { code: 'followed-up' } });
    if (!removal.ok) expect(removal.error.message).toBe(
      'Không xóa được mục "Chất lượng sinh hoạt chi bộ có lúc chưa cao": hội nghị năm 2027 đã đánh giá kết quả khắc phục mục này. Có thể sửa nội dung nhưng không xóa.',
    );
    const edited = unwrap(
      await t.client.call('meeting.updateRemediation', { meetingId: y2026.id, subject: 'collective', items: [{ id: itemId, content: 'Chất lượng sinh hoạt chi bộ chưa cao', measure: 'Sinh hoạt chuyên đề hằng quý' }] }),
    );
    expect(edited.collective.remediation).toEqual([expect.objectContaining({ id: itemId, content: 'Chất lượng sinh hoạt chi bộ chưa cao' })]);
    const log = unwrap(await t.client.call('audit.list', { entity: 'meeting', entityId: y2026.id }));
    expect(log.at(-1)).toMatchObject({ field: `remediation.${itemId}`, reason: 'Sửa kế hoạch khắc phục' });
  });
  it('keeps the id the client gave a new item through edit–save–edit and carries it into the next year under that id', async () => {
    const id = (await createDemoMeeting(cell)).id;
    for (const stage of [fillPreparation, takeAttendance, reviewCollective, reviewMembers, voteMembers, voteCollective, adoptRemediation]) await stage(cell, id);
    const itemId = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';
    const save = (content: string, measure: string | null) =>
      t.client.call('meeting.updateRemediation', { meetingId: id, subject: 'collective', items: [{ id: itemId, content, measure }] });
    unwrap(await save('Sinh hoạt chi bộ', null));
    unwrap(await save('Chất lượng sinh hoạt chi bộ có lúc chưa cao', null));
    const view = unwrap(await save('Chất lượng sinh hoạt chi bộ có lúc chưa cao', 'Mỗi quý một buổi sinh hoạt chuyên đề'));
    expect(view.collective.remediation).toEqual([expect.objectContaining({ id: itemId, measure: 'Mỗi quý một buổi sinh hoạt chuyên đề' })]);
    unwrap(await t.client.call('meeting.setStep', { meetingId: id, step: 'minutes' }));
    unwrap(await t.client.call('meeting.approveMinutes', { meetingId: id, approved: true, endTime: '11:15' }));
    unwrap(await t.client.call('meeting.setStep', { meetingId: id, step: 'finalize' }));
    unwrap(await t.client.call('meeting.finalize', { meetingId: id }));

    unwrap(await t.client.call('year.create', { year: 2027, copyFrom: 2026 }));
    const next = unwrap(await t.client.call('meeting.create', { year: 2027, orgUnitId: cell.cellId }));
    expect(next.collective.carryOver).toEqual([
      expect.objectContaining({ shortcomingId: itemId, fromYear: 2026, content: 'Chất lượng sinh hoạt chi bộ có lúc chưa cao', measure: 'Mỗi quý một buổi sinh hoạt chuyên đề' }),
    ]);
    const assessed = unwrap(await t.client.call('meeting.updateCarryOver', { meetingId: next.id, shortcomingId: itemId, patch: { status: 'fixed' } }));
    expect(assessed.collective.carryOver[0]).toMatchObject({ shortcomingId: itemId, status: 'fixed' });
  });
});

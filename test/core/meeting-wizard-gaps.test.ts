// The meeting wizard's backend gaps (issue 4): going back keeps the furthest step reached as the resume
// point (also after a restart) while gating still holds; remediation items keep the id the client gave
// them across saves; the minutes carry the approval time the secretary entered; and audited changes name
// the "người sử dụng máy" of the settings. Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { createClient, type ApiClient } from '../../shared/contract/client';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import {
  adoptRemediation,
  approveDemoMinutes,
  createDemoMeeting,
  DEMO_NOW,
  fillPreparation,
  finalizeDemoMeeting,
  reviewCollective,
  reviewMembers,
  runDemoMeeting,
  seedDemoCell,
  takeAttendance,
  voteCollective,
  voteMembers,
  type DemoCell,
} from '../support/meeting-fixture';

let t: TempCore;
let cell: DemoCell;

beforeEach(async () => {
  t = openTempCore({ now: DEMO_NOW });
  cell = await seedDemoCell(t.client);
});
afterEach(() => t.cleanup());

async function meetingAtRemediation(): Promise<string> {
  const id = (await createDemoMeeting(cell)).id;
  for (const stage of [fillPreparation, takeAttendance, reviewCollective, reviewMembers, voteMembers, voteCollective]) await stage(cell, id);
  return id;
}

describe('the furthest step reached', () => {
  it('stays put when going back, survives a restart, and gating still holds', async () => {
    const id = (await createDemoMeeting(cell)).id;
    for (const stage of [fillPreparation, takeAttendance, reviewCollective, reviewMembers]) await stage(cell, id);
    let view = unwrap(await t.client.call('meeting.get', { meetingId: id }));
    expect(view).toMatchObject({ currentStep: 'votes', furthestStep: 'votes', furthestIndex: 18 });

    // Back to the attendance to look at it: the step on screen moves, the resume point does not.
    view = unwrap(await t.client.call('meeting.setStep', { meetingId: id, step: 'attendance' }));
    expect(view).toMatchObject({ currentStep: 'attendance', currentIndex: 2, furthestStep: 'votes', furthestIndex: 18 });
    view = unwrap(await t.client.call('meeting.setStep', { meetingId: id, step: 'preparation' }));
    expect(view).toMatchObject({ currentStep: 'preparation', furthestStep: 'votes' });
    // The list of meetings gives both: the step on screen and how far the meeting got.
    expect(unwrap(await t.client.call('meeting.list', { year: 2026 }))).toEqual([
      expect.objectContaining({ id, currentStep: 'preparation', currentIndex: 1, furthestStep: 'votes', furthestIndex: 18, furthestTitle: 'Biểu quyết xếp loại đảng viên' }),
    ]);
    // The Đảng ủy's progress board shows how far the meeting got too.
    const board = unwrap(await t.client.call('decision.board', { year: 2026 }));
    expect(board.rows.find((u) => u.orgUnitId === cell.cellId)?.progress).toEqual({ index: 18, total: 22, title: 'Biểu quyết xếp loại đảng viên' });

    // After a restart the wizard opens where the user was, and still knows how far the meeting got.
    t.core.close();
    const core = openCore({ dbPath: t.dbPath, shell: 'test', now: DEMO_NOW });
    try {
      await afterRestart(createClient({ call: async (method, input) => structuredClone(await core.dispatch(method, structuredClone(input))) }), id);
    } finally {
      core.close();
    }
  });
});

async function afterRestart(client: ApiClient, id: string) {
    let view = unwrap(await client.call('meeting.get', { meetingId: id }));
    expect(view).toMatchObject({ currentStep: 'preparation', furthestStep: 'votes', furthestIndex: 18 });

    // Changing an earlier answer recomputes what depends on it: the attendance is incomplete again, so
    // the way back to the furthest step is refused, saying what to fix; the resume point is kept.
    const hung = cell.ids.hung!;
    view = unwrap(await client.call('meeting.setAttendance', { meetingId: id, entries: [{ memberId: hung, attendance: null }] }));
    expect(view.steps.find((s) => s.key === 'attendance')!.complete).toBe(false);
    expect(view.steps.find((s) => s.key === 'votes')!.reachable).toBe(false);
    const blocked = await client.call('meeting.setStep', { meetingId: id, step: 'votes' });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'step-blocked' } });
    if (!blocked.ok) expect(blocked.error.message).toMatch(/^Chưa chuyển sang bước "Biểu quyết xếp loại đảng viên" được: bước 2\/22 "Điểm danh, khai mạc" chưa xong — Chưa điểm danh: Nguyễn Văn Hùng\./);
    view = unwrap(await client.call('meeting.get', { meetingId: id }));
    expect(view).toMatchObject({ currentStep: 'preparation', furthestStep: 'votes' });

    // Fixed: the furthest step can be returned to at once.
    unwrap(await client.call('meeting.setAttendance', { meetingId: id, entries: [{ memberId: hung, attendance: 'present' }] }));
    view = unwrap(await client.call('meeting.setStep', { meetingId: id, step: 'votes' }));
    expect(view).toMatchObject({ currentStep: 'votes', furthestStep: 'votes' });
}

describe('remediation item ids', () => {
  const NEW_ID = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';

  it('keeps the id the client gave a new item across edit–save–edit, and refuses duplicate or foreign ids', async () => {
    const id = await meetingAtRemediation();
    const save = (items: { id?: string; content: string; measure?: string | null }[]) => t.client.call('meeting.updateRemediation', { meetingId: id, subject: 'collective', items });
    let view = unwrap(await save([{ id: NEW_ID, content: 'Sinh hoạt chi bộ' }]));
    expect(view.collective.remediation).toEqual([expect.objectContaining({ id: NEW_ID, content: 'Sinh hoạt chi bộ' })]);
    view = unwrap(await save([{ id: NEW_ID, content: 'Sinh hoạt chi bộ có lúc chưa cao', measure: 'Sinh hoạt chuyên đề' }]));
    expect(view.collective.remediation.map((i) => i.id)).toEqual([NEW_ID]);
    view = unwrap(await save([{ id: NEW_ID, content: 'Chất lượng sinh hoạt chi bộ có lúc chưa cao', measure: 'Mỗi quý một buổi sinh hoạt chuyên đề' }]));
    expect(view.collective.remediation).toEqual([
      expect.objectContaining({ id: NEW_ID, content: 'Chất lượng sinh hoạt chi bộ có lúc chưa cao', measure: 'Mỗi quý một buổi sinh hoạt chuyên đề' }),
    ]);

    const before = unwrap(await t.client.call('meeting.get', { meetingId: id }));
    const second = '0b7e4a52-9f2c-4d1e-a3b4-c5d6e7f8a9b0';
    const twice = await save([
      { id: second, content: 'Mục A' },
      { id: second, content: 'Mục B' },
    ]);
    expect(twice).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'Mục khắc phục thứ 2 trùng mã với một mục khác trong cùng kế hoạch.', details: { path: 'items.1.id' } } });
    const badId = await save([{ id: 'not-a-uuid', content: 'Mục A' }]);
    expect(badId).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'Mục khắc phục thứ 1: mã mục mới không hợp lệ.', details: { path: 'items.0.id' } } });
    // An item of another subject cannot be taken over by its id.
    const lan = { memberId: cell.ids.lan! };
    const lanView = unwrap(await t.client.call('meeting.updateRemediation', { meetingId: id, subject: lan, items: [{ content: 'Chưa dành đủ thời gian cho công tác phụ nữ' }] }));
    const lanItem = lanView.members.find((m) => m.memberId === cell.ids.lan)!.subject!.remediation[0]!.id;
    const foreign = await save([{ id: NEW_ID, content: 'x' }, { id: lanItem, content: 'Mục của đồng chí khác' }]);
    expect(foreign).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'Mục khắc phục không thuộc kế hoạch của đối tượng này.', details: { path: 'items.1.id' } } });
    // Nothing changed by the refusals.
    expect(unwrap(await t.client.call('meeting.get', { meetingId: id })).collective.remediation).toEqual(before.collective.remediation);
  });

});

describe('the approval time of the minutes', () => {
  it('is the time the secretary entered, stated in the minutes, and refused before the meeting started', async () => {
    const id = await meetingAtRemediation();
    await adoptRemediation(cell, id);
    const early = await t.client.call('meeting.approveMinutes', { meetingId: id, approved: true, approvalDate: '2026-12-08', approvalTime: '07:00' });
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'Giờ thông qua biên bản (07:00) không được trước giờ bắt đầu họp (07:30).', details: { path: 'approvalTime' } } });
    const before = await t.client.call('meeting.approveMinutes', { meetingId: id, approved: true, approvalDate: '2026-12-07', approvalTime: '11:00' });
    expect(before).toMatchObject({ ok: false, error: { code: 'invalid-input', details: { path: 'approvalDate' } } });
    const badTime = await t.client.call('meeting.approveMinutes', { meetingId: id, approved: true, approvalTime: '25:00' });
    expect(badTime).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(unwrap(await t.client.call('meeting.get', { meetingId: id })).minutesApproval.approved).toBe(false);

    let view = unwrap(await t.client.call('meeting.approveMinutes', { meetingId: id, approved: true, endTime: '11:15', approvalDate: '2026-12-08', approvalTime: '11:10' }));
    expect(view.minutesApproval).toEqual({ approved: true, at: '2026-12-08T11:10', stale: false });
    const minutes = unwrap(await t.client.call('meeting.minutes', { meetingId: id }));
    expect(minutes.document.approval).toEqual({ date: '2026-12-08', time: '11:10' });
    expect(minutes.text).toContain('biên bản đã được đọc lại và thông qua tại hội nghị lúc 11:10 ngày 08/12/2026.');
    expect(view.steps.find((s) => s.key === 'minutes')).toMatchObject({ complete: true, warnings: [] });

    // Correcting the time keeps the approval standing; the frozen minutes keep it.
    view = unwrap(await t.client.call('meeting.approveMinutes', { meetingId: id, approved: true, approvalDate: '2026-12-08', approvalTime: '11:12' }));
    expect(view.minutesApproval).toEqual({ approved: true, at: '2026-12-08T11:12', stale: false });
    unwrap(await t.client.call('meeting.setStep', { meetingId: id, step: 'finalize' }));
    unwrap(await t.client.call('meeting.finalize', { meetingId: id }));
    expect(unwrap(await t.client.call('meeting.minutes', { meetingId: id })).text).toContain('thông qua tại hội nghị lúc 11:12 ngày 08/12/2026.');
  });

  it('defaults to the computer clock, and warns when that is not the meeting date', async () => {
    const id = await meetingAtRemediation();
    await adoptRemediation(cell, id);
    const view = await approveDemoMinutes(cell, id);
    // DEMO_NOW is the morning after the meeting.
    const now = DEMO_NOW();
    const hhmm = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
    expect(view.minutesApproval.at).toBe(`2026-12-09T${hhmm}`);
    expect(view.steps.find((s) => s.key === 'minutes')!.warnings).toContain(
      'Ngày thông qua biên bản (09/12/2026) khác ngày họp (08/12/2026); nếu hội nghị thông qua biên bản ngay cuối buổi họp, hãy sửa lại ngày, giờ thông qua.',
    );
  });
});

describe('the person using this computer', () => {
  it('is stored in the settings and named in the audit log of a reopened meeting', async () => {
    expect(unwrap(await t.client.call('app.info')).settings.operatorName).toBeNull();
    const blank = unwrap(await t.client.call('settings.update', { operatorName: '   ' }));
    expect(blank.operatorName).toBeNull();
    const tooLong = await t.client.call('settings.update', { operatorName: 'x'.repeat(101) });
    expect(tooLong).toMatchObject({ ok: false, error: { message: 'Người sử dụng máy: dài quá 100 ký tự.' } });
    const set = unwrap(await t.client.call('settings.update', { operatorName: '  Nguyễn Văn A —  Văn phòng Đảng ủy ' }));
    expect(set).toEqual({ largeType: false, operatorName: 'Nguyễn Văn A — Văn phòng Đảng ủy' });

    const meeting = await runDemoMeeting(cell);
    const id = meeting.id;
    const finalized = unwrap(await t.client.call('meeting.get', { meetingId: id }));
    const reopened = unwrap(await t.client.call('meeting.reopen', { meetingId: id, reason: 'Ghi nhầm số phiếu của đồng chí Hà' }));
    expect(reopened.reopened).toMatchObject({ by: 'Nguyễn Văn A — Văn phòng Đảng ủy', reason: 'Ghi nhầm số phiếu của đồng chí Hà' });
    let log = unwrap(await t.client.call('audit.list', { entity: 'meeting', entityId: id }));
    const reopening = log.at(-1)!;
    expect(reopening).toMatchObject({ field: 'status', newValue: 'in-progress', reason: 'Ghi nhầm số phiếu của đồng chí Hà', actor: 'Nguyễn Văn A — Văn phòng Đảng ủy' });
    expect(JSON.parse(reopening.oldValue!)).toMatchObject({ status: 'finalized', contentHash: finalized.finalized!.contentHash });

    // A change after reopening: old and new value, the reason and the operator.
    unwrap(await t.client.call('meeting.updatePreparation', { meetingId: id, patch: { place: 'Nhà văn hóa thôn Đông Hòa (hội trường lớn)' } }));
    log = unwrap(await t.client.call('audit.list', { entity: 'meeting', entityId: id }));
    expect(log.find((e) => e.field === 'preparation.place')).toMatchObject({
      oldValue: JSON.stringify(meeting.preparation.place),
      newValue: JSON.stringify('Nhà văn hóa thôn Đông Hòa (hội trường lớn)'),
      reason: 'Ghi nhầm số phiếu của đồng chí Hà',
      actor: 'Nguyễn Văn A — Văn phòng Đảng ủy',
    });
    // A call that names its actor still wins.
    unwrap(await t.client.call('meeting.updatePreparation', { meetingId: id, patch: { upperLevelAttendee: 'Đồng chí Trần Văn B' }, actor: 'Đồng chí Nguyễn Văn Hùng' }));
    log = unwrap(await t.client.call('audit.list', { entity: 'meeting', entityId: id }));
    expect(log.find((e) => e.field === 'preparation.upperLevelAttendee')!.actor).toBe('Đồng chí Nguyễn Văn Hùng');
    unwrap(await t.client.call('meeting.approveMinutes', { meetingId: id, approved: true }));
    await finalizeDemoMeeting(cell, id);

    // Cleared: back to the office.
    unwrap(await t.client.call('settings.update', { operatorName: null }));
    unwrap(await t.client.call('meeting.reopen', { meetingId: id, reason: 'Kiểm tra lại' }));
    log = unwrap(await t.client.call('audit.list', { entity: 'meeting', entityId: id }));
    expect(log.at(-1)!.actor).toBe('Văn phòng Đảng ủy');
  });
});

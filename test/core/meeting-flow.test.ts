// The review meeting through the real core on a temporary database: the 15-member demo chi bộ from
// preparation to finalization, what each step computes, the minutes, the freeze with its content hash,
// and reopening with a reason (audited) before finalizing again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import {
  adoptRemediation,
  approveDemoMinutes,
  createDemoMeeting,
  DEMO_MEMBERS,
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
import type { MeetingView } from '../../shared/meeting/types';

let t: TempCore;
let cell: DemoCell;

beforeEach(async () => {
  t = openTempCore({ now: DEMO_NOW });
  cell = await seedDemoCell(t.client);
});
afterEach(() => t.cleanup());

const byKey = (view: MeetingView, key: string) => view.members.find((m) => m.memberId === cell.ids[key])!;

describe('a full meeting of the demo chi bộ', () => {
  it('creates the meeting from the register: roster with eligibility, order of business, 22 steps', async () => {
    const view = await createDemoMeeting(cell);
    expect(view).toMatchObject({ status: 'in-progress', reviewYear: 2026, eligibilityDate: '2026-12-01', currentStep: 'preparation', currentIndex: 1, totalSteps: 22 });
    expect(view.orgUnit).toMatchObject({ name: 'Chi bộ thôn Đông Hòa', kind: 'basic-cell', basicOrgId: cell.cellId });
    expect(view.members.map((m) => cell.keyOf(m.memberId))).toEqual(['hung', 'lan', 'minh', 'binh', 'duc', 'ha', 'hoa', 'huong', 'long', 'mai', 'nam', 'son', 'thu', 'tuan', 'yen']);
    expect(view.counts).toMatchObject({ onRoll: 15, reviewed: 14, voters: 13, notRequired: 1, unanswered: 14 });
    expect(byKey(view, 'binh')).toMatchObject({ reviewed: false, canVote: false, attendanceRequired: false, subject: null, reasons: [{ code: 'member-exempt' }] });
    expect(byKey(view, 'thu')).toMatchObject({ reviewed: true, classified: true, canVote: false, reasons: [{ code: 'member-probationary' }] });
    expect(byKey(view, 'hung')).toMatchObject({ form: '02A', preparation: { residenceApplies: true } });
    expect(view.steps[0]).toMatchObject({ key: 'preparation', label: 'Bước 1/22', complete: false, reachable: true });
    expect(view.steps[0]!.problems[0]).toBe('Chưa nhập ngày họp.');
    expect(view.steps.slice(3, 17).map((s) => s.title)).toContain('Kiểm điểm đảng viên: Bùi Thị Hoa');
  });

  it('walks every step, computing levels and vote results, then finalizes with a content hash', async () => {
    const id = (await createDemoMeeting(cell)).id;
    let view = await fillPreparation(cell, id);
    expect(view.steps[0]).toMatchObject({ complete: true, warnings: [] });
    expect(view.preparation.draftNotice).toMatchObject({ workingDays: 3, late: false });
    expect(view.eligibilityDate).toBe('2026-12-08');
    expect(view.currentStep).toBe('attendance');

    view = await takeAttendance(cell, id);
    expect(view.counts).toMatchObject({ present: 13, presentVoters: 12, voters: 13, absentExcused: 1, absentUnexcused: 0, unanswered: 0 });
    expect(view.currentStep).toBe('collective');

    view = await reviewCollective(cell, id);
    expect(view.collective.assessment.computed).toMatchObject({ level: 'HTT', form: '01' });
    view = await reviewMembers(cell, id);
    for (const spec of DEMO_MEMBERS.filter((m) => m.review)) {
      const computed = byKey(view, spec.key).subject!.assessment.computed!;
      expect([spec.key, computed.level]).toEqual([spec.key, spec.expectedComputed]);
    }
    expect(byKey(view, 'hoa').subject!.assessment.computed).toMatchObject({ needsDecision: true, scoreLevel: 'HTT', reasons: expect.arrayContaining([expect.objectContaining({ code: 'rule-gap' })]) });
    expect(byKey(view, 'tuan').subject!.assessment.computed!.reasons.map((r) => r.code)).toContain('forbidden-acts');
    expect(view.currentStep).toBe('votes');
    expect(view.steps.find((s) => s.key === `member:${cell.ids.hoa}`)!.warnings[0]).toContain('Đảng ủy sẽ quyết định');

    view = await voteMembers(cell, id);
    for (const spec of DEMO_MEMBERS.filter((m) => m.review)) expect([spec.key, byKey(view, spec.key).subject!.votes.result]).toEqual([spec.key, spec.expectedVoted]);
    expect(byKey(view, 'ha').subject!.votes.rounds[0]).toMatchObject({ mode: 'ballot', threshold: 7, level: 'HTXS', ballots: { issued: 12, returned: 12, invalid: 1 } });
    expect(view.quotaWarning).toContain('Hiện có 2: vượt 1 so với mức tối đa');
    expect(view.steps.find((s) => s.key === 'votes')!.warnings).toContain(view.quotaWarning);

    view = await voteCollective(cell, id);
    expect(view.collective.votes.result).toBe('HTT');
    view = await adoptRemediation(cell, id);
    expect(view.collective.remediation).toHaveLength(1);
    expect(view.currentStep).toBe('minutes');
    view = await approveDemoMinutes(cell, id);
    expect(view.minutesApproval).toMatchObject({ approved: true, stale: false });
    expect(view.currentStep).toBe('finalize');
    expect(view.steps.filter((s) => !s.complete).map((s) => s.key)).toEqual(['finalize']);

    view = await finalizeDemoMeeting(cell, id);
    expect(view.status).toBe('finalized');
    expect(view.finalized).toMatchObject({ at: '2026-12-09T02:00:00.000Z', by: 'Đồng chí Nguyễn Văn Hùng', hashValid: true });
    expect(view.finalized!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(view.steps.every((s) => s.complete)).toBe(true);
    expect(unwrap(await t.client.call('meeting.get', { meetingId: id }))).toEqual(view);
    expect(unwrap(await t.client.call('meeting.find', { year: 2026, orgUnitId: cell.cellId }))!.id).toBe(id);
    expect(unwrap(await t.client.call('meeting.list', { year: 2026 }))).toEqual([
      expect.objectContaining({ id, status: 'finalized', currentStep: 'finalize', currentIndex: 22, totalSteps: 22, meetingDate: '2026-12-08' }),
    ]);
  });

  it('produces minutes with every present member, every vote count and the computed levels', async () => {
    const view = await runDemoMeeting(cell);
    const minutes = unwrap(await t.client.call('meeting.minutes', { meetingId: view.id }));
    expect(minutes.frozen).toBe(true);
    const doc = minutes.document;
    expect(doc.attendance).toMatchObject({ total: 15, present: 13, presentVoters: 12, voters: 13, absentExcused: [{ name: 'Lý Thị Hương', reason: 'Ốm, đang điều trị tại bệnh viện huyện' }] });
    for (const m of view.members.filter((x) => x.attendance === 'present')) expect(minutes.text).toContain(m.fullName);
    for (const spec of DEMO_MEMBERS.filter((m) => m.review)) {
      const s = doc.members.find((x) => x.memberId === cell.ids[spec.key])!;
      expect([spec.key, s.computedLevel, s.conclusion]).toEqual([spec.key, spec.expectedComputed, spec.expectedVoted]);
      const counts = s.votes.at(-1)!.levels;
      for (const [level, n] of Object.entries(spec.review!.vote.votes)) expect(counts.find((l) => l.level === level)!.count).toBe(n);
    }
    expect(minutes.text).toContain('- Hoàn thành xuất sắc nhiệm vụ: 10 phiếu, 76,92%');
    expect(minutes.text).toContain('(phiếu phát ra 12, thu về 12, hợp lệ 11, không hợp lệ 1)');
    expect(minutes.text).toContain('Mức tính theo quy định: quy định chưa có mức cho trường hợp này — cấp có thẩm quyền quyết định.');
    expect(minutes.text).toContain('Chủ trì: đồng chí Nguyễn Văn Hùng (Bí thư). Thư ký: đồng chí Lê Văn Minh.');
    expect(doc.conclusions.map((c) => c.count)).toEqual([2, 9, 2, 1]);
  });
});

describe('finalized meetings are frozen', () => {
  it('refuses every change, needs a reason to reopen, audits each change after reopening, and finalizes again', async () => {
    const first = await runDemoMeeting(cell);
    const id = first.id;
    const edit = await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.son!, patch: { response: 'Sửa sau khi đã khóa' } });
    expect(edit).toMatchObject({ ok: false, error: { code: 'meeting-finalized' } });
    if (!edit.ok) expect(edit.error.message).toContain('Mở lại hội nghị');
    for (const call of [
      t.client.call('meeting.setAttendance', { meetingId: id, entries: [{ memberId: cell.ids.son!, attendance: 'absent-unexcused' }] }),
      t.client.call('meeting.recordVote', { meetingId: id, subject: 'collective', mode: 'hand', votes: { HTT: 12 } }),
      t.client.call('meeting.finalize', { meetingId: id }),
    ]) {
      expect(await call).toMatchObject({ ok: false, error: { code: 'meeting-finalized' } });
    }

    const noReason = await t.client.call('meeting.reopen', { meetingId: id, reason: '   ' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'Phải ghi lý do mở lại hội nghị đã hoàn tất (lý do được lưu vào nhật ký thay đổi).' } });
    const missing = await t.client.call('meeting.reopen', { meetingId: id } as never);
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'Phải ghi lý do mở lại hội nghị đã hoàn tất (lý do được lưu vào nhật ký thay đổi).' } });
    expect(unwrap(await t.client.call('meeting.get', { meetingId: id })).status).toBe('finalized');

    const reason = 'Bổ sung ý kiến góp ý của đồng chí Sơn bị ghi sót';
    const reopened = unwrap(await t.client.call('meeting.reopen', { meetingId: id, reason, actor: 'Đồng chí Lê Văn Minh' }));
    expect(reopened).toMatchObject({ status: 'in-progress', finalized: null, reopened: { reason, by: 'Đồng chí Lê Văn Minh' } });
    const changed = unwrap(
      await t.client.call('meeting.updateMemberReview', {
        meetingId: id,
        memberId: cell.ids.son!,
        patch: { comments: [{ speakerMemberId: cell.ids.hung!, content: 'Đồng chí Sơn cần tích cực hơn trong sinh hoạt.' }] },
        actor: 'Đồng chí Lê Văn Minh',
      }),
    );
    expect(changed.minutesApproval).toMatchObject({ approved: true, stale: true });
    expect(await t.client.call('meeting.finalize', { meetingId: id })).toMatchObject({ ok: false, error: { code: 'step-blocked' } });

    const log = unwrap(await t.client.call('audit.list', { entity: 'meeting', entityId: id }));
    expect(log.map((e) => e.field)).toEqual(['status', 'status', `reviews.${cell.ids.son}.comments`]);
    expect(log[1]).toMatchObject({ oldValue: expect.stringContaining(first.finalized!.contentHash), newValue: 'in-progress', reason, actor: 'Đồng chí Lê Văn Minh' });
    expect(log[2]).toMatchObject({ oldValue: '[]', reason, actor: 'Đồng chí Lê Văn Minh' });
    expect(log[2]!.newValue).toContain('Đồng chí Sơn cần tích cực hơn trong sinh hoạt.');
    expect(log[2]!.at).toBe('2026-12-09T02:00:00.000Z');

    unwrap(await t.client.call('meeting.approveMinutes', { meetingId: id, approved: true }));
    const again = unwrap(await t.client.call('meeting.finalize', { meetingId: id }));
    expect(again.finalized!.hashValid).toBe(true);
    expect(again.finalized!.contentHash).not.toBe(first.finalized!.contentHash);
    expect(again.finalized!.by).toBe('Văn phòng Đảng ủy');
    const after = unwrap(await t.client.call('audit.list', { entity: 'meeting', entityId: id }));
    expect(after.at(-1)).toMatchObject({ field: 'status', oldValue: 'in-progress', reason });
    const minutes = unwrap(await t.client.call('meeting.minutes', { meetingId: id }));
    expect(minutes.text).toContain('Đồng chí Sơn cần tích cực hơn trong sinh hoạt.');
  });

  it('detects a frozen record altered outside the app', async () => {
    const view = await runDemoMeeting(cell);
    t.core.close();
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(t.dbPath);
    const row = raw.prepare('SELECT record_json FROM meeting WHERE id = ?').get(view.id) as { record_json: string };
    raw.prepare('UPDATE meeting SET record_json = ? WHERE id = ?').run(row.record_json.replace('"HTXS"', '"HTT"'), view.id);
    raw.close();
    const reopened = openTempCore({ now: DEMO_NOW }, t.dir);
    try {
      expect(unwrap(await reopened.client.call('meeting.get', { meetingId: view.id })).finalized!.hashValid).toBe(false);
    } finally {
      reopened.core.close();
    }
  });
});

describe('gating on the server', () => {
  it('refuses to move past an unanswered step or to finalize, saying what to fix; going back is allowed', async () => {
    const id = (await createDemoMeeting(cell)).id;
    const jump = await t.client.call('meeting.setStep', { meetingId: id, step: 'collective' });
    expect(jump).toMatchObject({ ok: false, error: { code: 'step-blocked', details: { path: 'step' } } });
    if (!jump.ok) expect(jump.error.message).toBe('Chưa chuyển sang bước "Kiểm điểm tập thể chi bộ (Mẫu 01)" được: bước 1/22 "Chuẩn bị hội nghị" chưa xong — Chưa nhập ngày họp.');
    await fillPreparation(cell, id);
    const finalize = await t.client.call('meeting.finalize', { meetingId: id });
    expect(finalize).toMatchObject({ ok: false, error: { code: 'step-blocked' } });
    if (!finalize.ok) expect(finalize.error.message).toMatch(/^Chưa hoàn tất hội nghị được: bước 2\/22 "Điểm danh, khai mạc" chưa xong — Chưa điểm danh: /);
    const approve = await t.client.call('meeting.approveMinutes', { meetingId: id, approved: true });
    expect(approve).toMatchObject({ ok: false, error: { code: 'step-blocked' } });
    const back = unwrap(await t.client.call('meeting.setStep', { meetingId: id, step: 'preparation' }));
    expect(back.currentStep).toBe('preparation');
    expect(await t.client.call('meeting.setStep', { meetingId: id, step: `member:${cell.ids.binh}` })).toMatchObject({ ok: false, error: { code: 'unknown-step' } });
  });
});

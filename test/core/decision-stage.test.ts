// The Đảng ủy decision stage through the real core: the progress board with passed deadlines, every
// proposal with what must be decided, the quota blocking one excess HTXS until it is resolved, the rule
// gap that must be decided, the lock and its recognition record, and an audited re-rating (Mẫu 03).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import { runDemoMeeting, seedDemoCell, type DemoCell } from '../support/meeting-fixture';
import type { Result } from '../../shared/contract/result';

let t: TempCore;
let cell: DemoCell;
let meetingId: string;
let westId: string;

beforeEach(async () => {
  // After the meeting window (15/12) and before the decision deadline (25/12).
  t = openTempCore({ now: () => new Date('2026-12-20T09:00:00+07:00') });
  cell = await seedDemoCell(t.client);
  meetingId = (await runDemoMeeting(cell)).id;
  // A second cell of the commune that has not met yet.
  const west = unwrap(await t.client.call('org.create', { parentId: cell.rootId, kind: 'basic-cell', type: 'village', name: 'Chi bộ thôn Tây' }));
  westId = west.id;
  unwrap(
    await t.client.call('member.create', {
      fullName: 'Cao Văn Tây',
      gender: 'male',
      birthDate: '1970-01-01',
      admittedOn: '1995-01-01',
      confirmedOn: '1996-01-01',
      orgUnitId: west.id,
      category: 'outside',
      partyRole: 'secretary',
      status: 'official',
    }),
  );
});
afterEach(() => t.cleanup());

function refused(r: Result<unknown>, code: string): string {
  expect(r.ok).toBe(false);
  if (r.ok) return '';
  expect(r.error.code).toBe(code);
  expect(r.error.message).toBe(r.error.message.normalize('NFC'));
  return r.error.message;
}

const lockCell = (decisionNo = '25-QĐ/ĐU') => t.client.call('decision.lock', { year: 2026, scope: { basicOrgId: cell.cellId }, decisionNo, decidedOn: '2026-12-22', actor: 'Đồng chí Bí thư Đảng ủy' });

describe('progress board', () => {
  it('shows each cell’s state, the year’s deadlines and what is late', async () => {
    const board = unwrap(await t.client.call('decision.board', { year: 2026 }));
    expect(board).toMatchObject({ year: 2026, today: '2026-12-20', deadlines: { meetingsTo: '2026-12-15', decisionOn: '2026-12-25' } });
    // Days late are counted from the core's clock (20/12), the deadline day itself not counted.
    expect(board.rows.map((r) => [r.name, r.state, r.late, r.daysLate])).toEqual([
      ['Chi bộ thôn Đông Hòa', 'finalized', [], 0],
      ['Chi bộ thôn Tây', 'not-started', ['Quá hạn họp kiểm điểm (hạn 15/12/2026): trễ 5 ngày.'], 5],
    ]);
    expect(board.totals).toEqual({ 'not-started': 1, 'in-progress': 0, finalized: 1, decided: 0 });
    unwrap(await t.client.call('meeting.create', { year: 2026, orgUnitId: westId }));
    const next = unwrap(await t.client.call('decision.board', { year: 2026 }));
    expect(next.rows[1]).toMatchObject({ state: 'in-progress', stateName: 'Đang họp', progress: { index: 1, total: 9, title: 'Chuẩn bị hội nghị' } });
  });
});

describe('verification and decision', () => {
  it('shows every proposal, the rule gap to decide and the quota group with the member beyond it', async () => {
    const view = unwrap(await t.client.call('decision.get', { year: 2026, basicOrgId: cell.cellId }));
    expect(view.subjects).toHaveLength(15);
    const hoa = view.subjects.find((s) => s.memberId === cell.ids.hoa)!;
    expect(hoa).toMatchObject({ proposal: 'HTNV', chiUyProposal: 'HTNV', needsDecision: true, finalLevel: null, computed: { level: null, scoreLevel: 'HTT', needsDecision: true } });
    expect(hoa.issues.map((i) => i.code)).toEqual(['rule-gap']);
    const tuan = view.subjects.find((s) => s.memberId === cell.ids.tuan)!;
    expect(tuan).toMatchObject({ proposal: 'KHTNV', needsDecision: false, finalLevel: 'KHTNV' });
    expect(tuan.computed.reasons.map((r) => r.code)).toContain('forbidden-acts');
    const group = view.quotaGroups.find((g) => g.kind === 'member')!;
    expect(group).toMatchObject({ label: 'Đảng viên thuộc Chi bộ thôn Đông Hòa', counts: { HTXS: 2, HTT: 9, HTNV: 2, KHTNV: 1 }, outcome: { allowed: 1, actual: 2, excess: 1, violation: true } });
    expect(group.htxs.map((h) => [h.name, h.overQuota])).toEqual([
      ['Nguyễn Văn Hùng', false],
      ['Phạm Thị Hà', true],
    ]);
    expect(view.subjects.find((s) => s.memberId === cell.ids.ha)!.overQuota).toBe(true);
    expect(view.canLock).toBe(false);
    expect(view.blockers).toHaveLength(2);
  });

  it('refuses the lock while the quota is violated and the rule gap undecided, then locks once both are resolved', async () => {
    const first = await lockCell();
    const message = refused(first, 'lock-blocked');
    expect(message).toMatch(/^Chưa ban hành được quyết định công nhận: \(1\) Chưa quyết định mức xếp loại của đồng chí Bùi Thị Hoa \(Chi bộ thôn Đông Hòa\)/);
    expect(message).toContain('(2) Đảng viên thuộc Chi bộ thôn Đông Hòa: Mức "Hoàn thành xuất sắc nhiệm vụ" tối đa 20%');
    if (!first.ok) expect((first.error.details as { blockers: string[] }).blockers[1]).toContain('vượt tỷ lệ: Phạm Thị Hà');

    // The rule gap: the Đảng ủy decides (the proposal, so no reason is needed); above the score level is refused.
    refused(await t.client.call('decision.setLevel', { year: 2026, memberId: cell.ids.hoa!, level: 'HTXS', reason: 'Thử' }), 'above-rules');
    const hoa = unwrap(await t.client.call('decision.setLevel', { year: 2026, memberId: cell.ids.hoa!, level: 'HTNV' }));
    expect(hoa).toMatchObject({ needsDecision: false, finalLevel: 'HTNV', decision: { level: 'HTNV', reason: null, decidedBy: 'Văn phòng Đảng ủy' } });

    const stillBlocked = refused(await lockCell(), 'lock-blocked');
    expect(stillBlocked).toContain('Đảng viên thuộc Chi bộ thôn Đông Hòa: Mức "Hoàn thành xuất sắc nhiệm vụ" tối đa 20%');

    // The excess HTXS: a different level than proposed needs a reason.
    expect(refused(await t.client.call('decision.setLevel', { year: 2026, memberId: cell.ids.ha!, level: 'HTT' }), 'reason-required')).toBe(
      'Mức quyết định "Hoàn thành tốt nhiệm vụ" khác mức chi bộ đề nghị ("Hoàn thành xuất sắc nhiệm vụ"): phải ghi lý do.',
    );
    const ha = unwrap(
      await t.client.call('decision.setLevel', { year: 2026, memberId: cell.ids.ha!, level: 'HTT', reason: 'Vượt tỷ lệ 20% số đảng viên hoàn thành tốt nhiệm vụ', actor: 'Ban Thường vụ Đảng ủy' }),
    );
    expect(ha).toMatchObject({ finalLevel: 'HTT', overQuota: false });
    const audit = unwrap(await t.client.call('audit.list', { entity: 'member', entityId: cell.ids.ha! }));
    expect(audit).toEqual([expect.objectContaining({ field: 'level.2026', oldValue: 'HTXS', newValue: 'HTT', reason: 'Vượt tỷ lệ 20% số đảng viên hoàn thành tốt nhiệm vụ', actor: 'Ban Thường vụ Đảng ủy' })]);

    const ready = unwrap(await t.client.call('decision.get', { year: 2026, basicOrgId: cell.cellId }));
    expect(ready).toMatchObject({ canLock: true, blockers: [] });
    // The whole commune still waits for the other cell.
    expect(refused(await t.client.call('decision.lock', { year: 2026, scope: 'commune', decisionNo: '24-QĐ/ĐU', decidedOn: '2026-12-22' }), 'lock-blocked')).toContain(
      'Chưa hoàn tất hội nghị kiểm điểm ở: Chi bộ thôn Tây (chưa họp).',
    );
    refused(await t.client.call('decision.lock', { year: 2026, scope: { basicOrgId: cell.cellId }, decisionNo: '25-QĐ/ĐU', decidedOn: '2026-12-01' }), 'invalid-input');

    const recognition = unwrap(await lockCell());
    expect(recognition).toMatchObject({
      year: 2026,
      scope: { basicOrgId: cell.cellId },
      decisionNo: '25-QĐ/ĐU',
      decidedOn: '2026-12-22',
      actor: 'Đồng chí Bí thư Đảng ủy',
      counts: { members: { HTXS: 1, HTT: 10, HTNV: 2, KHTNV: 1 }, organizations: { HTXS: 0, HTT: 1, HTNV: 0, KHTNV: 0 } },
    });
    expect(recognition.subjects).toHaveLength(15);
    expect(recognition.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(unwrap(await t.client.call('decision.recognition', { year: 2026, recognitionId: recognition.id }))).toEqual(recognition);

    const after = unwrap(await t.client.call('decision.get', { year: 2026 }));
    expect(after.recognitions.map((r) => r.decisionNo)).toEqual(['25-QĐ/ĐU']);
    // The view carries each recognition's counts per level, the same as the record.
    expect(after.recognitions[0]!.counts).toEqual(recognition.counts);
    expect(after.subjects.every((s) => s.locked?.decisionNo === '25-QĐ/ĐU')).toBe(true);
    const board = unwrap(await t.client.call('decision.board', { year: 2026 }));
    expect(board.rows[0]).toMatchObject({ state: 'decided', late: [] });

    // After the lock: no more decisions, no reopening, no second lock of the same scope.
    expect(refused(await t.client.call('decision.setLevel', { year: 2026, memberId: cell.ids.son!, level: 'HTNV', reason: 'x' }), 'already-recognized')).toContain('Mẫu 03');
    expect(refused(await t.client.call('meeting.reopen', { meetingId, reason: 'Sửa biên bản' }), 'already-recognized')).toContain('Quyết định số 25-QĐ/ĐU ngày 22/12/2026');
    refused(await lockCell('26-QĐ/ĐU'), 'lock-blocked');
    refused(await lockCell('25-QĐ/ĐU'), 'duplicate-decision-no');
  });

  it('needs a finalized meeting before any decision', async () => {
    unwrap(await t.client.call('meeting.create', { year: 2026, orgUnitId: westId }));
    const west = unwrap(await t.client.call('member.list', {})).find((m) => m.fullName === 'Cao Văn Tây')!;
    expect(refused(await t.client.call('decision.setLevel', { year: 2026, memberId: west.id, level: 'HTT' }), 'no-proposal')).toContain('hội nghị kiểm điểm của chi bộ chưa hoàn tất');
    refused(await t.client.call('decision.setLevel', { year: 2026, memberId: cell.ids.son!, orgUnitId: cell.cellId, level: 'HTT' }), 'invalid-input');
  });
});

describe('re-rating (Mẫu 03)', () => {
  it('changes a recognized level with a reason and a decision number, audited, and shows in the history', async () => {
    refused(await t.client.call('decision.reRate', { year: 2026, memberId: cell.ids.son!, newLevel: 'HTNV', reason: 'x', decisionNo: '30-QĐ/ĐU', decidedOn: '2026-12-28' }), 'not-recognized');
    unwrap(await t.client.call('decision.setLevel', { year: 2026, memberId: cell.ids.hoa!, level: 'HTNV' }));
    unwrap(await t.client.call('decision.setLevel', { year: 2026, memberId: cell.ids.ha!, level: 'HTT', reason: 'Vượt tỷ lệ' }));
    unwrap(await lockCell());

    const noReason = await t.client.call('decision.reRate', { year: 2026, memberId: cell.ids.son!, newLevel: 'HTNV', reason: '', decisionNo: '30-QĐ/ĐU', decidedOn: '2026-12-28' });
    expect(refused(noReason, 'invalid-input')).toBe('Phải ghi lý do xếp loại lại (Mẫu 03).');
    refused(await t.client.call('decision.reRate', { year: 2026, memberId: cell.ids.son!, newLevel: 'HTT', reason: 'x', decisionNo: '30-QĐ/ĐU', decidedOn: '2026-12-28' }), 'invalid-input');

    const reason = 'Phát hiện vi phạm trong năm sau khi có quyết định công nhận';
    const record = unwrap(
      await t.client.call('decision.reRate', { year: 2026, memberId: cell.ids.son!, newLevel: 'HTNV', reason, decisionNo: '30-QĐ/ĐU', decidedOn: '2026-12-28', actor: 'Ban Thường vụ Đảng ủy' }),
    );
    expect(record).toMatchObject({ subjectName: 'Mai Văn Sơn', oldLevel: 'HTT', newLevel: 'HTNV', decisionNo: '30-QĐ/ĐU', year: 2026 });
    const son = unwrap(await t.client.call('decision.get', { year: 2026 })).subjects.find((s) => s.memberId === cell.ids.son)!;
    expect(son.finalLevel).toBe('HTNV');
    expect(son.reRatings).toHaveLength(1);
    const audit = unwrap(await t.client.call('audit.list', { entity: 'member', entityId: cell.ids.son! }));
    expect(audit).toEqual([
      expect.objectContaining({
        field: 'level.2026',
        oldValue: 'HTT',
        newValue: 'HTNV',
        actor: 'Ban Thường vụ Đảng ủy',
        reason: `Xếp loại lại (Mẫu 03) theo Quyết định số 30-QĐ/ĐU ngày 28/12/2026: ${reason}`,
      }),
    ]);
    const history = unwrap(await t.client.call('member.reviewHistory', { memberId: cell.ids.son! }));
    expect(history.entries).toEqual([expect.objectContaining({ year: 2026, level: 'HTNV', source: 're-rating', decisionNo: '30-QĐ/ĐU' })]);
  });
});

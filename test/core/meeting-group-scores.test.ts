// The self-score by group totals through the real core on a temporary database: the two totals saved
// and used by the rules, refusals (31/30, 70,05, negative) that change nothing, the criteria table taking
// over once a criterion is scored, the preset proposal that "Tiếp theo" must store before the core lets
// the wizard on, the printed Mẫu 02 in group mode, and meetings frozen before group totals existed.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingHashInput } from '../../shared/meeting/canonical';
import type { MeetingView } from '../../shared/meeting/types';
import type { Result } from '../../shared/contract/result';
import { createDemoMeeting, DEMO_NOW, fillPreparation, reviewCollective, reviewMembers, reviewOrder, runDemoMeeting, scoresFor, seedDemoCell, takeAttendance, type DemoCell } from '../support/meeting-fixture';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';

let t: TempCore;
let cell: DemoCell;
beforeEach(async () => {
  t = openTempCore({ now: DEMO_NOW });
  cell = await seedDemoCell(t.client);
});
afterEach(() => t.cleanup());

const member = (view: MeetingView, key: string) => view.members.find((m) => m.memberId === cell.ids[key])!;

function refusedAt(r: Result<unknown>, path: string): string {
  expect(r.ok).toBe(false);
  if (r.ok) return '';
  expect(r.error.code).toBe('invalid-input');
  expect(r.error.details).toMatchObject({ path });
  return r.error.message;
}

describe('group totals', () => {
  it('saves the two totals, classifies from them and refuses bad totals without changing anything', async () => {
    const id = (await createDemoMeeting(cell)).id;
    const patch = (p: Record<string, unknown>) => t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.son!, patch: p as never });
    let view = unwrap(await patch({ groupScores: { common: 25.5 } }));
    expect(member(view, 'son').subject!.review.groupScores).toEqual({ common: 25.5, tasks: null });
    expect(member(view, 'son').subject!.assessment).toMatchObject({ scoreSource: 'groups', computed: null });
    expect(member(view, 'son').subject!.assessment.missing).toEqual([
      'điểm nhóm tiêu chí về kết quả thực hiện nhiệm vụ (…/70)',
      'tỷ lệ nhiệm vụ hoàn thành',
      'tỷ lệ nhiệm vụ chậm tiến độ',
      'tỷ lệ nhiệm vụ vượt mức',
    ]);

    expect(refusedAt(await patch({ groupScores: { common: 31 } }), 'patch.groupScores.common')).toBe('Điểm nhóm tiêu chí chung (31) vượt quá 30 điểm, mức tối đa của nhóm.');
    expect(refusedAt(await patch({ groupScores: { tasks: 70.05 } }), 'patch.groupScores.tasks')).toBe(
      'Điểm nhóm tiêu chí về kết quả thực hiện nhiệm vụ chỉ được có tối đa một chữ số thập phân (nhận được 70,05).',
    );
    expect(refusedAt(await patch({ groupScores: { tasks: -2 } }), 'patch.groupScores.tasks')).toBe('Điểm nhóm tiêu chí về kết quả thực hiện nhiệm vụ không được âm (nhận được -2).');
    refusedAt(await patch({ groupScores: { common: 'ba mươi' } }), 'patch.groupScores.common');
    refusedAt(await patch({ groupScores: { other: 1 } }), 'patch.groupScores');
    // A refused patch changes nothing, not even its valid parts.
    refusedAt(await patch({ groupScores: { common: 20, tasks: 71 } }), 'patch.groupScores.tasks');
    view = unwrap(await t.client.call('meeting.get', { meetingId: id }));
    expect(member(view, 'son').subject!.review.groupScores).toEqual({ common: 25.5, tasks: null });

    view = unwrap(await patch({ groupScores: { tasks: 56 }, tasks: { donePct: 100, latePct: 0, exceededPct: 0 } }));
    const a = member(view, 'son').subject!.assessment;
    expect(a.score).toMatchObject({ common: 25.5, tasks: 56, totalTenths: 815 });
    expect(a.computed).toMatchObject({ level: 'HTT' });
    expect(a.missing).toEqual([]);

    // Clearing a total takes it out again.
    view = unwrap(await patch({ groupScores: { common: null } }));
    expect(member(view, 'son').subject!.assessment.computed).toBeNull();
  });

  it('lets the criteria table take over once a criterion is scored, and flags totals that disagree', async () => {
    const id = (await createDemoMeeting(cell)).id;
    const patch = (p: Record<string, unknown>) => t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.son!, patch: p as never });
    unwrap(await patch({ groupScores: { common: 29, tasks: 69 }, tasks: { donePct: 100, latePct: 0, exceededPct: 0 } }));
    const scores = await scoresFor(t.client, cell.year, '02C', 0.8);
    const view = unwrap(await patch({ scores }));
    const a = member(view, 'son').subject!.assessment;
    expect(a.scoreSource).toBe('criteria');
    expect(a.score!.totalTenths).toBeLessThan(980);
    expect(a.scoreConflict).toMatch(/^Điểm nhóm đã nhập \(29\/30 và 69\/70\) khác tổng chấm theo từng tiêu chí/);
    const step = view.steps.find((s) => s.key === `member:${cell.ids.son}`)!;
    expect(step.warnings).toContain(a.scoreConflict);
  });

  it('shows the computed level as the preset proposal; the core lets the wizard on only once it is stored', async () => {
    const id = (await createDemoMeeting(cell)).id;
    await fillPreparation(cell, id);
    await takeAttendance(cell, id);
    await reviewCollective(cell, id);
    let view = unwrap(await t.client.call('meeting.get', { meetingId: id }));
    const order = reviewOrder(cell, view);
    const first = order[0]!;
    const memberId = cell.ids[first]!;
    view = unwrap(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId, patch: { groupScores: { common: 28.8, tasks: 67.2 }, tasks: { donePct: 100, latePct: 0, exceededPct: 40 } } }));
    const step = view.steps.find((s) => s.key === `member:${memberId}`)!;
    expect(step).toMatchObject({ problems: [], complete: false, proposalPreset: 'HTXS' });
    expect(member(view, first).subject!.review.proposedLevel).toBeNull();
    const next = view.steps[step.index]!;
    const blocked = await t.client.call('meeting.setStep', { meetingId: id, step: next.key });
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) expect(blocked.error.message).toContain('chưa ghi mức đề xuất (đang chọn sẵn "Hoàn thành xuất sắc nhiệm vụ")');
    view = unwrap(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId, patch: { proposedLevel: 'HTXS' } }));
    expect(view.steps.find((s) => s.key === `member:${memberId}`)).toMatchObject({ complete: true, proposalPreset: null });
    unwrap(await t.client.call('meeting.setStep', { meetingId: id, step: next.key }));
    // A later change of the computed level keeps the stored proposal; the ceiling check still applies.
    view = unwrap(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId, patch: { tasks: { exceededPct: 0 } } }));
    expect(member(view, first).subject!.review.proposedLevel).toBe('HTXS');
    expect(view.steps.find((s) => s.key === `member:${memberId}`)!.problems[0]).toContain('cao hơn mức tính theo quy định');
  });

  it('writes the group totals into the minutes when the criteria are cleared', async () => {
    const id = (await createDemoMeeting(cell)).id;
    await fillPreparation(cell, id);
    await takeAttendance(cell, id);
    await reviewCollective(cell, id);
    await reviewMembers(cell, id);
    unwrap(await t.client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids.son!, patch: { scores: Object.fromEntries(Object.keys(await scoresFor(t.client, cell.year, '02C', 0.8)).map((k) => [k, null])), groupScores: { common: 24.5, tasks: 57 } } }));
    const view = unwrap(await t.client.call('meeting.get', { meetingId: id }));
    expect(member(view, 'son').subject!.assessment).toMatchObject({ scoreSource: 'groups', score: { common: 24.5, tasks: 57 } });
    const minutes = unwrap(await t.client.call('meeting.minutes', { meetingId: id }));
    expect(minutes.text).toContain('tiêu chí chung 24,5/30, kết quả thực hiện nhiệm vụ 57/70, tổng 81,5/100');
  });
});

describe('meetings stored before group totals', () => {
  it('a frozen view without the new fields still loads, with a valid hash and the criteria mode', async () => {
    const view = await runDemoMeeting(cell);
    t.core.close();
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(t.dbPath);
    const row = raw.prepare('SELECT record_json, minutes_json FROM meeting WHERE id = ?').get(view.id) as { record_json: string; minutes_json: string };
    const old = JSON.parse(row.record_json) as Record<string, unknown> & { collective: Record<string, Record<string, unknown>>; members: { subject: Record<string, Record<string, unknown>> | null }[]; steps: Record<string, unknown>[] };
    const strip = (s: Record<string, Record<string, unknown>>) => {
      delete s.review!.groupScores;
      for (const k of ['scoreSource', 'scoreConflict', 'missing']) delete s.assessment![k];
    };
    strip(old.collective);
    for (const m of old.members) if (m.subject) strip(m.subject);
    for (const s of old.steps) delete s.proposalPreset;
    const minutes = JSON.parse(row.minutes_json) as unknown;
    const hash = createHash('sha256').update(meetingHashInput(old, minutes), 'utf8').digest('hex');
    raw.prepare('UPDATE meeting SET record_json = ?, content_hash = ? WHERE id = ?').run(JSON.stringify(old), hash, view.id);
    raw.prepare('UPDATE meeting_review SET group_common = NULL, group_tasks = NULL').run();
    raw.close();
    const reopened = openTempCore({ now: DEMO_NOW }, t.dir);
    try {
      const loaded = unwrap(await reopened.client.call('meeting.get', { meetingId: view.id }));
      expect(loaded.finalized!.hashValid).toBe(true);
      expect(loaded.collective.review.groupScores).toEqual({ common: null, tasks: null });
      const son = loaded.members.find((m) => m.memberId === cell.ids.son)!.subject!;
      expect(son.assessment).toMatchObject({ scoreSource: 'criteria', scoreConflict: null, missing: [] });
      expect(son.assessment.computed?.level).toBe('HTT');
    } finally {
      reopened.core.close();
    }
  });
});

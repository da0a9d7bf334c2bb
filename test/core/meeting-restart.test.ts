// Never lose work: the core is closed in the middle of the member steps (as when the power goes out) and
// opened again on the same file; the meeting comes back at the same step with every field, including a
// half-entered self-score, and the meeting can be finished.
import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openCore, type Core } from '../../electron/core/core';
import { createClient, type ApiClient } from '../../shared/contract/client';
import { tempDir, unwrap } from '../support/temp-core';
import {
  adoptRemediation,
  approveDemoMinutes,
  createDemoMeeting,
  DEMO_NOW,
  fillPreparation,
  finalizeDemoMeeting,
  reviewCollective,
  reviewMembers,
  reviewOrder,
  scoresFor,
  seedDemoCell,
  takeAttendance,
  voteCollective,
  voteMembers,
} from '../support/meeting-fixture';

const dirs: string[] = [];
const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function open(dbPath: string): ApiClient {
  const core = openCore({ dbPath, shell: 'test', now: DEMO_NOW });
  cores.push(core);
  return createClient({ call: async (method, input) => structuredClone(await core.dispatch(method, structuredClone(input))) });
}

describe('restart in the middle of the member steps', () => {
  it('returns to the same step with the same data, then finishes the meeting', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const dbPath = join(dir, 'kiemdiem.sqlite');
    const client = open(dbPath);
    const cell = await seedDemoCell(client);
    const id = (await createDemoMeeting(cell)).id;
    await fillPreparation(cell, id);
    await takeAttendance(cell, id);
    await reviewCollective(cell, id);
    let view = await reviewMembers(cell, id, 0, 6);
    const order = reviewOrder(cell, view);
    const seventh = order[6]!;
    expect(view.currentStep).toBe(`member:${cell.ids[seventh]}`);
    expect(view.currentIndex).toBe(10);

    // Half of the seventh member's self-score is in when the power goes out.
    const scores = await scoresFor(client, cell.year, '02C', 0.8);
    const half = Object.fromEntries(Object.entries(scores).slice(0, 2));
    unwrap(await client.call('meeting.updateMemberReview', { meetingId: id, memberId: cell.ids[seventh]!, patch: { scores: half, response: 'Đang ghi dở' } }));
    const before = unwrap(await client.call('meeting.get', { meetingId: id }));
    cores.pop()!.close();

    const again = open(dbPath);
    const after = unwrap(await again.call('meeting.get', { meetingId: id }));
    expect(after).toEqual(before);
    expect(after.currentStep).toBe(`member:${cell.ids[seventh]}`);
    expect(after.steps.find((s) => s.key === after.currentStep)!.label).toBe('Bước 10/22');
    const subject = after.members.find((m) => m.memberId === cell.ids[seventh])!.subject!;
    expect(subject.review.scores).toEqual(half);
    expect(subject.review.response).toBe('Đang ghi dở');
    expect(subject.assessment).toMatchObject({ scoredCount: 2, computed: null });

    const resumed = { ...cell, client: again };
    view = await reviewMembers(resumed, id, 6);
    expect(view.currentStep).toBe('votes');
    await voteMembers(resumed, id);
    await voteCollective(resumed, id);
    await adoptRemediation(resumed, id);
    await approveDemoMinutes(resumed, id);
    const done = await finalizeDemoMeeting(resumed, id);
    expect(done.status).toBe('finalized');
    expect(done.finalized!.hashValid).toBe(true);
  });
});

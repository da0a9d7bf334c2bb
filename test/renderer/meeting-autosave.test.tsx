// Hội nghị kiểm điểm — never losing work: a restart in the middle of the member steps (the core closed
// and reopened on the same database, a new App) returns to the same step with the same data; and text
// typed just before leaving the page is saved on the way out, without waiting for the debounce.
// Layer: test.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { createDemoMeeting, DEMO_NOW, fillPreparation, must, reviewCollective, reviewMembers, seedDemoCell, takeAttendance } from '../support/meeting-fixture';
import { openTempCore, type TempCore } from '../support/temp-core';
import { autosaveTiming } from '../../renderer/state/meeting-store';
import { goTo, renderApp } from './journeys';
import { enterMeeting, openMeetingPage, saved, stepShown } from './meeting-support';

describe('meeting wizard: never lose work', () => {
  let tc: TempCore | undefined;
  afterEach(() => {
    autosaveTiming.delayMs = 400;
    tc?.cleanup();
    tc = undefined;
  });

  it('returns to the same step with the same data after a restart', async () => {
    tc = openTempCore({ now: DEMO_NOW });
    const cell = await seedDemoCell(tc.client);
    const { id } = await createDemoMeeting(cell);
    await fillPreparation(cell, id);
    await takeAttendance(cell, id);
    await reviewCollective(cell, id);
    const view = await reviewMembers(cell, id, 0, 3);
    const step = view.steps.find((s) => s.key === view.currentStep)!;

    const first = renderApp(tc.client);
    await openMeetingPage(first.user);
    await enterMeeting(first.user, 'Tiếp tục hội nghị');
    await stepShown(new RegExp(`^Bước ${step.index} / ${step.total} — ${step.title}`));
    const name = step.title.split(': ')[1]!;
    await first.user.type(screen.getByLabelText(`Ý kiến tiếp thu, giải trình của đồng chí ${name}`), 'Tôi xin tiếp thu ý kiến.');
    await first.user.type(screen.getByLabelText('Nhóm tiêu chí chung (tối đa 30 điểm)'), '8');
    await first.user.tab();
    await saved();

    // Power cut: the window goes, the core goes; then everything starts again on the same file.
    first.unmount();
    const dir = tc.dir;
    tc.core.close();
    tc = openTempCore({ now: DEMO_NOW }, dir);
    const second = renderApp(tc.client);
    await openMeetingPage(second.user);
    await enterMeeting(second.user, 'Tiếp tục hội nghị');
    await stepShown(new RegExp(`^Bước ${step.index} / ${step.total} — ${step.title}`));
    expect((screen.getByLabelText(`Ý kiến tiếp thu, giải trình của đồng chí ${name}`) as HTMLTextAreaElement).value).toBe('Tôi xin tiếp thu ý kiến.');
    expect((screen.getByLabelText('Nhóm tiêu chí chung (tối đa 30 điểm)') as HTMLInputElement).value).toBe('8');
  });

  it('saves what was just typed when the page is left', async () => {
    tc = openTempCore({ now: DEMO_NOW });
    const cell = await seedDemoCell(tc.client);
    const { id } = await createDemoMeeting(cell);
    // The debounce would never fire within the test: only leaving the page can save.
    autosaveTiming.delayMs = 60_000;
    const { user } = renderApp(tc.client);
    await openMeetingPage(user);
    await enterMeeting(user, 'Tiếp tục hội nghị');
    await stepShown('Chuẩn bị hội nghị');
    await user.type(screen.getByLabelText(/^Địa điểm họp/), 'Hội trường UBND xã');
    expect(screen.getByText('Đang lưu…')).toBeTruthy();
    expect(must(await tc.client.call('meeting.get', { meetingId: id })).preparation.place).toBeNull();
    await goTo(user, 'Tổng quan');
    await waitFor(async () => expect(must(await tc!.client.call('meeting.get', { meetingId: id })).preparation.place).toBe('Hội trường UBND xã'));
  });
});

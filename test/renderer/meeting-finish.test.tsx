// Hội nghị kiểm điểm — the end of the meeting through the real UI: the minutes shown before approval,
// finalize after a confirmation (read-only, "Đã kết thúc" with the content hash), and "Mở lại" refused
// without a written reason, accepted with one and kept in the audit log; the meeting list shows the
// furthest step reached even after looking back at an earlier one. Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import {
  adoptRemediation,
  createDemoMeeting,
  fillPreparation,
  must,
  reviewCollective,
  reviewMembers,
  takeAttendance,
  voteCollective,
  voteMembers,
  type DemoCell,
} from '../support/meeting-fixture';
import type { TempCore } from '../support/temp-core';
import { renderApp } from './journeys';
import { demoCore, enterMeeting, openMeetingPage, stepShown } from './meeting-support';

describe('meeting wizard: minutes, finalize, reopen', () => {
  let tc: TempCore;
  let cell: DemoCell;
  beforeEach(async () => {
    ({ tc, cell } = await demoCore());
  });
  afterEach(() => tc.cleanup());

  it('approves the minutes, finalizes, and reopens only with a reason', async () => {
    const { id } = await createDemoMeeting(cell);
    for (const stage of [fillPreparation, takeAttendance, reviewCollective, reviewMembers, voteMembers, voteCollective, adoptRemediation]) await stage(cell, id);
    const { user } = renderApp(tc.client);
    await openMeetingPage(user);
    expect(screen.getByText(/^Đang họp — bước 21\/22: Thông qua biên bản$/)).toBeTruthy();
    await enterMeeting(user, 'Tiếp tục hội nghị');
    await stepShown('Thông qua biên bản');
    const minutes = screen.getByRole('region', { name: 'Biên bản hội nghị' });
    await waitFor(() => expect(minutes.textContent).toMatch(/BIÊN BẢN/i));
    expect(minutes.textContent).toContain('Nguyễn Văn Hùng');
    await user.click(screen.getByRole('button', { name: 'Hội nghị đã thông qua biên bản' }));
    await screen.findByText(/^✓ Hội nghị đã thông qua biên bản/);
    await user.click(screen.getByRole('button', { name: /^Tiếp theo/ }));
    await stepShown('Hoàn tất hội nghị');

    await user.click(screen.getByRole('button', { name: 'Hoàn tất hội nghị…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hoàn tất hội nghị?' });
    await user.click(within(dialog).getByRole('button', { name: 'Hoàn tất và khóa biên bản' }));
    const banner = await screen.findByRole('region', { name: 'Hội nghị đã kết thúc' });
    const stored = must(await tc.client.call('meeting.get', { meetingId: id }));
    expect(banner.textContent).toContain(stored.finalized!.contentHash);
    expect(banner.textContent).toContain('khớp, nội dung chưa bị thay đổi');

    // Read-only: the first step's fields cannot be changed.
    await user.click(within(screen.getByRole('navigation', { name: 'Các bước của hội nghị' })).getByRole('button', { name: /^1\. Chuẩn bị hội nghị/ }));
    await stepShown('Chuẩn bị hội nghị');
    expect(screen.getByLabelText(/^Địa điểm họp/).matches(':disabled')).toBe(true);
    await user.click(within(screen.getByRole('navigation', { name: 'Các bước của hội nghị' })).getByRole('button', { name: /^22\. Hoàn tất hội nghị/ }));

    await user.click(await screen.findByRole('button', { name: 'Mở lại hội nghị…' }));
    const reopen = await screen.findByRole('dialog', { name: 'Mở lại hội nghị đã hoàn tất' });
    await user.click(within(reopen).getByRole('button', { name: 'Mở lại hội nghị' }));
    await within(reopen).findByText(/^Phải ghi lý do mở lại hội nghị đã hoàn tất/);
    expect(must(await tc.client.call('meeting.get', { meetingId: id })).status).toBe('finalized');
    await user.type(within(reopen).getByLabelText(/^Lý do mở lại/), 'Ghi nhầm số phiếu của đồng chí Hà');
    await user.click(within(reopen).getByRole('button', { name: 'Mở lại hội nghị' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('region', { name: 'Hội nghị đã kết thúc' })).toBeNull();
    expect(must(await tc.client.call('meeting.get', { meetingId: id })).status).toBe('in-progress');
    const audit = must(await tc.client.call('audit.list', { entityId: id }));
    expect(audit.some((a) => a.reason === 'Ghi nhầm số phiếu của đồng chí Hà')).toBe(true);
  });

  it('lists the furthest step reached after the secretary looked back at an earlier step', async () => {
    const { id } = await createDemoMeeting(cell);
    for (const stage of [fillPreparation, takeAttendance, reviewCollective, reviewMembers, voteMembers, voteCollective, adoptRemediation]) await stage(cell, id);
    const { user } = renderApp(tc.client);
    await openMeetingPage(user);
    await enterMeeting(user, 'Tiếp tục hội nghị');
    await stepShown('Thông qua biên bản');
    // Back to the attendance to check something, then back to the list without returning.
    await user.click(within(screen.getByRole('navigation', { name: 'Các bước của hội nghị' })).getByRole('button', { name: /^2\. Điểm danh, khai mạc/ }));
    await stepShown('Điểm danh, khai mạc');
    await user.click(screen.getByRole('button', { name: '← Danh sách chi bộ' }));
    await screen.findByRole('heading', { name: 'Hội nghị kiểm điểm', level: 1 });
    expect(must(await tc.client.call('meeting.get', { meetingId: id }))).toMatchObject({ currentStep: 'attendance', furthestStep: 'minutes' });
    // The list says how far the meeting got, not the step last looked at.
    expect(await screen.findByText(/^Đang họp — bước 21\/22: Thông qua biên bản$/)).toBeTruthy();
    expect(screen.queryByText(/^Đang họp — bước 2\/22/)).toBeNull();
    // "Tiếp tục" opens where the secretary was, with the way back to the furthest step.
    await enterMeeting(user, 'Tiếp tục hội nghị');
    await stepShown('Điểm danh, khai mạc');
    expect(screen.getByRole('button', { name: 'Về bước đang làm (bước 21): Thông qua biên bản' })).toBeTruthy();
  });
});

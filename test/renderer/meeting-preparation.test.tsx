// Hội nghị kiểm điểm — starting the meeting of the demo chi bộ (15 members) through the real UI and a
// real core: the preparation step lists what is missing before the user tries to go on, each field is
// saved as it is typed, the problems disappear one by one, and "Tiếp theo" moves to attendance, where
// too few voters present is warned about. Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { fillPreparation, createDemoMeeting, must, type DemoCell } from '../support/meeting-fixture';
import type { TempCore } from '../support/temp-core';
import { renderApp } from './journeys';
import { demoCore, enterMeeting, openMeetingPage, problems, saved, stepShown, warnings } from './meeting-support';
import { retype } from './review-support';

describe('meeting wizard: preparation and attendance', () => {
  let tc: TempCore;
  let cell: DemoCell;
  beforeEach(async () => {
    ({ tc, cell } = await demoCore());
  });
  afterEach(() => tc.cleanup());

  it('starts the meeting and clears the preparation problems as fields are filled', async () => {
    const { user } = renderApp(tc.client);
    await openMeetingPage(user);
    expect(screen.getByText('Chưa bắt đầu')).toBeTruthy();
    await enterMeeting(user, 'Bắt đầu hội nghị kiểm điểm');
    await stepShown(/^Bước 1 \/ 22 — Chuẩn bị hội nghị/);
    expect(problems()).toContain('Chưa nhập ngày họp.');
    expect(problems().some((p) => p.startsWith('Chưa nhận bản tự kiểm điểm (Mẫu 02) của: Nguyễn Văn Hùng'))).toBe(true);
    // The exempt member is listed with the rule that excludes him.
    const excluded = screen.getByRole('heading', { name: 'Không kiểm điểm ở hội nghị này' }).parentElement!;
    expect(within(excluded).getByText('Dương Văn Bình')).toBeTruthy();

    await user.type(screen.getByLabelText(/^Ngày họp/), '08/12/2026');
    await user.type(screen.getByLabelText(/^Giờ bắt đầu/), '7:30');
    await user.type(screen.getByLabelText(/^Địa điểm họp/), 'Nhà văn hóa thôn Đông Hòa');
    await user.selectOptions(screen.getByLabelText(/^Đồng chí chủ trì/), 'Nguyễn Văn Hùng (Bí thư)');
    await user.selectOptions(screen.getByLabelText(/^Thư ký hội nghị/), 'Lê Văn Minh (Chi ủy viên)');
    await user.type(screen.getByLabelText(/^Ngày gửi dự thảo Mẫu 01/), '04/12/2026');
    await user.tab();
    await saved();
    await waitFor(() => expect(problems()).not.toContain('Chưa nhập ngày họp.'));
    expect(problems()).not.toContain('Chưa nhập địa điểm họp.');
    expect((screen.getByLabelText(/^Giờ bắt đầu/) as HTMLInputElement).value).toBe('07:30');
    // Sent Friday for a Tuesday meeting: only 1 working day — a warning, not a refusal.
    expect(warnings().some((w) => w.includes('chỉ trước ngày họp 08/12/2026 1 ngày làm việc'))).toBe(true);
    const stored = must(await tc.client.call('meeting.find', { year: 2026, orgUnitId: cell.cellId }))!;
    expect(stored.preparation).toMatchObject({ meetingDate: '2026-12-08', startTime: '07:30', place: 'Nhà văn hóa thôn Đông Hòa', draftSentOn: '2026-12-04' });

    // "Tiếp theo" is refused while the papers are missing, with the core's message.
    await user.click(screen.getByRole('button', { name: /^Tiếp theo/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Chưa chuyển sang bước "Điểm danh, khai mạc" được/);

    for (const box of screen.getAllByLabelText(/^Đã nhận bản tự kiểm điểm/)) await user.click(box);
    for (const box of screen.getAllByLabelText(/^Đã nhận nhận xét nơi cư trú/)) await user.click(box);
    await saved();
    await waitFor(() => expect(problems()).toEqual([]));
    expect(screen.getByText('✓ Bước này đã đủ. Bấm “Tiếp theo” để sang bước sau.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Tiếp theo/ }));
    await stepShown(/^Bước 2 \/ 22 — Điểm danh, khai mạc/);
    // The step list ticks the first step.
    const steps = screen.getByRole('navigation', { name: 'Các bước của hội nghị' });
    expect(within(steps).getByRole('button', { name: /^1\. Chuẩn bị hội nghị ?\(đã xong\)/ })).toBeTruthy();
    expect((within(steps).getByRole('button', { name: /^4\. / }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('warns when fewer than half of the voters are present', async () => {
    const view = await createDemoMeeting(cell);
    await fillPreparation(cell, view.id);
    const { user } = renderApp(tc.client);
    await openMeetingPage(user);
    await enterMeeting(user, 'Tiếp tục hội nghị');
    await stepShown(/^Bước 2 \/ 22 — Điểm danh/);
    const member = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name}`) });
    for (const name of ['Nguyễn Văn Hùng', 'Lê Văn Minh', 'Trần Thị Lan']) await user.click(within(member(name)).getByLabelText('Có mặt'));
    await user.click(within(member('Phạm Thị Hà')).getByLabelText('Vắng có lý do'));
    await retype(user, screen.getByLabelText('Lý do vắng — Phạm Thị Hà'), 'Đi công tác');
    for (const name of ['Hoàng Văn Nam', 'Vũ Thị Mai', 'Đặng Văn Tuấn', 'Bùi Thị Hoa', 'Đỗ Văn Long', 'Ngô Thị Thu', 'Lý Thị Hương', 'Mai Văn Sơn', 'Phan Thị Yến', 'Trịnh Văn Đức']) {
      await user.click(within(member(name)).getByLabelText('Vắng không có lý do'));
    }
    await user.tab();
    await saved();
    await waitFor(() => expect(warnings().some((w) => w.startsWith('Chỉ có 3/13 đảng viên có quyền biểu quyết có mặt, chưa đến một nửa.'))).toBe(true));
    expect(problems()).toEqual([]);
    const stored = must(await tc.client.call('meeting.get', { meetingId: view.id }));
    expect(stored.members.find((m) => m.fullName === 'Phạm Thị Hà')).toMatchObject({ attendance: 'absent-excused', absenceReason: 'Đi công tác' });
  });
});

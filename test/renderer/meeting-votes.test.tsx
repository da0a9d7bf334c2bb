// Hội nghị kiểm điểm — the votes through the real UI: ballots that do not add up are refused with a
// message and nothing is recorded; a hand vote where no level reaches more than half asks for a re-vote,
// and the second round wins while the first stays on screen. Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createDemoMeeting, fillPreparation, must, reviewCollective, reviewMembers, takeAttendance, type DemoCell } from '../support/meeting-fixture';
import type { TempCore } from '../support/temp-core';
import { renderApp } from './journeys';
import { demoCore, enterMeeting, openMeetingPage, stepShown } from './meeting-support';

describe('meeting wizard: votes', () => {
  let tc: TempCore;
  let cell: DemoCell;
  beforeEach(async () => {
    ({ tc, cell } = await demoCore());
  });
  afterEach(() => tc.cleanup());

  it('refuses counts that do not add up and handles a re-vote', async () => {
    const { id } = await createDemoMeeting(cell);
    await fillPreparation(cell, id);
    await takeAttendance(cell, id);
    await reviewCollective(cell, id);
    await reviewMembers(cell, id);
    const { user } = renderApp(tc.client);
    await openMeetingPage(user);
    await enterMeeting(user, 'Tiếp tục hội nghị');
    await stepShown('Biểu quyết xếp loại đảng viên');
    const card = (name: string) => screen.getByRole('article', { name: new RegExp(`^${name}`) });

    const hung = card('Nguyễn Văn Hùng');
    await user.click(within(hung).getByLabelText('Bỏ phiếu kín'));
    await user.type(within(hung).getByLabelText('Số phiếu phát ra'), '12');
    await user.type(within(hung).getByLabelText('Số phiếu thu về'), '12');
    await user.type(within(hung).getByLabelText('Số phiếu không hợp lệ'), '1');
    await user.type(within(hung).getByLabelText('Hoàn thành xuất sắc nhiệm vụ'), '5');
    await user.click(within(hung).getByRole('button', { name: 'Ghi kết quả vòng 1' }));
    const refusal = await within(hung).findByRole('alert');
    expect(refusal.textContent).toMatch(/11/);
    expect(must(await tc.client.call('meeting.get', { meetingId: id })).members.find((m) => m.memberId === cell.ids.hung)!.subject!.votes.rounds).toEqual([]);
    // The counts typed are still there to correct.
    expect((within(hung).getByLabelText('Số phiếu phát ra') as HTMLInputElement).value).toBe('12');

    const lan = card('Trần Thị Lan');
    await user.type(within(lan).getByLabelText('Hoàn thành tốt nhiệm vụ'), '3');
    await user.type(within(lan).getByLabelText('Hoàn thành nhiệm vụ'), '3');
    await user.click(within(lan).getByRole('button', { name: 'Ghi kết quả vòng 1' }));
    await waitFor(() => expect(within(card('Trần Thị Lan')).getByText(/Không mức nào đạt quá nửa \(cần 7 phiếu\): phải biểu quyết lại\./)).toBeTruthy());
    await user.click(within(card('Trần Thị Lan')).getByRole('button', { name: 'Điền: cả 12 đồng chí nhất trí mức đề xuất' }));
    await user.click(within(card('Trần Thị Lan')).getByRole('button', { name: 'Ghi kết quả vòng 2' }));
    await waitFor(() => expect(within(card('Trần Thị Lan')).getByText('Kết quả: thông qua mức “Hoàn thành tốt nhiệm vụ”.')).toBeTruthy());
    expect(within(card('Trần Thị Lan')).getByRole('table', { name: /^Vòng 1 — Biểu quyết giơ tay/ })).toBeTruthy();
    expect(within(card('Trần Thị Lan')).getByRole('table', { name: /^Vòng 2 — Biểu quyết giơ tay/ })).toBeTruthy();
    expect(within(card('Trần Thị Lan')).queryByRole('button', { name: /^Ghi kết quả/ })).toBeNull();
    // The percentages say what they are taken of: the year's "quá nửa" setting (all voters by default).
    const round2 = within(card('Trần Thị Lan')).getByRole('table', { name: /^Vòng 2 — / });
    expect(within(round2).getByRole('columnheader', { name: 'Tỷ lệ (trên 13)' })).toBeTruthy();
    expect(within(round2).getByText('92,31%')).toBeTruthy();
    expect(within(card('Trần Thị Lan')).getAllByText('Tỷ lệ tính trên 13 đảng viên có quyền biểu quyết của chi bộ (kể cả 1 đồng chí vắng) — cách tính “quá nửa” của năm kiểm điểm: trên tổng số đảng viên có quyền biểu quyết.')).toHaveLength(2);
    const rounds = must(await tc.client.call('meeting.get', { meetingId: id })).members.find((m) => m.memberId === cell.ids.lan)!.subject!.votes;
    expect(rounds.rounds.map((r) => r.round)).toEqual([1, 2]);
    expect(rounds.result).toBe('HTT');
  });
});

// Hội nghị kiểm điểm — one member's step through the real UI: self-scores per criterion with live sums,
// task figures, and the level the rules compute with its reasons, recomputed as the figures change; a
// comment (who said what) and the chi ủy's proposal. Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createDemoMeeting, fillPreparation, must, reviewCollective, takeAttendance, type DemoCell } from '../support/meeting-fixture';
import type { TempCore } from '../support/temp-core';
import { renderApp } from './journeys';
import { demoCore, enterMeeting, openMeetingPage, problems, saved, stepShown } from './meeting-support';
import { retype } from './review-support';

describe('meeting wizard: a member step', () => {
  let tc: TempCore;
  let cell: DemoCell;
  beforeEach(async () => {
    ({ tc, cell } = await demoCore());
  });
  afterEach(() => tc.cleanup());

  it('scores per criterion, shows the computed level with its reasons and updates it', async () => {
    const { id } = await createDemoMeeting(cell);
    await fillPreparation(cell, id);
    await takeAttendance(cell, id);
    await reviewCollective(cell, id);
    const { user } = renderApp(tc.client);
    await openMeetingPage(user);
    await enterMeeting(user, 'Tiếp tục hội nghị');
    await stepShown(/^Bước 4 \/ 22 — Kiểm điểm đảng viên: Nguyễn Văn Hùng/);
    expect(problems().some((p) => p.startsWith('Tự chấm điểm:'))).toBe(true);

    // Mẫu 02A: 10, 10, 5, 5 | 25, 35, 10.
    const boxes = screen.getAllByLabelText(/^Điểm tự chấm:/);
    expect(boxes).toHaveLength(7);
    for (const [i, v] of ['10', '9', '5', '4,5', '24', '34', '10'].entries()) await user.type(boxes[i]!, v);
    expect(screen.getByText('28,5/30')).toBeTruthy();
    expect(screen.getByText('68/70')).toBeTruthy();
    expect(screen.getByText('96,5/100')).toBeTruthy();

    await user.type(screen.getByLabelText('Tỷ lệ nhiệm vụ hoàn thành'), '100');
    await user.type(screen.getByLabelText('Tỷ lệ nhiệm vụ chậm tiến độ'), '0');
    await user.type(screen.getByLabelText('Tỷ lệ nhiệm vụ vượt mức'), '40');
    await user.tab();
    await saved();
    const computed = () => screen.getByRole('region', { name: 'Mức xếp loại tính theo quy định' });
    await waitFor(() => expect(within(computed()).getByText('Hoàn thành xuất sắc nhiệm vụ')).toBeTruthy());
    expect(within(computed()).getByText(/Điểm: 28,5\/30 \+ 68\/70 =/)).toBeTruthy();
    expect(within(computed()).getAllByText(/QĐ 366-QĐ\/TW, Điều 1[01]/).length).toBeGreaterThan(0);

    // Exceeded below 30 %: no longer HTXS, and the reasons say why.
    await retype(user, screen.getByLabelText('Tỷ lệ nhiệm vụ vượt mức'), '10');
    await user.tab();
    await saved();
    await waitFor(() => expect(within(computed()).getByText('Hoàn thành tốt nhiệm vụ')).toBeTruthy());
    expect(within(computed()).getByText(/10% nhiệm vụ vượt mức \(cần từ 30%\)/, { selector: 'li' })).toBeTruthy();

    // A refused score keeps its text with the message next to it.
    await retype(user, boxes[2]!, '7');
    await user.tab();
    await waitFor(() => expect(document.querySelector('.mtg-save')?.textContent).toMatch(/^Chưa lưu được — /));
    expect((boxes[2] as HTMLInputElement).value).toBe('7');
    expect(boxes[2]!.getAttribute('aria-invalid')).toBe('true');
    await retype(user, boxes[2]!, '5');
    await user.tab();
    await saved();

    // Who said what, and the proposal.
    await user.click(screen.getByRole('button', { name: '+ Thêm ý kiến góp ý' }));
    await user.selectOptions(screen.getByLabelText('Người góp ý (ý kiến 1)'), 'Trần Thị Lan');
    await user.type(screen.getByLabelText('Nội dung góp ý'), 'Đồng chí gương mẫu, sâu sát cơ sở.');
    await user.selectOptions(screen.getByLabelText(/^Chi ủy đề xuất xếp loại/), 'Hoàn thành tốt nhiệm vụ');
    await saved();
    await waitFor(() => expect(problems()).toEqual([]));
    const stored = must(await tc.client.call('meeting.get', { meetingId: id }));
    const review = stored.members.find((m) => m.fullName === 'Nguyễn Văn Hùng')!.subject!.review;
    expect(review.comments).toEqual([{ speakerMemberId: cell.ids.lan, speakerName: 'Trần Thị Lan', content: 'Đồng chí gương mẫu, sâu sát cơ sở.' }]);
    expect(review.proposedLevel).toBe('HTT');
    expect(review.tasks).toEqual({ donePct: 100, latePct: 0, exceededPct: 10 });
    expect(review.scores['common-4']).toBe(4.5);
  });
});

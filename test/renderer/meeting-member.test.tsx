// Hội nghị kiểm điểm — one member's step through the real UI: self-scores per criterion with live sums,
// task figures, and the level the rules compute with its reasons, recomputed as the figures change; a
// comment (who said what) and the chi ủy's proposal. Then the fast path: the two group totals, the
// "100 %, không chậm, không vượt mức" button and the proposal preset that "Tiếp theo" stores. Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createDemoMeeting, fillPreparation, must, reviewCollective, takeAttendance, type DemoCell } from '../support/meeting-fixture';
import type { TempCore } from '../support/temp-core';
import { renderApp } from './journeys';
import { demoCore, enterMeeting, openMeetingPage, problems, saved, stepShown, warnings } from './meeting-support';
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

    // The two group boxes are the default; the per-criterion table opens on demand.
    expect(screen.queryAllByLabelText(/^Điểm tự chấm:/)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Chấm chi tiết từng tiêu chí' }));
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
  it('scores by the two group totals, fills the task figures in one click and confirms the preset proposal with "Tiếp theo"', async () => {
    const { id } = await createDemoMeeting(cell);
    await fillPreparation(cell, id);
    await takeAttendance(cell, id);
    await reviewCollective(cell, id);
    const { user } = renderApp(tc.client);
    await openMeetingPage(user);
    await enterMeeting(user, 'Tiếp tục hội nghị');
    await stepShown(/^Bước 4 \/ 22 — Kiểm điểm đảng viên: Nguyễn Văn Hùng/);
    const hung = cell.ids.hung!;
    // The to-do list names everything missing: both group totals and the three task figures.
    expect(problems()).toEqual([
      'Tự chấm điểm: Chưa nhập điểm nhóm tiêu chí chung (…/30) và điểm nhóm tiêu chí về kết quả thực hiện nhiệm vụ (…/70).',
      'Chưa nhập kết quả thực hiện nhiệm vụ: tỷ lệ nhiệm vụ hoàn thành, tỷ lệ nhiệm vụ chậm tiến độ, tỷ lệ nhiệm vụ vượt mức.',
      'Chưa chọn mức chi ủy đề xuất xếp loại.',
    ]);
    expect(screen.getByText(/^Điểm được dùng:/).textContent).toContain('điểm hai nhóm tiêu chí');

    // A total above the group's maximum is refused with the core's message, and nothing is stored.
    const common = screen.getByLabelText('Nhóm tiêu chí chung (tối đa 30 điểm)');
    await user.type(common, '31');
    await user.tab();
    await waitFor(() => expect(document.querySelector('.mtg-save')?.textContent).toMatch(/^Chưa lưu được — /));
    expect(screen.getByText('Điểm nhóm tiêu chí chung (31) vượt quá 30 điểm, mức tối đa của nhóm.')).toBeTruthy();
    await retype(user, common, '25,5');
    await user.type(screen.getByLabelText('Nhóm tiêu chí về kết quả thực hiện nhiệm vụ (tối đa 70 điểm)'), '56');
    await user.tab();
    await saved();
    expect(within(screen.getByRole('region', { name: /^Tự chấm điểm/ })).getByText('81,5/100')).toBeTruthy();

    // One click: done 100 %, late 0 %, exceeded 0 % (one save of the three figures).
    await user.click(screen.getByRole('button', { name: 'Hoàn thành 100 %, không chậm, không vượt mức' }));
    await saved();
    await waitFor(() => expect((screen.getByLabelText('Tỷ lệ nhiệm vụ hoàn thành') as HTMLInputElement).value).toBe('100'));
    expect((screen.getByLabelText('Tỷ lệ nhiệm vụ chậm tiến độ') as HTMLInputElement).value).toBe('0');
    expect((screen.getByLabelText('Tỷ lệ nhiệm vụ vượt mức') as HTMLInputElement).value).toBe('0');

    // The computed level is preselected as the proposal, with a note; nothing is stored yet.
    const computed = () => screen.getByRole('region', { name: 'Mức xếp loại tính theo quy định' });
    await waitFor(() => expect(within(computed()).getByText('Hoàn thành tốt nhiệm vụ')).toBeTruthy());
    expect(within(computed()).getByText(/Điểm: 25,5\/30 \+ 56\/70 =/).textContent).toContain('(điểm hai nhóm tiêu chí)');
    const proposal = screen.getByLabelText(/^Chi ủy đề xuất xếp loại/) as HTMLSelectElement;
    expect(proposal.value).toBe('HTT');
    expect(screen.getByRole('note').textContent).toContain('Chi ủy đề xuất theo mức tính được (Hoàn thành tốt nhiệm vụ); chọn mức khác nếu chi ủy đề xuất khác.');
    expect(problems()).toEqual([]);
    expect(document.querySelector('.mtg-complete')?.textContent).toBe('✓ Bước này đã đủ. Bấm “Tiếp theo” để ghi mức đề xuất “Hoàn thành tốt nhiệm vụ” (mức tính được) và sang bước sau.');
    let stored = must(await tc.client.call('meeting.get', { meetingId: id }));
    expect(stored.members.find((m) => m.memberId === hung)!.subject!.review.proposedLevel).toBeNull();
    expect(warnings()).toEqual([]);

    // "Tiếp theo" stores the shown proposal and moves on.
    await user.click(screen.getByRole('button', { name: /^Tiếp theo/ }));
    await stepShown(/^Bước 5 \/ 22 — /);
    stored = must(await tc.client.call('meeting.get', { meetingId: id }));
    const review = stored.members.find((m) => m.memberId === hung)!.subject!.review;
    expect(review).toMatchObject({ proposedLevel: 'HTT', groupScores: { common: 25.5, tasks: 56 }, tasks: { donePct: 100, latePct: 0, exceededPct: 0 }, scores: {} });
  });
});

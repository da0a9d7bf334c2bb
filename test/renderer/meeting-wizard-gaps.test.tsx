// Hội nghị kiểm điểm — the wizard's remaining UX points (issue 4) through the real UI on a real core:
// going back keeps "Về bước đang làm" (also after a restart) with the step list showing what an earlier
// change undid; the finalized banner gets the focus at the top; the chi bộ's HTXS condition "bị kỷ luật"
// sits with the conditions, not with the disqualifiers; the approval time of the minutes is shown,
// editable and stated in the minutes; a new remediation item keeps its id while it is typed; and the
// name of the person using the computer is asked once and written to the audit log. Layer: test.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import {
  adoptRemediation,
  approveDemoMinutes,
  createDemoMeeting,
  DEMO_NOW,
  fillPreparation,
  finalizeDemoMeeting,
  must,
  reviewCollective,
  reviewMembers,
  takeAttendance,
  voteCollective,
  voteMembers,
  type DemoCell,
} from '../support/meeting-fixture';
import { openTempCore, type TempCore } from '../support/temp-core';
import { goTo, renderApp } from './journeys';
import { demoCore, enterMeeting, openMeetingPage, problems, saved, stepShown } from './meeting-support';

const stepList = () => screen.getByRole('navigation', { name: 'Các bước của hội nghị' });
const stepButton = (pattern: RegExp) => within(stepList()).getByRole('button', { name: pattern });

describe('meeting wizard: remaining UX points', () => {
  let tc: TempCore | undefined;
  let cell: DemoCell;
  afterEach(() => {
    vi.restoreAllMocks();
    tc?.cleanup();
    tc = undefined;
  });

  async function meetingUpTo(stages: ((cell: DemoCell, id: string) => Promise<unknown>)[]): Promise<string> {
    ({ tc, cell } = await demoCore());
    const { id } = await createDemoMeeting(cell);
    for (const stage of stages) await stage(cell, id);
    return id;
  }

  it('goes back to an earlier step and returns to the furthest step, also after a restart; the list shows what an earlier change undid', async () => {
    const id = await meetingUpTo([fillPreparation, takeAttendance, reviewCollective, reviewMembers]);
    const first = renderApp(tc!.client);
    await openMeetingPage(first.user);
    await enterMeeting(first.user, 'Tiếp tục hội nghị');
    await stepShown('Biểu quyết xếp loại đảng viên');
    expect(screen.queryByRole('button', { name: /^Về bước đang làm/ })).toBeNull();

    await first.user.click(stepButton(/^2\. Điểm danh, khai mạc/));
    await stepShown('Điểm danh, khai mạc');
    expect(screen.getByRole('button', { name: 'Về bước đang làm (bước 18): Biểu quyết xếp loại đảng viên' })).toBeTruthy();
    expect(screen.getByText(/^Đang xem lại bước 2\. Hội nghị đã làm đến bước 18: “Biểu quyết xếp loại đảng viên”/)).toBeTruthy();
    expect(stepButton(/^18\. Biểu quyết xếp loại đảng viên/).textContent).toContain('— đang làm');
    expect(must(await tc!.client.call('meeting.get', { meetingId: id }))).toMatchObject({ currentStep: 'attendance', furthestStep: 'votes' });

    // An earlier answer changes: Hùng is absent with a reason not yet written.
    await first.user.click(within(screen.getByRole('group', { name: /^Nguyễn Văn Hùng/ })).getByRole('radio', { name: 'Vắng có lý do' }));
    await saved();
    await waitFor(() => expect(problems().some((p) => p.startsWith('Chưa ghi lý do vắng của: Nguyễn Văn Hùng'))).toBe(true));
    await first.user.click(stepButton(/^1\. Chuẩn bị hội nghị/));
    await stepShown('Chuẩn bị hội nghị');
    expect(stepButton(/^2\. Điểm danh, khai mạc/).textContent).toContain('— chưa xong');

    // Power cut; the wizard opens again where the user was, and still knows the furthest step.
    first.unmount();
    const dir = tc!.dir;
    tc!.core.close();
    tc = openTempCore({ now: DEMO_NOW }, dir);
    const second = renderApp(tc.client);
    await openMeetingPage(second.user);
    await enterMeeting(second.user, 'Tiếp tục hội nghị');
    await stepShown('Chuẩn bị hội nghị');

    // The way back is refused while the attendance is incomplete, saying why.
    await second.user.click(screen.getByRole('button', { name: /^Về bước đang làm \(bước 18\)/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/bước 2\/22 "Điểm danh, khai mạc" chưa xong — Chưa ghi lý do vắng của: Nguyễn Văn Hùng/);
    await stepShown('Chuẩn bị hội nghị');
    await second.user.click(stepButton(/^2\. Điểm danh, khai mạc/));
    await stepShown('Điểm danh, khai mạc');
    await second.user.click(within(screen.getByRole('group', { name: /^Nguyễn Văn Hùng/ })).getByRole('radio', { name: 'Có mặt' }));
    await saved();
    await second.user.click(screen.getByRole('button', { name: /^Về bước đang làm \(bước 18\)/ }));
    await stepShown('Biểu quyết xếp loại đảng viên');
    expect(screen.queryByRole('button', { name: /^Về bước đang làm/ })).toBeNull();
  });

  it('puts the focus on the "Đã kết thúc" banner at the top right after finalizing', async () => {
    await meetingUpTo([fillPreparation, takeAttendance, reviewCollective, reviewMembers, voteMembers, voteCollective, adoptRemediation, approveDemoMinutes]);
    const { user } = renderApp(tc!.client);
    await openMeetingPage(user);
    await enterMeeting(user, 'Tiếp tục hội nghị');
    await stepShown('Hoàn tất hội nghị');
    const scrolls = vi.spyOn(Element.prototype, 'scrollTo');
    await user.click(screen.getByRole('button', { name: 'Hoàn tất hội nghị…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hoàn tất hội nghị?' });
    scrolls.mockClear();
    await user.click(within(dialog).getByRole('button', { name: 'Hoàn tất và khóa biên bản' }));
    const banner = await screen.findByRole('region', { name: 'Hội nghị đã kết thúc' });
    await waitFor(() => expect(document.activeElement).toBe(banner));
    expect(scrolls.mock.contexts.some((el) => (el as Element).classList.contains('page'))).toBe(true);
    expect(scrolls.mock.calls).toContainEqual([{ top: 0 }]);
  });

  it('asks the chi bộ’s "disciplined" condition with the HTXS conditions, not with the disqualifiers', async () => {
    const id = await meetingUpTo([fillPreparation, takeAttendance]);
    const { user } = renderApp(tc!.client);
    await openMeetingPage(user);
    await enterMeeting(user, 'Tiếp tục hội nghị');
    await stepShown(/^Bước 3 \/ 22 — Kiểm điểm tập thể chi bộ/);
    const conditions = screen.getByRole('region', { name: 'Điều kiện để chi bộ được xếp loại “Hoàn thành xuất sắc nhiệm vụ”' });
    const box = within(conditions).getByRole('checkbox', { name: 'Trong năm có tổ chức đảng trực thuộc hoặc đồng chí trong chi ủy bị kỷ luật' });
    const disqualifiers = screen.getByRole('group', { name: 'Trường hợp bị xếp loại “Không hoàn thành nhiệm vụ”' });
    expect(within(disqualifiers).queryByRole('checkbox', { name: /chi ủy bị kỷ luật/ })).toBeNull();
    expect(disqualifiers.contains(box)).toBe(false);
    await user.click(box);
    await saved();
    expect(must(await tc!.client.call('meeting.get', { meetingId: id })).collective.review.disciplinedMember).toBe(true);
  });

  it('shows the approval time of the minutes, lets the secretary correct it, and states it in the minutes', async () => {
    const id = await meetingUpTo([fillPreparation, takeAttendance, reviewCollective, reviewMembers, voteMembers, voteCollective, adoptRemediation]);
    const { user } = renderApp(tc!.client);
    await openMeetingPage(user);
    await enterMeeting(user, 'Tiếp tục hội nghị');
    await stepShown('Thông qua biên bản');
    const time = screen.getByLabelText('Giờ thông qua biên bản') as HTMLInputElement;
    const date = screen.getByLabelText('Ngày thông qua biên bản') as HTMLInputElement;
    expect(time.value).toMatch(/^\d\d:\d\d$/);
    expect(date.value).toMatch(/^\d\d\/\d\d\/\d{4}$/);

    // A time that cannot be read is refused next to the box; nothing is approved.
    await user.clear(time);
    await user.type(time, '25 giờ');
    await user.click(screen.getByRole('button', { name: 'Hội nghị đã thông qua biên bản' }));
    expect(await screen.findByText('Giờ thông qua biên bản: giờ không đọc được; hãy nhập giờ:phút, ví dụ 11:15.')).toBeTruthy();
    expect(must(await tc!.client.call('meeting.get', { meetingId: id })).minutesApproval.approved).toBe(false);

    await user.clear(time);
    await user.type(time, '11:10');
    await user.clear(date);
    await user.type(date, '08/12/2026');
    await user.click(screen.getByRole('button', { name: 'Hội nghị đã thông qua biên bản' }));
    await screen.findByText('✓ Hội nghị đã thông qua biên bản lúc 11:10 ngày 08/12/2026.');
    expect(must(await tc!.client.call('meeting.get', { meetingId: id })).minutesApproval).toEqual({ approved: true, at: '2026-12-08T11:10', stale: false });
    const minutes = screen.getByRole('region', { name: 'Biên bản hội nghị' });
    await waitFor(() => expect(minutes.textContent).toContain('thông qua tại hội nghị lúc 11:10 ngày 08/12/2026.'));

    // Corrected afterwards: the approval stands, with the new time.
    const timeAgain = screen.getByLabelText('Giờ thông qua biên bản') as HTMLInputElement;
    expect(timeAgain.value).toBe('11:10');
    await user.clear(timeAgain);
    await user.type(timeAgain, '11:12');
    await user.click(screen.getByRole('button', { name: 'Lưu giờ, ngày thông qua' }));
    await screen.findByText('✓ Hội nghị đã thông qua biên bản lúc 11:12 ngày 08/12/2026.');
    expect(must(await tc!.client.call('meeting.get', { meetingId: id })).minutesApproval.at).toBe('2026-12-08T11:12');
  });

  it('keeps the id of a new remediation item while it is typed and saved again', async () => {
    const id = await meetingUpTo([fillPreparation, takeAttendance, reviewCollective, reviewMembers, voteMembers, voteCollective]);
    const { user } = renderApp(tc!.client);
    await openMeetingPage(user);
    await enterMeeting(user, 'Tiếp tục hội nghị');
    await stepShown('Kế hoạch khắc phục hạn chế, khuyết điểm');
    const plan = screen.getByRole('region', { name: 'Kế hoạch khắc phục của chi bộ' });
    await user.click(within(plan).getByRole('button', { name: '+ Thêm mục khắc phục' }));
    const content = within(plan).getByLabelText('Mục 1: hạn chế, khuyết điểm cần khắc phục');
    await user.type(content, 'Sinh hoạt chi bộ');
    await saved();
    const items = async () => must(await tc!.client.call('meeting.get', { meetingId: id })).collective.remediation;
    const [item] = await items();
    expect(item!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Still in the same box: more text, saved again, the same item.
    await user.type(content, ' có lúc chưa cao');
    await user.type(within(plan).getByLabelText('Biện pháp khắc phục'), 'Sinh hoạt chuyên đề hằng quý');
    await user.tab();
    await saved();
    await waitFor(async () => expect(await items()).toEqual([expect.objectContaining({ id: item!.id, content: 'Sinh hoạt chi bộ có lúc chưa cao', measure: 'Sinh hoạt chuyên đề hằng quý' })]));
  });

  it('asks once who is using the computer and writes that name to the audit log', async () => {
    const id = await meetingUpTo([fillPreparation, takeAttendance, reviewCollective, reviewMembers, voteMembers, voteCollective, adoptRemediation, approveDemoMinutes]);
    await finalizeDemoMeeting(cell, id);
    const { user } = renderApp(tc!.client);
    await openMeetingPage(user);
    await enterMeeting(user, 'Xem hội nghị');
    await user.click(await screen.findByRole('button', { name: 'Mở lại hội nghị…' }));
    let reopen = await screen.findByRole('dialog', { name: 'Mở lại hội nghị đã hoàn tất' });
    await user.type(within(reopen).getByLabelText(/^Lý do mở lại/), 'Ghi nhầm số phiếu của đồng chí Hà');
    await user.type(within(reopen).getByLabelText(/^Đồng chí đang dùng máy là ai\?/), 'Nguyễn Văn A — Văn phòng Đảng ủy');
    await user.click(within(reopen).getByRole('button', { name: 'Mở lại hội nghị' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect(must(await tc!.client.call('app.info')).settings.operatorName).toBe('Nguyễn Văn A — Văn phòng Đảng ủy');
    const entry = must(await tc!.client.call('audit.list', { entityId: id })).at(-1)!;
    expect(entry).toMatchObject({ field: 'status', newValue: 'in-progress', reason: 'Ghi nhầm số phiếu của đồng chí Hà', actor: 'Nguyễn Văn A — Văn phòng Đảng ủy' });
    expect(JSON.parse(entry.oldValue!)).toMatchObject({ status: 'finalized' });

    // Not asked again: finalizing names the same person.
    await user.click(stepButton(/^22\. Hoàn tất hội nghị/));
    await stepShown('Hoàn tất hội nghị');
    await user.click(screen.getByRole('button', { name: 'Hoàn tất hội nghị…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hoàn tất hội nghị?' });
    expect(within(dialog).queryByLabelText(/^Đồng chí đang dùng máy là ai\?/)).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Hoàn tất và khóa biên bản' }));
    const banner = await screen.findByRole('region', { name: 'Hội nghị đã kết thúc' });
    expect(banner.textContent).toContain('người thực hiện: Nguyễn Văn A — Văn phòng Đảng ủy');

    // Shown and changed in Cài đặt.
    await goTo(user, 'Cài đặt');
    const field = screen.getByLabelText(/^Họ tên và đơn vị của người đang dùng máy này/) as HTMLInputElement;
    expect(field.value).toBe('Nguyễn Văn A — Văn phòng Đảng ủy');
    await user.clear(field);
    await user.type(field, 'Trần Thị B — Văn phòng Đảng ủy');
    await user.click(screen.getByRole('button', { name: 'Lưu tên người sử dụng' }));
    await waitFor(async () => expect(must(await tc!.client.call('app.info')).settings.operatorName).toBe('Trần Thị B — Văn phòng Đảng ủy'));
    reopen = await (async () => {
      // The meeting is still open in the wizard.
      await user.click(within(screen.getByRole('navigation', { name: 'Chức năng chính' })).getByRole('button', { name: 'Hội nghị kiểm điểm' }));
      await user.click(await screen.findByRole('button', { name: 'Mở lại hội nghị…' }));
      return screen.findByRole('dialog', { name: 'Mở lại hội nghị đã hoàn tất' });
    })();
    expect(within(reopen).queryByLabelText(/^Đồng chí đang dùng máy là ai\?/)).toBeNull();
  });
});

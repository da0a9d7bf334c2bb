// "Thẩm định và quyết định" through the real UI and a real core: the demo chi bộ's rule gap and its
// excess HTXS are shown with the exact quota figures; a proposal is not shown as decided; a refused lock
// says in one sentence how many items of the list remain and takes the focus there; a level different
// from the proposal without a reason is refused next to the field; lowering the excess HTXS from its quota
// group says which group and what lowering gives, with the reason filled in; confirmations show in the
// status bar below the page (role="status"), not over it; the lock then succeeds and the recognition is
// shown with its counts. Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { unwrap } from '../support/temp-core';
import { renderApp } from './journeys';
import { decisionWorld, openDecisionPage, type DecisionWorld, typeDecisionNo } from './decision-support';
import { errorOf, retype } from './review-support';

let w: DecisionWorld;
beforeEach(async () => {
  w = await decisionWorld();
});
afterEach(() => w.tc.cleanup());

const quotaLineText = () => screen.getByRole('group', { name: 'Đảng viên thuộc Chi bộ thôn Đông Hòa' }).querySelector('.quota-line')!.textContent;
const attention = () => screen.getByRole('heading', { name: /^Cần Đảng ủy xem xét/ }).closest('section')!;

describe('verification and decision', () => {
  it('shows the rule gap, the exact quota figures, proposals as not yet decided, and refuses the lock with one sentence pointing to the list', async () => {
    const { user } = renderApp(w.tc.client);
    await openDecisionPage(user, 'Thẩm định và quyết định');
    await screen.findByRole('heading', { name: 'Cần Đảng ủy xem xét (2)' });

    const hoa = within(attention()).getByRole('listitem', { name: 'Bùi Thị Hoa' });
    expect(hoa.textContent).toContain('Chưa quyết định');
    const gap = unwrap(await w.tc.client.call('decision.get', { year: 2026 })).subjects.find((s) => s.memberId === w.cell.ids.hoa)!.issues[0]!.message;
    expect(hoa.textContent).toContain(gap);
    const ha = within(attention()).getByRole('listitem', { name: 'Phạm Thị Hà' });
    expect(ha.textContent).toContain('Vượt tỷ lệ HTXS');

    const quota = screen.getByRole('group', { name: 'Đảng viên thuộc Chi bộ thôn Đông Hòa' });
    expect(quota.querySelector('.quota-line')!.textContent).toBe('Được tối đa 1 HTXS (20 % của 9 HTT); đang có 2 — vượt 1: phải hạ 1 trường hợp mới khóa được.');
    const ranked = within(within(quota).getByRole('list')).getAllByRole('listitem');
    expect(ranked[0]!.textContent).toContain('Nguyễn Văn Hùng');
    expect(ranked[0]!.textContent).not.toContain('Vượt tỷ lệ');
    expect(ranked[1]!.textContent).toContain('Phạm Thị Hà');
    expect(ranked[1]!.textContent).toContain('Vượt tỷ lệ');

    // Every proposal: 14 reviewed members and the collective, with the computed level's reasons.
    const table = screen.getByRole('table', { name: 'Chi bộ thôn Đông Hòa' });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(15);
    const hoaRow = within(table).getByRole('rowheader', { name: /^Bùi Thị Hoa/ }).closest('tr')!;
    expect(hoaRow.textContent).toContain('Quy định chưa có mức');
    expect(hoaRow.textContent).toContain('Chưa quyết định');
    // A proposal without any issue is not shown as decided: the Đảng ủy column says it is not decided yet,
    // with the proposal the lock would take greyed beside it.
    const lanCell = within(table).getByRole('rowheader', { name: /^Trần Thị Lan/ }).closest('tr')!.querySelector('.decision-cell')!;
    expect(lanCell.textContent).toBe('Chưa quyết địnhKhi khóa sẽ công nhận theo đề nghị: Hoàn thành tốt nhiệm vụ');
    expect(lanCell.querySelector('.level-htt')).toBeNull();

    const blockers = screen.getByText('Chưa thể khóa quyết định vì:').closest('div')!;
    expect(within(blockers).getAllByRole('listitem')).toHaveLength(2);

    await typeDecisionNo(user, screen.getByLabelText(/^Số quyết định/), '15-QĐ/ĐU');
    await user.type(screen.getByLabelText(/^Ngày quyết định/), '22/12/2026');
    await user.click(screen.getByRole('button', { name: 'Khóa quyết định công nhận' }));
    // One short sentence pointing to the list (not the list again), and the focus on the list.
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Chưa khóa được: còn 2 việc phải xử lý ở danh sách trên.');
    await waitFor(() => expect(document.activeElement).toBe(blockers));
    expect(unwrap(await w.tc.client.call('decision.get', { year: 2026 })).recognitions).toHaveLength(0);
  });

  it('decides the rule gap, lowers the excess HTXS with a reason, then locks and shows the recognition', async () => {
    const { user } = renderApp(w.tc.client);
    await openDecisionPage(user, 'Thẩm định và quyết định');
    await screen.findByRole('heading', { name: 'Cần Đảng ủy xem xét (2)' });

    // The rule gap: the Đảng ủy takes the chi bộ's proposal (no reason needed).
    await user.click(screen.getByRole('button', { name: 'Quyết định mức xếp loại: Bùi Thị Hoa' }));
    let dialog = await screen.findByRole('dialog', { name: 'Quyết định mức xếp loại: Bùi Thị Hoa' });
    expect((within(dialog).getByLabelText(/^Mức Đảng ủy quyết định/) as HTMLSelectElement).value).toBe('HTNV');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu quyết định' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await screen.findByRole('heading', { name: 'Cần Đảng ủy xem xét (1)' });
    const hoaCell = screen.getByRole('rowheader', { name: /^Bùi Thị Hoa/ }).closest('tr')!.querySelector('.decision-cell')!;
    expect(hoaCell.textContent).toBe('Hoàn thành nhiệm vụĐảng ủy đã quyết định');

    // The excess HTXS: lowering without a reason is refused by the core, next to the reason field.
    await user.click(screen.getByRole('button', { name: 'Quyết định mức xếp loại: Phạm Thị Hà' }));
    dialog = await screen.findByRole('dialog', { name: 'Quyết định mức xếp loại: Phạm Thị Hà' });
    await user.selectOptions(within(dialog).getByLabelText(/^Mức Đảng ủy quyết định/), 'HTT');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu quyết định' }));
    const reason = within(dialog).getByLabelText(/^Lý do/);
    await waitFor(() =>
      expect(errorOf(reason)).toBe('Mức quyết định "Hoàn thành tốt nhiệm vụ" khác mức chi bộ đề nghị ("Hoàn thành xuất sắc nhiệm vụ"): phải ghi lý do.'),
    );
    expect(document.activeElement).toBe(reason);
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));

    // The one-click way from the quota group: HTT, the group's figures before and after, the reason filled in.
    await user.click(screen.getByRole('button', { name: 'Hạ Phạm Thị Hà xuống Hoàn thành tốt nhiệm vụ' }));
    dialog = await screen.findByRole('dialog', { name: 'Quyết định mức xếp loại: Phạm Thị Hà' });
    expect((within(dialog).getByLabelText(/^Mức Đảng ủy quyết định/) as HTMLSelectElement).value).toBe('HTT');
    const note = within(dialog).getByRole('note', { name: 'Tỷ lệ Hoàn thành xuất sắc nhiệm vụ' });
    expect(note.textContent).toBe(
      'Vượt tỷ lệ “Hoàn thành xuất sắc nhiệm vụ” — nhóm Đảng viên thuộc Chi bộ thôn Đông Hòa: Được tối đa 1 HTXS (20 % của 9 HTT); đang có 2.' +
        'Nếu hạ Phạm Thị Hà xuống “Hoàn thành tốt nhiệm vụ”: được tối đa 2 HTXS (20 % của 10 HTT); đang có 1 — đúng tỷ lệ.',
    );
    const prefilled = within(dialog).getByLabelText(/^Lý do/) as HTMLTextAreaElement;
    expect(prefilled.value).toBe('Vượt tỷ lệ HTXS của nhóm đảng viên thuộc Chi bộ thôn Đông Hòa (tối đa 1).');
    await retype(user, prefilled, 'Vượt tỷ lệ HTXS của nhóm (tối đa 1), xếp sau đồng chí Hùng');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu quyết định' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // The confirmation is announced (role="status") in the bar below the page, not over the content.
    await waitFor(() => expect(screen.getAllByRole('status').map((n) => n.textContent)).toContain('Đã quyết định mức “Hoàn thành tốt nhiệm vụ” cho đồng chí Phạm Thị Hà.Đóng'));
    const status = screen.getAllByRole('status').find((n) => n.textContent!.includes('Phạm Thị Hà'))!;
    const bar = status.closest('.notices-docked')!;
    expect(bar).toBeTruthy();
    expect(status.closest('main')).toBeNull();
    expect(bar.previousElementSibling!.className).toBe('layout-body');

    await screen.findByText('Đã đủ điều kiện khóa quyết định công nhận.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Đã quyết định, chờ khóa (2)' })).toBeTruthy();
    // Lowering made one more HTT, so the allowed number went up too: the line is recomputed.
    expect(quotaLineText()).toBe('Được tối đa 2 HTXS (20 % của 10 HTT); đang có 1 — đúng tỷ lệ.');
    const haRow = screen.getByRole('rowheader', { name: /^Phạm Thị Hà/ }).closest('tr')!;
    expect(haRow.textContent).toContain('Lý do: Vượt tỷ lệ HTXS của nhóm (tối đa 1), xếp sau đồng chí Hùng');

    await typeDecisionNo(user, screen.getByLabelText(/^Số quyết định/), '15-QĐ/ĐU');
    await user.type(screen.getByLabelText(/^Ngày quyết định/), '22/12/2026');
    await user.click(screen.getByRole('button', { name: 'Khóa quyết định công nhận' }));

    const record = await screen.findByRole('article', { name: 'Quyết định số 15-QĐ/ĐU ngày 22/12/2026' });
    await waitFor(() => expect(within(record).getByRole('table', { name: 'Số lượng theo mức xếp loại' })).toBeTruthy());
    const counts = within(record).getByRole('table', { name: 'Số lượng theo mức xếp loại' });
    expect(within(counts).getByRole('rowheader', { name: 'Đảng viên' }).closest('tr')!.textContent).toBe('Đảng viên11021');
    expect(within(counts).getByRole('rowheader', { name: 'Chi bộ' }).closest('tr')!.textContent).toBe('Chi bộ0100');
    expect(record.textContent).toContain('Danh sách được công nhận (15)');
    expect(within(record).getByText(/^Công nhận/).textContent).toBe(
      'Công nhận 14 đảng viên (HTXS: 1, HTT: 10, HTNV: 2, KHTNV: 1) và 1 chi bộ (HTXS: 0, HTT: 1, HTNV: 0, KHTNV: 0).',
    );
    expect(haRow.isConnected ? haRow.textContent : screen.getByRole('rowheader', { name: /^Phạm Thị Hà/ }).closest('tr')!.textContent).toContain('Đã công nhận');
    expect(screen.getByText(/^Mọi kết quả của toàn Đảng bộ xã đã được công nhận/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Khóa quyết định công nhận' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Cần Đảng ủy xem xét (0)' })).toBeTruthy();
  });
});

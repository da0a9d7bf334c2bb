// "Thẩm định và quyết định" through the real UI and a real core: the demo chi bộ's rule gap and its
// excess HTXS are shown; locking is refused with the core's message; a level different from the
// proposal without a reason is refused next to the field; deciding the rule gap and lowering the excess
// HTXS with a reason clears the blockers; the lock then succeeds and the recognition record is shown.
// Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { unwrap } from '../support/temp-core';
import { renderApp } from './journeys';
import { decisionWorld, openDecisionPage, type DecisionWorld } from './decision-support';
import { errorOf, retype } from './review-support';

let w: DecisionWorld;
beforeEach(async () => {
  w = await decisionWorld();
});
afterEach(() => w.tc.cleanup());

const attention = () => screen.getByRole('heading', { name: /^Cần Đảng ủy xem xét/ }).closest('section')!;

describe('verification and decision', () => {
  it('shows the rule gap, the quota violation and the blockers, and refuses the lock with the core’s message', async () => {
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
    expect(within(quota).getByText('HTXS: 2 / tối đa 1 (20% của 9 HTT) — vượt 1')).toBeTruthy();
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

    const blockers = screen.getByText('Chưa thể khóa quyết định vì:').closest('div')!;
    expect(within(blockers).getAllByRole('listitem')).toHaveLength(2);

    await user.type(screen.getByLabelText(/^Số quyết định/), '15-QĐ/ĐU');
    await user.type(screen.getByLabelText(/^Ngày quyết định/), '22/12/2026');
    await user.click(screen.getByRole('button', { name: 'Khóa quyết định công nhận' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Chưa ban hành được quyết định công nhận: \(1\) Chưa quyết định mức xếp loại của đồng chí Bùi Thị Hoa/);
    expect(alert.textContent).toContain('vượt tỷ lệ: Phạm Thị Hà');
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

    // The one-click way from the quota group: HTT with the quota reason filled in.
    await user.click(screen.getByRole('button', { name: 'Hạ Phạm Thị Hà xuống Hoàn thành tốt nhiệm vụ' }));
    dialog = await screen.findByRole('dialog', { name: 'Quyết định mức xếp loại: Phạm Thị Hà' });
    expect((within(dialog).getByLabelText(/^Mức Đảng ủy quyết định/) as HTMLSelectElement).value).toBe('HTT');
    await retype(user, within(dialog).getByLabelText(/^Lý do/), 'Vượt tỷ lệ 20% số đảng viên hoàn thành tốt nhiệm vụ');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu quyết định' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await screen.findByText('Đã đủ điều kiện khóa quyết định công nhận.');
    expect(screen.getByRole('heading', { name: 'Đã quyết định, chờ khóa (2)' })).toBeTruthy();
    expect(screen.getByText('HTXS: 1 / tối đa 2 (20% của 10 HTT) — trong giới hạn')).toBeTruthy();
    const haRow = screen.getByRole('rowheader', { name: /^Phạm Thị Hà/ }).closest('tr')!;
    expect(haRow.textContent).toContain('Lý do: Vượt tỷ lệ 20% số đảng viên hoàn thành tốt nhiệm vụ');

    await user.type(screen.getByLabelText(/^Số quyết định/), '15-QĐ/ĐU');
    await user.type(screen.getByLabelText(/^Ngày quyết định/), '22/12/2026');
    await user.click(screen.getByRole('button', { name: 'Khóa quyết định công nhận' }));

    const record = await screen.findByRole('article', { name: 'Quyết định số 15-QĐ/ĐU ngày 22/12/2026' });
    await waitFor(() => expect(within(record).getByRole('table', { name: 'Số lượng theo mức xếp loại' })).toBeTruthy());
    const counts = within(record).getByRole('table', { name: 'Số lượng theo mức xếp loại' });
    expect(within(counts).getByRole('rowheader', { name: 'Đảng viên' }).closest('tr')!.textContent).toBe('Đảng viên11021');
    expect(within(counts).getByRole('rowheader', { name: 'Chi bộ' }).closest('tr')!.textContent).toBe('Chi bộ0100');
    expect(record.textContent).toContain('Danh sách được công nhận (15)');
    expect(screen.getByText(/^Mọi kết quả của toàn Đảng bộ xã đã được công nhận/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Khóa quyết định công nhận' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Cần Đảng ủy xem xét (0)' })).toBeTruthy();
  });
});

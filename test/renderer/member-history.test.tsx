// A member's record: status changes and transfers appear in the history; discipline and awards
// are recorded; the core's refusals are shown in the dialog. Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import { factValue, goTo, memberInput, openMember, renderApp, seedCommune, visibleMemberNames } from './journeys';

describe('member record', () => {
  let tc: TempCore;
  beforeEach(() => {
    tc = openTempCore();
  });
  afterEach(() => tc.cleanup());

  async function openRecord() {
    const units = await seedCommune(tc.client);
    unwrap(await tc.client.call('member.create', memberInput('Trần Văn An', units.east.id)));
    const app = renderApp(tc.client);
    await screen.findByRole('heading', { name: 'Tổng quan', level: 1 });
    await goTo(app.user, 'Đảng viên');
    await waitFor(() => expect(visibleMemberNames()).toEqual(['Trần Văn An']));
    await openMember(app.user, 'Trần Văn An');
    return { ...app, units };
  }

  function historyRows(title: string): string[][] {
    const section = screen.getByRole('region', { name: title });
    return within(section)
      .queryAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell').map((c) => c.textContent ?? ''));
  }

  it('status change: temporary attendance needs a place, then shows in the history', async () => {
    const { user } = await openRecord();
    expect(historyRows('Lịch sử trạng thái')).toEqual([['01/01/1996', 'nay', 'Chính thức', '', '']]);
    await user.click(screen.getByRole('button', { name: 'Đổi trạng thái' }));
    const dialog = await screen.findByRole('dialog', { name: 'Đổi trạng thái: Trần Văn An' });
    await user.selectOptions(within(dialog).getByLabelText(/^Trạng thái mới/), 'Sinh hoạt tạm thời nơi khác');
    const from = within(dialog).getByLabelText(/^Từ ngày/);
    await user.clear(from);
    await user.type(from, '2024-03-01');
    await user.click(within(dialog).getByRole('button', { name: 'Đổi trạng thái' }));
    expect(document.getElementById('status-place-error')?.textContent).toBe('Hãy ghi nơi sinh hoạt tạm thời.');
    expect(document.activeElement).toBe(within(dialog).getByLabelText(/^Nơi sinh hoạt tạm thời/));
    await user.type(within(dialog).getByLabelText(/^Nơi sinh hoạt tạm thời/), 'Chi bộ Khu phố 3, phường Bến Thành');
    await user.type(within(dialog).getByLabelText(/^Lý do/), 'Đi làm xa');
    await user.click(within(dialog).getByRole('button', { name: 'Đổi trạng thái' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() =>
      expect(historyRows('Lịch sử trạng thái')).toEqual([
        ['01/03/2024', 'nay', 'Sinh hoạt tạm thời nơi khác', 'Chi bộ Khu phố 3, phường Bến Thành', 'Đi làm xa'],
        ['01/01/1996', '29/02/2024', 'Chính thức', '', ''],
      ]),
    );
    expect(factValue('Trạng thái')).toBe('Sinh hoạt tạm thời nơi khác');
  });

  it('a status change the core refuses shows its message in the dialog', async () => {
    const { user } = await openRecord();
    await user.click(screen.getByRole('button', { name: 'Đổi trạng thái' }));
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(within(dialog).getByLabelText(/^Trạng thái mới/), 'Miễn công tác và sinh hoạt đảng');
    const from = within(dialog).getByLabelText(/^Từ ngày/);
    await user.clear(from);
    await user.type(from, '1990-01-01');
    await user.type(within(dialog).getByLabelText(/^Lý do/), 'Tuổi cao');
    await user.click(within(dialog).getByRole('button', { name: 'Đổi trạng thái' }));
    await waitFor(() => expect(document.getElementById('status-fromDate-error')?.textContent).toMatch(/^Ngày bắt đầu phải sau|^Ngày bắt đầu không được trước/));
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('transfer to another cell appears in the history and moves the member', async () => {
    const { user } = await openRecord();
    await user.click(screen.getByRole('button', { name: 'Chuyển sinh hoạt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Chuyển sinh hoạt: Trần Văn An' });
    const target = within(dialog).getByLabelText(/^Chuyển đến chi bộ/);
    // Only open cells other than the current one are offered.
    expect(within(target).getAllByRole('option').map((o) => o.textContent)).toEqual(['— Chọn chi bộ —', 'Đảng bộ Trường THCS › Chi bộ tổ Toán']);
    await user.selectOptions(target, 'Đảng bộ Trường THCS › Chi bộ tổ Toán');
    const on = within(dialog).getByLabelText(/^Ngày chuyển/);
    await user.clear(on);
    await user.type(on, '2025-08-15');
    await user.type(within(dialog).getByLabelText(/^Lý do/), 'Chuyển công tác về trường');
    await user.click(within(dialog).getByRole('button', { name: 'Chuyển sinh hoạt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(historyRows('Chuyển sinh hoạt')).toEqual([['15/08/2025', 'Chi bộ thôn Đông', 'Đảng bộ Trường THCS › Chi bộ tổ Toán', 'Chuyển công tác về trường']]));
    expect(factValue('Chi bộ')).toBe('Đảng bộ Trường THCS › Chi bộ tổ Toán');
  });

  it('records discipline and an award', async () => {
    const { user } = await openRecord();
    await user.click(screen.getByRole('button', { name: 'Thêm kỷ luật' }));
    let dialog = await screen.findByRole('dialog', { name: 'Thêm kỷ luật: Trần Văn An' });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu kỷ luật' }));
    expect(document.getElementById('discipline-kind-error')?.textContent).toBe('Hình thức kỷ luật: hãy chọn một mục trong danh sách.');
    await user.selectOptions(within(dialog).getByLabelText(/^Hình thức kỷ luật/), 'Khiển trách');
    await user.type(within(dialog).getByLabelText(/^Ngày quyết định/), '2023-05-10');
    await user.type(within(dialog).getByLabelText(/^Cấp quyết định/), 'Ủy ban Kiểm tra Đảng ủy xã');
    await user.type(within(dialog).getByLabelText(/^Lý do/), 'Vi phạm quy định sinh hoạt');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu kỷ luật' }));
    await waitFor(() => expect(historyRows('Kỷ luật')).toEqual([['10/05/2023', 'Khiển trách', 'Ủy ban Kiểm tra Đảng ủy xã', 'Vi phạm quy định sinh hoạt']]));

    await user.click(screen.getByRole('button', { name: 'Thêm khen thưởng' }));
    dialog = await screen.findByRole('dialog', { name: 'Thêm khen thưởng: Trần Văn An' });
    await user.type(within(dialog).getByLabelText(/^Hình thức khen thưởng/), 'Giấy khen');
    await user.type(within(dialog).getByLabelText(/^Ngày quyết định/), '2024-12-20');
    await user.type(within(dialog).getByLabelText(/^Cấp khen thưởng/), 'Ban Thường vụ Đảng ủy xã{Enter}');
    await waitFor(() => expect(historyRows('Khen thưởng')).toEqual([['20/12/2024', 'Giấy khen', 'Ban Thường vụ Đảng ủy xã', '']]));
  });
});

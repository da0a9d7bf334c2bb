// The review history on a member's record through the real UI and a real core: the level recognized
// by the Đảng ủy with its decision, a past year entered by hand under QĐ 124 (and a refusal for a year
// outside QĐ 132), a QĐ 366 year decided on paper before the app (2025; the open year 2026 is refused),
// and the "5 năm liền HTXS" badge counting it. Layer: test.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { openTempCore, unwrap } from '../support/temp-core';
import { seedDemoCell } from '../support/meeting-fixture';
import { goTo, openMember as openRecord, renderApp, type User } from './journeys';
import { afterMeetings2026, decideAndLock, decisionWorld, type DecisionWorld } from './decision-support';
import { errorOf } from './review-support';

let cleanup: () => void = () => {};
afterEach(() => cleanup());

async function openMember(user: User, fullName: string) {
  await screen.findByRole('heading', { name: 'Tổng quan', level: 1 });
  await goTo(user, 'Đảng viên');
  await waitFor(() => expect(screen.getByRole('grid', { name: 'Danh sách đảng viên' }).textContent).toContain(fullName));
  await openRecord(user, fullName);
  return screen.findByRole('region', { name: 'Kết quả xếp loại qua các năm' });
}

const rowOfYear = (section: HTMLElement, year: number) => within(section).getByRole('rowheader', { name: String(year) }).closest('tr')!;

describe('member review history', () => {
  it('shows the recognized level and a past level entered by hand; refuses a year outside the regulation', async () => {
    const w: DecisionWorld = await decisionWorld();
    cleanup = () => w.tc.cleanup();
    await decideAndLock(w);
    const { user } = renderApp(w.tc.client);
    const section = await openMember(user, 'Phạm Thị Hà');
    await waitFor(() => expect(rowOfYear(section, 2026).textContent).toContain('Hoàn thành tốt nhiệm vụ'));
    expect(rowOfYear(section, 2026).textContent).toContain('Quyết định công nhận');
    expect(rowOfYear(section, 2026).textContent).toContain('Số 15-QĐ/ĐU ngày 22/12/2026');

    await user.click(within(section).getByRole('button', { name: 'Nhập kết quả năm trước' }));
    let dialog = await screen.findByRole('dialog', { name: 'Nhập kết quả năm trước: Phạm Thị Hà' });
    await user.type(within(dialog).getByLabelText(/^Năm/), '2023');
    // The regulation follows the year; choosing the wrong one is refused by the core at the year.
    expect((within(dialog).getByLabelText(/^Quy định áp dụng/) as HTMLSelectElement).value).toBe('QD124-2023');
    await user.selectOptions(within(dialog).getByLabelText(/^Quy định áp dụng/), 'QD132-2018');
    await user.selectOptions(within(dialog).getByLabelText(/^Mức xếp loại/), 'HTXS');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu kết quả' }));
    await waitFor(() =>
      expect(errorOf(within(dialog).getByLabelText(/^Năm/))).toBe('Năm 2023 không thuộc phạm vi áp dụng của QĐ 132-QĐ/TW (2018–2022). Năm 2023 áp dụng QĐ 124-QĐ/TW.'),
    );

    await user.selectOptions(within(dialog).getByLabelText(/^Quy định áp dụng/), 'QD124-2023');
    await user.type(within(dialog).getByLabelText(/^Ghi chú/), 'Theo Quyết định số 09-QĐ/ĐU năm 2023');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu kết quả' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row2023 = rowOfYear(section, 2023);
    expect(row2023.textContent).toContain('Hoàn thành xuất sắc nhiệm vụ');
    expect(row2023.textContent).toContain('Nhập từ hồ sơ giấy');
    expect(row2023.textContent).toContain('QĐ 124-QĐ/TW');
    expect(row2023.textContent).toContain('Theo Quyết định số 09-QĐ/ĐU năm 2023');
    expect(within(section).queryByText(/^5 năm liền/)).toBeNull();

    // QĐ 124: disciplined in the year means KHTNV; the user is told the level stored.
    await user.click(within(section).getByRole('button', { name: 'Nhập kết quả năm trước' }));
    dialog = await screen.findByRole('dialog', { name: 'Nhập kết quả năm trước: Phạm Thị Hà' });
    await user.type(within(dialog).getByLabelText(/^Năm/), '2024');
    await user.selectOptions(within(dialog).getByLabelText(/^Mức xếp loại/), 'HTT');
    await user.click(within(dialog).getByLabelText('Bị kỷ luật trong năm'));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu kết quả' }));
    await screen.findByText(/Theo quy định, mức được ghi là “Không hoàn thành nhiệm vụ”\.$/);
    expect(rowOfYear(section, 2024).textContent).toContain('Không hoàn thành nhiệm vụ');
  });

  it('records a QĐ 366 year decided on paper (2025), refuses the open year 2026, and shows the "5 năm liền HTXS" badge', async () => {
    const tc = openTempCore({ now: afterMeetings2026 });
    cleanup = () => tc.cleanup();
    const cell = await seedDemoCell(tc.client);
    const hung = cell.ids.hung!;
    for (const year of [2021, 2022, 2023, 2024]) {
      unwrap(await tc.client.call('member.recordPastLevel', { memberId: hung, year, level: 'HTXS', ruleSet: year >= 2023 ? 'QD124-2023' : 'QD132-2018' }));
    }
    const { user } = renderApp(tc.client);
    const section = await openMember(user, 'Nguyễn Văn Hùng');
    await waitFor(() => expect(within(section).getAllByRole('row')).toHaveLength(5));
    expect(within(section).queryByText(/^5 năm liền/)).toBeNull();

    await user.click(within(section).getByRole('button', { name: 'Nhập kết quả năm trước' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập kết quả năm trước: Nguyễn Văn Hùng' });
    // 2026 is the year done in the app: refused at the year, nothing stored.
    await user.type(within(dialog).getByLabelText(/^Năm/), '2026');
    expect((within(dialog).getByLabelText(/^Quy định áp dụng/) as HTMLSelectElement).value).toBe('QD366-2025');
    await user.selectOptions(within(dialog).getByLabelText(/^Mức xếp loại/), 'HTXS');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu kết quả' }));
    await waitFor(() => expect(errorOf(within(dialog).getByLabelText(/^Năm/))).toMatch(/^Năm 2026 là đợt kiểm điểm đang làm trong phần mềm/));
    expect(within(section).getAllByRole('row')).toHaveLength(5);

    // 2025 under QĐ 366: no discipline question (the paper level already counts it).
    const yearField = within(dialog).getByLabelText(/^Năm/);
    await user.clear(yearField);
    await user.type(yearField, '2025');
    expect((within(dialog).getByLabelText(/^Quy định áp dụng/) as HTMLSelectElement).value).toBe('QD366-2025');
    expect(within(dialog).queryByLabelText('Bị kỷ luật trong năm')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu kết quả' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row2025 = rowOfYear(section, 2025);
    expect(row2025.textContent).toContain('Hoàn thành xuất sắc nhiệm vụ');
    expect(row2025.textContent).toContain('Nhập từ hồ sơ giấy');
    expect(row2025.textContent).toContain('QĐ 366-QĐ/TW');
    expect((await within(section).findByText(/^5 năm liền/)).textContent).toBe('5 năm liền “Hoàn thành xuất sắc nhiệm vụ” (2021–2025)');
  });
});

// Tổng quan: totals, counts by status and category, the unit table and data-quality hints; a
// unit's name opens the register filtered to it. Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import { memberInput, renderApp, seedCommune, visibleMemberNames } from './journeys';

describe('dashboard', () => {
  let tc: TempCore;
  beforeEach(() => {
    tc = openTempCore();
  });
  afterEach(() => tc.cleanup());

  it('shows counts and opens the register for a unit', async () => {
    const { east, maths } = await seedCommune(tc.client);
    unwrap(await tc.client.call('member.create', memberInput('Trần Văn An', east.id, { citizenId: '001070000001', cardNo: '10000001' })));
    unwrap(await tc.client.call('member.create', memberInput('Nguyễn Thị Bình', maths.id, { gender: 'female', confirmedOn: null, status: 'probationary', category: 'staff' })));
    const { user } = renderApp(tc.client);
    await screen.findByRole('heading', { name: 'Tổng quan', level: 1 });
    const cards = await screen.findByRole('list', { name: 'Số liệu chính' });
    const card = (label: string) => within(cards).getByText(label).parentElement!.querySelector('.stat-value')!.textContent;
    expect(card('Đảng viên đang sinh hoạt')).toBe('2');
    expect(card('Chính thức')).toBe('1');
    expect(card('Dự bị')).toBe('1');
    expect(card('Tổ chức đảng')).toBe('3');
    expect(screen.getByText(/đảng viên thiếu số CCCD/).textContent).toBe('1 đảng viên thiếu số CCCD (số định danh cá nhân).');
    expect(screen.getByText(/đảng viên thiếu số thẻ/).textContent).toBe('1 đảng viên thiếu số thẻ đảng viên.');

    const byCategory = screen.getByRole('table', { name: 'Số đảng viên đang sinh hoạt theo loại' });
    const staffRow = within(byCategory).getByText(/Mẫu 02B/).closest('tr')!;
    expect(staffRow.querySelector('.bar-value')!.textContent).toBe('1 (50%)');

    const unitTable = screen.getByRole('region', { name: 'Theo tổ chức đảng' });
    const schoolRow = within(unitTable).getByRole('button', { name: 'Đảng bộ Trường THCS' }).closest('tr')!;
    expect([...schoolRow.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Đảng bộ Trường THCS', 'Đảng bộ cơ sở', '1', '0', '1']);

    await user.click(within(unitTable).getByRole('button', { name: 'Đảng bộ Trường THCS' }));
    await screen.findByRole('heading', { name: 'Đảng viên', level: 1 });
    await waitFor(() => expect(visibleMemberNames()).toEqual(['Nguyễn Thị Bình']));
  });
});

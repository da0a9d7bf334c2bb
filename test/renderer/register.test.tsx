// Đảng viên — the register: Vietnamese name order, search without diacritics or case, filters,
// the result count, keyboard use, and adding a member through the form. Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { MethodInput } from '../../shared/contract/api';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import { addMember, backToRegister, goTo, memberInput, renderApp, search, seedCommune, visibleMemberNames } from './journeys';

describe('member register', () => {
  let tc: TempCore;
  beforeEach(() => {
    tc = openTempCore();
  });
  afterEach(() => tc.cleanup());

  /** A commune with members in two places; returns the units. */
  async function seedMembers() {
    const units = await seedCommune(tc.client);
    const add = async (name: string, unitId: string, extra: Partial<MethodInput<'member.create'>> = {}) => unwrap(await tc.client.call('member.create', memberInput(name, unitId, extra)));
    await add('Nguyễn Thị Bình', units.east.id, { gender: 'female', citizenId: '001180000001', cardNo: '10000001' });
    await add('Trần Văn An', units.east.id, { cardNo: '10000002' });
    await add('Đặng Văn Cường', units.maths.id, { category: 'staff' });
    await add('Nguyễn Văn Dũng', units.maths.id, { category: 'leader' });
    const gone = await add('Lê Văn Hải', units.east.id);
    unwrap(await tc.client.call('member.changeStatus', { id: gone.id, status: 'deceased', fromDate: '2020-01-01', reason: 'Từ trần' }));
    return units;
  }

  async function openRegister() {
    const app = renderApp(tc.client);
    await screen.findByRole('heading', { name: 'Tổng quan', level: 1 });
    await goTo(app.user, 'Đảng viên');
    await waitFor(() => expect(visibleMemberNames().length).toBeGreaterThan(0));
    return app;
  }

  it('lists members in Vietnamese name order (given name first) with their columns', async () => {
    await seedMembers();
    await openRegister();
    expect(visibleMemberNames()).toEqual(['Trần Văn An', 'Nguyễn Thị Bình', 'Đặng Văn Cường', 'Nguyễn Văn Dũng']);
    expect(screen.getByText('Hiển thị 4 / 5 đảng viên')).toBeTruthy();
    const grid = screen.getByRole('grid', { name: 'Danh sách đảng viên' });
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Họ và tên', 'Ngày sinh', 'Chi bộ', 'Trạng thái', 'Loại', 'Số thẻ']);
    const an = within(grid).getAllByRole('row').find((r) => r.textContent?.includes('Trần Văn An'))!;
    expect(within(an).getAllByRole('gridcell').map((c) => c.textContent)).toEqual(['Trần Văn An', '01/01/1970', 'Chi bộ thôn Đông', 'Chính thức', '02C', '10000002']);
    const dung = within(grid).getAllByRole('row').find((r) => r.textContent?.includes('Nguyễn Văn Dũng'))!;
    expect(dung.textContent).toContain('Đảng bộ Trường THCS › Chi bộ tổ Toán');
  });

  it('finds the same rows with or without diacritics and case; "dang" finds "Đặng"', async () => {
    await seedMembers();
    const { user } = await openRegister();
    await search(user, 'nguyen van');
    await waitFor(() => expect(visibleMemberNames()).toEqual(['Nguyễn Văn Dũng']));
    const plain = visibleMemberNames();
    await search(user, 'Nguyễn Văn');
    await waitFor(() => expect(visibleMemberNames()).toEqual(plain));
    await search(user, 'NGUYEN');
    await waitFor(() => expect(visibleMemberNames()).toEqual(['Nguyễn Thị Bình', 'Nguyễn Văn Dũng']));
    await search(user, 'dang');
    await waitFor(() => expect(visibleMemberNames()).toEqual(['Đặng Văn Cường']));
    expect(screen.getByText('Hiển thị 1 / 5 đảng viên')).toBeTruthy();
    // Card number and CCCD are searchable too.
    await search(user, '10000002');
    await waitFor(() => expect(visibleMemberNames()).toEqual(['Trần Văn An']));
    await search(user, '001180000001');
    await waitFor(() => expect(visibleMemberNames()).toEqual(['Nguyễn Thị Bình']));
    await search(user, 'không có ai');
    await waitFor(() => expect(screen.getByText('Không tìm thấy đảng viên phù hợp.')).toBeTruthy());
  });

  it('filters by org unit (with its sub-units), status and category', async () => {
    await seedMembers();
    const { user } = await openRegister();
    await user.selectOptions(screen.getByLabelText('Tổ chức đảng'), screen.getByRole('option', { name: /Đảng bộ Trường THCS/ }));
    await waitFor(() => expect(visibleMemberNames()).toEqual(['Đặng Văn Cường', 'Nguyễn Văn Dũng']));
    await user.selectOptions(screen.getByLabelText('Loại đảng viên'), 'Giữ chức vụ lãnh đạo, quản lý (Mẫu 02A)');
    await waitFor(() => expect(visibleMemberNames()).toEqual(['Nguyễn Văn Dũng']));
    await user.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    await waitFor(() => expect(visibleMemberNames()).toHaveLength(4));
    // Default shows members on the roll; the deceased member appears with "Tất cả" or his status.
    await user.selectOptions(screen.getByLabelText('Trạng thái'), 'Đã từ trần');
    await waitFor(() => expect(visibleMemberNames()).toEqual(['Lê Văn Hải']));
    await user.selectOptions(screen.getByLabelText('Trạng thái'), 'all');
    await waitFor(() => expect(visibleMemberNames()).toHaveLength(5));
  });

  it('is keyboard-usable: "/" focuses the search, arrows move in the list, Enter opens', async () => {
    await seedMembers();
    const { user } = await openRegister();
    const box = screen.getByRole('searchbox', { name: 'Tìm đảng viên' });
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('/');
    expect(document.activeElement).toBe(box);
    expect((box as HTMLInputElement).value).toBe('');
    await user.keyboard('{Control>}f{/Control}');
    expect(document.activeElement).toBe(box);

    await user.keyboard('{ArrowDown}');
    const grid = screen.getByRole('grid', { name: 'Danh sách đảng viên' });
    expect(document.activeElement).toBe(grid);
    const active = () => document.getElementById(grid.getAttribute('aria-activedescendant') ?? '')?.querySelector('.cell-name')?.textContent;
    expect(active()).toBe('Trần Văn An');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toBe('Đặng Văn Cường');
    await user.keyboard('{End}');
    expect(active()).toBe('Nguyễn Văn Dũng');
    await user.keyboard('{ArrowUp}{Enter}');
    await screen.findByRole('heading', { name: 'Đặng Văn Cường', level: 1 });
    await backToRegister(user);
    // Back in the list, the member just opened is still the highlighted row.
    const grid2 = screen.getByRole('grid', { name: 'Danh sách đảng viên' });
    expect(document.getElementById(grid2.getAttribute('aria-activedescendant') ?? '')?.textContent).toContain('Đặng Văn Cường');
  });

  it('adds a member through the form and shows them in the register', async () => {
    await seedCommune(tc.client);
    const { user } = renderApp(tc.client);
    await screen.findByRole('heading', { name: 'Tổng quan', level: 1 });
    await goTo(user, 'Đảng viên');
    expect(await screen.findByText(/Chưa có đảng viên nào/)).toBeTruthy();
    await addMember(user, { fullName: 'Hoàng Thị Lan', gender: 'Nữ', birthDate: '1985-04-30', admittedOn: '2010-09-02', confirmedOn: '2011-09-02', citizenId: '001185000009', unit: 'Chi bộ thôn Đông' });
    expect(await screen.findByText('Đã thêm đảng viên Hoàng Thị Lan.')).toBeTruthy();
    await backToRegister(user);
    await waitFor(() => expect(visibleMemberNames()).toEqual(['Hoàng Thị Lan']));
  });

  it('draws only the rows in view for a long register', async () => {
    const { east } = await seedCommune(tc.client);
    for (let i = 0; i < 300; i++) {
      unwrap(await tc.client.call('member.create', memberInput(`Nguyễn Văn Người${String(i).padStart(3, '0')}`, east.id)));
    }
    await openRegister();
    expect(screen.getByText('Hiển thị 300 / 300 đảng viên')).toBeTruthy();
    const drawn = visibleMemberNames().length;
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(60);
  });
});

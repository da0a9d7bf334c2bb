// Tổ chức đảng: add units (only valid kinds offered), rename, refuse an invalid move with the
// reason, move, and closing refused by the core while members remain. Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import { addOrgUnit, goTo, memberInput, renderApp, seedCommune, treeUnit } from './journeys';

describe('org tree', () => {
  let tc: TempCore;
  beforeEach(() => {
    tc = openTempCore();
  });
  afterEach(() => tc.cleanup());

  async function openOrgPage() {
    const app = renderApp(tc.client);
    await screen.findByRole('heading', { name: 'Tổng quan', level: 1 });
    await goTo(app.user, 'Tổ chức đảng');
    return app;
  }

  it('adds a đảng bộ cơ sở and a chi bộ trực thuộc under it, offering only valid kinds', async () => {
    await seedCommune(tc.client);
    const { user } = await openOrgPage();
    await addOrgUnit(user, { name: 'Đảng bộ Trạm Y tế', kind: 'Đảng bộ cơ sở', type: 'Y tế' });

    await user.click(treeUnit('Đảng bộ Trạm Y tế'));
    await user.click(screen.getByRole('button', { name: 'Thêm tổ chức đảng trực thuộc' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm tổ chức đảng' });
    const kinds = within(within(dialog).getByLabelText(/^Loại tổ chức/))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(kinds).toEqual(['— Chọn loại tổ chức —', 'Chi bộ trực thuộc']);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await addOrgUnit(user, { name: 'Chi bộ Khoa Dược', kind: 'Chi bộ trực thuộc', type: 'Y tế', parent: 'Đảng bộ Trạm Y tế' });
    const units = unwrap(await tc.client.call('org.list'));
    const cell = units.find((u) => u.name === 'Chi bộ Khoa Dược')!;
    expect(cell.kind).toBe('cell');
    expect(units.find((u) => u.id === cell.parentId)!.name).toBe('Đảng bộ Trạm Y tế');
    // A chi bộ cơ sở holds no units: its panel offers no "Thêm".
    await user.click(treeUnit('Chi bộ thôn Đông'));
    expect(screen.queryByRole('button', { name: 'Thêm tổ chức đảng trực thuộc' })).toBeNull();
  });

  it('refuses an invalid move with the reason and performs a valid one', async () => {
    const { school } = await seedCommune(tc.client);
    unwrap(await tc.client.call('org.create', { parentId: school.parentId!, kind: 'basic-committee', type: 'school', name: 'Đảng bộ Trường Tiểu học' }));
    const { user } = await openOrgPage();

    // The đảng bộ cơ sở cannot go anywhere: not into its own cell, not under a chi bộ cơ sở.
    await user.click(treeUnit('Đảng bộ Trường THCS'));
    await user.click(screen.getByRole('button', { name: 'Chuyển' }));
    let dialog = await screen.findByRole('dialog', { name: 'Chuyển: Đảng bộ Trường THCS' });
    expect(within(dialog).getByText(/Không có đơn vị nào phù hợp/)).toBeTruthy();
    expect(within(dialog).getByText(/Không thể chuyển một tổ chức đảng vào đơn vị trực thuộc của chính nó\./)).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: 'Chuyển' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));

    // The cell can move only to the other đảng bộ cơ sở; the chi bộ cơ sở is refused with the reason.
    await user.click(treeUnit('Chi bộ tổ Toán'));
    await user.click(screen.getByRole('button', { name: 'Chuyển' }));
    dialog = await screen.findByRole('dialog', { name: 'Chuyển: Chi bộ tổ Toán' });
    const target = within(dialog).getByLabelText(/^Chuyển đến/);
    const offered = within(target)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(offered).toEqual(['— Chọn đơn vị —', 'Đảng bộ Trường Tiểu học']);
    expect(within(dialog).getByText(/Dưới chi bộ cơ sở|Chi bộ cơ sở không có đơn vị trực thuộc/)).toBeTruthy();
    // "Chuyển" without a choice is refused with a message, not sent.
    await user.click(within(dialog).getByRole('button', { name: 'Chuyển' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Hãy chọn đơn vị chuyển đến.');
    await user.selectOptions(target, 'Đảng bộ Trường Tiểu học');
    await user.click(within(dialog).getByRole('button', { name: 'Chuyển' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const units = unwrap(await tc.client.call('org.list'));
    const maths = units.find((u) => u.name === 'Chi bộ tổ Toán')!;
    expect(units.find((u) => u.id === maths.parentId)!.name).toBe('Đảng bộ Trường Tiểu học');
  });

  it('is keyboard-usable: arrows move between units and open or close a branch', async () => {
    await seedCommune(tc.client);
    const { user } = await openOrgPage();
    treeUnit('Chi bộ thôn Đông').focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(treeUnit('Đảng bộ Trường THCS'));
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Chi bộ tổ Toán/ })).toBeNull());
    expect(screen.getByRole('button', { name: 'Mở rộng Đảng bộ Trường THCS' }).getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(treeUnit('Chi bộ tổ Toán')).toBeTruthy());
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Đảng bộ Trường THCS', level: 2 })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Xem danh sách đảng viên' }));
    await screen.findByRole('heading', { name: 'Đảng viên', level: 1 });
    expect((screen.getByLabelText('Tổ chức đảng') as HTMLSelectElement).selectedOptions[0]!.textContent).toMatch(/Đảng bộ Trường THCS/);
  });

  it('renames a unit', async () => {
    await seedCommune(tc.client);
    const { user } = await openOrgPage();
    await user.click(treeUnit('Chi bộ thôn Đông'));
    await user.click(screen.getByRole('button', { name: 'Đổi tên' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByLabelText(/^Tên mới/);
    await user.clear(name);
    await user.type(name, 'Chi bộ thôn Đông Hòa{Enter}');
    await waitFor(() => expect(treeUnit('Chi bộ thôn Đông Hòa')).toBeTruthy());
  });

  it('shows the core\'s refusal to close a unit with members, and greys a closed unit', async () => {
    const { east, root } = await seedCommune(tc.client);
    const empty = unwrap(await tc.client.call('org.create', { parentId: root.id, kind: 'basic-cell', type: 'agency', name: 'Chi bộ Cơ quan cũ' }));
    unwrap(await tc.client.call('member.create', memberInput('Trần Văn An', east.id)));
    const { user } = await openOrgPage();

    await user.click(treeUnit('Chi bộ thôn Đông'));
    expect(treeUnit('Chi bộ thôn Đông').textContent).toMatch(/1 đảng viên/);
    await user.click(screen.getByRole('button', { name: 'Giải thể' }));
    const refusing = await screen.findByRole('dialog', { name: 'Giải thể: Chi bộ thôn Đông' });
    await user.click(within(refusing).getByRole('button', { name: 'Giải thể' }));
    expect((await within(refusing).findByRole('alert')).textContent).toMatch(/còn 1 đảng viên/);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(treeUnit('Chi bộ Cơ quan cũ'));
    await user.click(screen.getByRole('button', { name: 'Giải thể' }));
    const dialog = await screen.findByRole('dialog', { name: 'Giải thể: Chi bộ Cơ quan cũ' });
    await user.type(within(dialog).getByLabelText(/^Lý do/), 'Sáp nhập');
    await user.click(within(dialog).getByRole('button', { name: 'Giải thể' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(treeUnit('Chi bộ Cơ quan cũ').textContent).toMatch(/đã giải thể/));
    expect(treeUnit('Chi bộ Cơ quan cũ').closest('li')!.className).toMatch(/closed/);
    expect(unwrap(await tc.client.call('org.list')).find((u) => u.id === empty.id)!.closedOn).not.toBeNull();
  });
});

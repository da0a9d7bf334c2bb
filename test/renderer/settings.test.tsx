// Cài đặt and the large-type setting: it scales the UI and is stored in the core, so a new app
// on the same data starts large. Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import { goTo, renderApp, seedCommune, setField } from './journeys';

describe('settings', () => {
  let tc: TempCore;
  beforeEach(() => {
    tc = openTempCore();
  });
  afterEach(() => tc.cleanup());

  it('large type applies at once and persists for a new app on the same core', async () => {
    await seedCommune(tc.client);
    const { user } = renderApp(tc.client);
    const toggle = await screen.findByRole('button', { name: 'Chữ lớn' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(document.documentElement.classList.contains('large-type')).toBe(false);
    await user.click(toggle);
    expect(document.documentElement.classList.contains('large-type')).toBe(true);
    await waitFor(async () => expect(unwrap(await tc.client.call('app.info')).settings.largeType).toBe(true));

    cleanup();
    expect(document.documentElement.classList.contains('large-type')).toBe(false);
    renderApp(tc.client);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Chữ lớn' }).getAttribute('aria-pressed')).toBe('true'));
    expect(document.documentElement.classList.contains('large-type')).toBe(true);
  });

  it('edits the commune names, shows the data folder, database and version', async () => {
    await seedCommune(tc.client);
    const { user } = renderApp(tc.client);
    await screen.findByRole('heading', { name: 'Tổng quan', level: 1 });
    await goTo(user, 'Cài đặt');
    expect(screen.getByText(tc.dbPath)).toBeTruthy();
    expect(screen.getByText(tc.dir)).toBeTruthy();
    const info = unwrap(await tc.client.call('app.info'));
    expect(screen.getByText(info.version)).toBeTruthy();

    await setField(user, /^Tên đảng bộ xã/, 'Đảng bộ xã Xuân Hòa Mới');
    await user.click(screen.getByRole('button', { name: 'Lưu thông tin' }));
    await waitFor(() => expect(screen.getByText('Đảng bộ xã Xuân Hòa Mới', { selector: '.commune-name' })).toBeTruthy());
    expect(unwrap(await tc.client.call('commune.get'))!.name).toBe('Đảng bộ xã Xuân Hòa Mới');

    // An empty name is refused in Vietnamese, next to the field.
    await setField(user, /^Tên đảng bộ xã/, '');
    await user.click(screen.getByRole('button', { name: 'Lưu thông tin' }));
    expect(await screen.findByText('Tên đảng bộ xã: không được để trống.')).toBeTruthy();

    // The large-type checkbox here is the same setting as the header button.
    await user.click(screen.getByRole('checkbox', { name: 'Chữ lớn' }));
    expect(screen.getByRole('button', { name: 'Chữ lớn' }).getAttribute('aria-pressed')).toBe('true');
  });
  it('stores the name of the person using the computer, refuses a too long one and clears a blank one', async () => {
    await seedCommune(tc.client);
    const { user } = renderApp(tc.client);
    await screen.findByRole('heading', { name: 'Tổng quan', level: 1 });
    // The header says nobody is named yet and leads to the settings.
    await user.click(screen.getByRole('button', { name: 'Chưa ghi tên người dùng máy' }));
    const field = screen.getByLabelText(/^Họ tên và đơn vị của người đang dùng máy này/) as HTMLInputElement;
    expect(field.value).toBe('');
    await user.type(field, 'Nguyễn Văn A — Văn phòng Đảng ủy');
    await user.click(screen.getByRole('button', { name: 'Lưu tên người sử dụng' }));
    expect(await screen.findByText('Đã lưu người sử dụng máy: Nguyễn Văn A — Văn phòng Đảng ủy.')).toBeTruthy();
    expect(unwrap(await tc.client.call('app.info')).settings.operatorName).toBe('Nguyễn Văn A — Văn phòng Đảng ủy');
    expect(screen.getByRole('button', { name: 'Người dùng: Nguyễn Văn A — Văn phòng Đảng ủy' })).toBeTruthy();

    // Too long: refused next to the field, the stored name is kept.
    await user.clear(field);
    await user.click(field);
    await user.paste('x'.repeat(101));
    expect(field.value.length).toBe(100);
    field.removeAttribute('maxlength');
    await user.type(field, 'yy');
    await user.click(screen.getByRole('button', { name: 'Lưu tên người sử dụng' }));
    expect(await screen.findByText('Người sử dụng máy: dài quá 100 ký tự.')).toBeTruthy();
    expect(unwrap(await tc.client.call('app.info')).settings.operatorName).toBe('Nguyễn Văn A — Văn phòng Đảng ủy');

    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Lưu tên người sử dụng' }));
    await waitFor(async () => expect(unwrap(await tc.client.call('app.info')).settings.operatorName).toBeNull());
  });
});

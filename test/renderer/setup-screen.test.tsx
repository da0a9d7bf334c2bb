// First run: the set-up screen, its checks, and what follows (dashboard with the commune's name).
// Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { openTempCore, sampleCommune, unwrap, type TempCore } from '../support/temp-core';
import { completeSetup, formProblems, renderApp } from './journeys';

describe('first run', () => {
  let tc: TempCore;
  beforeEach(() => {
    tc = openTempCore();
  });
  afterEach(() => tc.cleanup());

  it('asks for the commune, then shows the dashboard with its name', async () => {
    const { user } = renderApp(tc.client);
    expect(await screen.findByRole('heading', { name: 'Thiết lập đảng bộ xã' })).toBeTruthy();
    expect(screen.getByText(/cấp trên trực tiếp của đảng bộ xã là tỉnh ủy/)).toBeTruthy();
    await completeSetup(user);
    expect(screen.getByText(sampleCommune.name, { selector: '.commune-name' })).toBeTruthy();
    expect(screen.getByText('Đảng viên đang sinh hoạt')).toBeTruthy();
    const commune = unwrap(await tc.client.call('commune.get'));
    expect(commune).toMatchObject(sampleCommune);
  });

  it('suggests the level above and the place name from what was typed', async () => {
    const { user } = renderApp(tc.client);
    await screen.findByRole('heading', { name: 'Thiết lập đảng bộ xã' });
    await user.type(screen.getByLabelText(/^Tên đảng bộ xã/), 'Đảng bộ xã Xuân Hòa');
    await user.type(screen.getByLabelText(/^Tỉnh\/thành phố/), 'Tỉnh Phú Thọ');
    expect((screen.getByLabelText(/^Tên cấp trên/) as HTMLInputElement).value).toBe('Ban Thường vụ Tỉnh ủy Phú Thọ');
    expect((screen.getByLabelText(/^Địa danh ghi trên văn bản/) as HTMLInputElement).value).toBe('Xuân Hòa');
  });

  it('says in Vietnamese what is missing and focuses the first empty field; Enter submits', async () => {
    const { user } = renderApp(tc.client);
    await screen.findByRole('heading', { name: 'Thiết lập đảng bộ xã' });
    await user.type(screen.getByLabelText(/^Tỉnh\/thành phố/), 'Tỉnh Phú Thọ{Enter}');
    expect(await screen.findByText('Tên đảng bộ xã: không được để trống.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/^Tên đảng bộ xã/));
    expect(screen.getByLabelText(/^Tên đảng bộ xã/).getAttribute('aria-invalid')).toBe('true');
    expect(formProblems()).toContain('Hãy điền đủ các mục còn thiếu.');
    // What was typed is still there.
    expect((screen.getByLabelText(/^Tỉnh\/thành phố/) as HTMLInputElement).value).toBe('Tỉnh Phú Thọ');
  });

  it('"Dùng dữ liệu mẫu" shows progress, then the demo commune (or the core\'s message)', async () => {
    const { user } = renderApp(tc.client);
    await screen.findByRole('heading', { name: 'Thiết lập đảng bộ xã' });
    await user.click(screen.getByRole('button', { name: 'Dùng dữ liệu mẫu' }));
    await waitFor(
      () => {
        const done = screen.queryByRole('heading', { name: 'Tổng quan', level: 1 });
        const refused = formProblems().length > 0;
        if (!done && !refused) {
          expect(screen.getByText(/Đang tạo dữ liệu mẫu/)).toBeTruthy();
          throw new Error('still loading');
        }
      },
      { timeout: 25_000 },
    );
    if (screen.queryByRole('heading', { name: 'Tổng quan', level: 1 })) {
      expect(unwrap(await tc.client.call('app.info')).hasCommune).toBe(true);
    } else {
      // The demo generator refused: its Vietnamese message is on screen and nothing was set up.
      expect(screen.getByRole('alert').textContent).not.toBe('');
    }
  });

  it('a core that cannot be reached shows the reason and a retry button', async () => {
    const broken = { call: async () => ({ ok: false as const, error: { code: 'transport-failed', message: 'Không kết nối được với phần lõi của ứng dụng.' } }) };
    renderApp(broken as never);
    expect(await screen.findByRole('heading', { name: 'Không mở được ứng dụng' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Không kết nối được với phần lõi của ứng dụng.');
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeTruthy();
  });
});

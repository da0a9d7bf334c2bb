// "In hàng loạt" through the real UI and a real core on a small demo commune: the confirmation sheet of
// every member of a chi bộ as Word files into a folder (no Chromium needed), with the progress
// "Đã in N / M" polled from print.batchStatus and the result saying how many files went where; and
// "Dừng" on the whole commune stopping the batch between two documents.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { unwrap, type TempCore } from '../support/temp-core';
import type { OrgUnit } from '../../shared/domain/org-unit';
import type * as DocxModule from '../../electron/core/print/docx';
import { renderApp, type User } from './journeys';
import { demoPrintCore, openPrintPage } from './print-support';

// In jsdom the core runs in the page's own event loop, and building a Word file resolves through
// promises only: a batch would finish before React renders again. Each document is made to wait one
// timer turn (as a slower office PC would), so the UI sees the batch running and can stop it.
vi.mock('../../electron/core/print/docx', async (importOriginal) => {
  const real = await importOriginal<typeof DocxModule>();
  return {
    ...real,
    renderDocx: async (...args: Parameters<typeof real.renderDocx>) => {
      await new Promise((resolve) => setTimeout(resolve, 15));
      return real.renderDocx(...args);
    },
  };
});

describe('batch printing (In hàng loạt)', () => {
  let tc: TempCore;
  let cell: OrgUnit;

  afterEach(() => tc?.cleanup());

  async function prepare(user: User, folder: string, scope: string | null) {
    await openPrintPage(user);
    await user.selectOptions(screen.getByLabelText('Biểu mẫu'), 'Phiếu xác nhận thông tin đảng viên (để đảng viên kiểm tra, ký)');
    await screen.findByRole('heading', { name: 'In hàng loạt', level: 2 });
    // The default folder is "KiemDiem-in" in the data folder; the user types another.
    const input = screen.getByLabelText('Thư mục lưu các tệp') as HTMLInputElement;
    expect(input.value).toBe(join(tc.dir, 'KiemDiem-in'));
    await user.clear(input);
    await user.type(input, folder);
    if (scope) await user.selectOptions(screen.getByLabelText('In cho'), scope);
    await user.selectOptions(screen.getByLabelText('Loại tệp'), 'Word (.docx)');
  }

  it('prints every member of a chi bộ as Word files, with progress and where the files went', async () => {
    ({ tc, cell } = await demoPrintCore(120, 10));
    const active = unwrap(await tc.client.call('member.list', { includeInactive: false })).filter((r) => r.orgUnitId === cell.id);
    const folder = join(tc.dir, 'in-chi-bo');
    const { user } = renderApp(tc.client);
    await prepare(user, folder, cell.id);
    await user.click(screen.getByRole('button', { name: 'Bắt đầu in hàng loạt' }));
    const done = await screen.findByText(/^Đã in xong\. Đã in \d+ \/ \d+$/, {}, { timeout: 20_000 });
    expect(done.textContent).toBe(`Đã in xong. Đã in ${active.length} / ${active.length}`);
    const bar = screen.getByRole('progressbar', { name: `Đã in ${active.length} / ${active.length}` }) as HTMLProgressElement;
    expect(bar.value).toBe(active.length);
    expect(screen.getByText(folder, { selector: 'code' }).parentElement!.textContent).toBe(`Đã lưu ${active.length} tệp vào ${folder}.`);
    expect(readdirSync(folder).filter((n) => n.endsWith('.docx'))).toHaveLength(active.length);
    expect(screen.queryByRole('button', { name: 'Dừng' })).toBeNull();
  });

  it('"Dừng" stops a batch of the whole commune between two documents', async () => {
    ({ tc, cell } = await demoPrintCore(120, 10));
    const folder = join(tc.dir, 'in-toan-xa');
    const { user } = renderApp(tc.client);
    await prepare(user, folder, null);
    await user.click(screen.getByRole('button', { name: 'Bắt đầu in hàng loạt' }));
    await user.click(await screen.findByRole('button', { name: 'Dừng' }));
    const stopped = await screen.findByText(/^Đã dừng\. Đã in [\d.]+ \/ [\d.]+$/, {}, { timeout: 20_000 });
    const m = /Đã in ([\d.]+) \/ ([\d.]+)$/.exec(stopped.textContent!)!;
    const [done, total] = [Number(m[1]!.replace(/\./g, '')), Number(m[2]!.replace(/\./g, ''))];
    expect(total).toBeGreaterThan(50);
    expect(done).toBeLessThan(total);
    expect(screen.getByText(/^Đã dừng giữa chừng: Đã lưu/)).toBeTruthy();
    const written = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.docx')).length : 0;
    expect(written).toBe(done);
    await user.click(screen.getByRole('button', { name: 'Đóng kết quả' }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });
});

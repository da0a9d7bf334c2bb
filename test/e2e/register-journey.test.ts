// Acceptance of the foundation issue, in Chromium against the real browser-mode server: first run →
// demo data → "nguyen thi" and "Nguyễn Thị" find the same members in Vietnamese given-name order →
// edit a member → the server crashes (SIGKILL) and starts again on the same data folder → the change
// is there. Screenshots of the dashboard, the register, the member form and the record go to
// test-output/screenshots/. Layer: test (browser).
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { foldForSearch, matchesFolded } from '../../shared/text/fold';
import { sortByVietnameseName } from '../../shared/text/names';
import { browserAvailable, launchChromium } from '../support/browser';
import { startWebServer, type RunningServer } from '../support/web-server';
import { tempDir } from '../support/temp-dir';
import { factValue, openMemberRow, openRegister, openWatchedPage, readAllGridRows, screenshotPath, searchRegister } from './journey-helpers';

const run = browserAvailable();

describe.skipIf(!run)('register journey in Chromium (browser mode)', () => {
  let browser: Browser;
  let dataDir: string;
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    dataDir = tempDir('kiemdiem-e2e-journey-');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.stop('SIGKILL');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('first run → demo data → same search with and without diacritics, in name order → edit → crash and restart → the edit is kept', { timeout: 90_000 }, async () => {
    const started = Date.now();
    const step = (name: string) => console.log(`  [${((Date.now() - started) / 1000).toFixed(1)} s] ${name}`);

    const first = await startWebServer(dataDir);
    servers.push(first);
    const { page, problems } = await openWatchedPage(browser);

    // 1. First run: the set-up screen; choose the demo commune.
    await page.goto(first.url);
    await page.getByRole('heading', { name: 'Thiết lập đảng bộ xã', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
    await page.getByRole('heading', { name: 'Tổng quan', level: 1 }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('.commune-name').textContent()).not.toBe('');
    // The dashboard's sections are drawn (not just the heading).
    await page.getByRole('heading', { name: 'Theo trạng thái', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Theo tổ chức đảng', level: 2 }).waitFor();
    await page.screenshot({ path: screenshotPath('dashboard.png'), fullPage: false });
    step('demo data loaded, dashboard shown');

    // 2. The register: "nguyen thi" and "Nguyễn Thị" give the same members, in Vietnamese name order.
    const all = await openRegister(page);
    expect(all.total).toBeGreaterThan(500);
    // The whole list (default filter: members still active) is in Vietnamese name order: by given
    // name, then middle, then family name — not by the full name as written.
    const everyone = (await readAllGridRows(page)).map((r) => r.name);
    expect(everyone.length).toBe(all.shown);
    expect(everyone).toEqual(sortByVietnameseName(everyone, (n) => n));
    expect(everyone).not.toEqual([...everyone].sort(new Intl.Collator('vi').compare));

    const plain = await searchRegister(page, 'nguyen thi', all.shown);
    const plainRows = await readAllGridRows(page);
    expect(plain.shown).toBeGreaterThan(1);
    expect(plainRows.length).toBe(plain.shown);

    const marked = await searchRegister(page, 'Nguyễn Thị', all.shown);
    const markedRows = await readAllGridRows(page);
    expect(marked).toEqual(plain);
    expect(markedRows.map((r) => r.id)).toEqual(plainRows.map((r) => r.id));
    expect(markedRows.map((r) => r.name)).toEqual(plainRows.map((r) => r.name));
    expect(new Set(markedRows.map((r) => r.id)).size).toBe(markedRows.length);

    // Every row matches the query, and the list is in given-name, middle-name, family-name order.
    const folded = foldForSearch('Nguyễn Thị');
    const nonMatching = markedRows.filter((r) => !matchesFolded(foldForSearch(r.name), folded));
    expect(nonMatching).toEqual([]);
    const names = markedRows.map((r) => r.name);
    expect(names).toEqual(sortByVietnameseName(names, (n) => n));
    // The same order as in the whole list: the search filters, it does not reorder.
    expect(names).toEqual(everyone.filter((n) => matchesFolded(foldForSearch(n), folded)));
    const others = names.filter((n) => !n.startsWith('Nguyễn Thị '));
    step(`search: ${marked.shown} / ${marked.total} members for "nguyen thi" and "Nguyễn Thị", same ids, name order (${others.length} not "Nguyễn Thị …", e.g. ${others.slice(0, 3).join(', ')})`);
    await page.screenshot({ path: screenshotPath('register.png'), fullPage: false });

    // 3. Open a member (one in the middle of the result, to exercise scrolling) and edit two fields.
    const target = markedRows[Math.floor(markedRows.length / 2)]!;
    await openMemberRow(page, target.id, target.name);
    const newPhone = '0912 345 678';
    const newResidence = 'Thôn Đông Hòa, xã Xuân Hòa, tỉnh Phú Thọ';
    expect(await factValue(page, 'Số điện thoại')).not.toBe(newPhone);
    expect(await factValue(page, 'Nơi cư trú')).not.toBe(newResidence);

    await page.getByRole('button', { name: 'Sửa thông tin', exact: true }).click();
    await page.getByRole('heading', { name: `Sửa thông tin: ${target.name}`, level: 1, exact: true }).waitFor();
    await page.getByLabel(/^Số điện thoại/).fill(newPhone);
    await page.getByLabel(/^Nơi cư trú/).fill(newResidence);
    await page.screenshot({ path: screenshotPath('member-form.png'), fullPage: false });
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('heading', { name: target.name, level: 1, exact: true }).waitFor();
    expect(await page.locator('.form-alert, .field-error').count()).toBe(0);
    expect(await factValue(page, 'Số điện thoại')).toBe(newPhone);
    expect(await factValue(page, 'Nơi cư trú')).toBe(newResidence);
    await page.screenshot({ path: screenshotPath('member-detail.png'), fullPage: false });
    step(`edited ${target.name}`);

    // 4. The server crashes (SIGKILL: no clean close of SQLite) and starts again on the same folder.
    await first.stop('SIGKILL');
    expect(first.process.signalCode).toBe('SIGKILL');
    const second = await startWebServer(dataDir);
    servers.push(second);
    step('server killed and started again');

    // 5. Reload (the new server has a new address and token): no set-up, the edit is there.
    await page.goto(second.url);
    await page.getByRole('heading', { name: 'Tổng quan', level: 1 }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('heading', { name: 'Thiết lập đảng bộ xã' }).count()).toBe(0);
    expect(await openRegister(page)).toEqual(all);
    await searchRegister(page, target.name, all.shown);
    await openMemberRow(page, target.id, target.name);
    expect(await factValue(page, 'Số điện thoại')).toBe(newPhone);
    expect(await factValue(page, 'Nơi cư trú')).toBe(newResidence);
    step('after restart the edit is kept');

    // Nothing went wrong behind the user's back during the whole journey.
    expect(problems).toEqual([]);
    await page.close();
  });
});

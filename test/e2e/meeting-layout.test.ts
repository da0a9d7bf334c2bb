// The meeting wizard's layout in Chromium at 1366×768 (a common office laptop): the sticky "Quay lại /
// Tiếp theo" bar never covers what has the focus (the last rows of the attendance list), and the end of
// the step scrolls clear of it. Needs `node build/bundle.mjs all` first. Layer: test (browser).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { STEP_TITLES } from '../../shared/meeting/labels';
import { browserAvailable, launchChromium } from '../support/browser';
import { createDemoMeeting, fillPreparation, seedDemoCell } from '../support/meeting-fixture';
import { startWebServer, type RunningServer } from '../support/web-server';
import { tempDir } from '../support/temp-dir';
import { openWatchedPage, SCREENSHOT_DIR } from './journey-helpers';
import { enterMeeting, httpClient, killServerTree } from './meeting-helpers';
import { escapeRe } from '../support/wizard-script';

const run = browserAvailable();

describe.skipIf(!run)('meeting wizard layout in Chromium', () => {
  let browser: Browser;
  let dataDir: string;
  let server: RunningServer | undefined;

  beforeAll(async () => {
    dataDir = tempDir('kiemdiem-e2e-layout-');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await killServerTree(server, false);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the focused attendance row and the end of the step above the sticky bar', { timeout: 60_000 }, async () => {
    server = await startWebServer(dataDir);
    const cell = await seedDemoCell(await httpClient(server.url));
    const id = (await createDemoMeeting(cell)).id;
    await fillPreparation(cell, id);

    const { page, problems } = await openWatchedPage(browser);
    await page.goto(server.url);
    await enterMeeting(page, 'Tiếp tục hội nghị');
    await page.getByRole('heading', { level: 2, name: new RegExp(`— ${escapeRe(STEP_TITLES.attendance)}$`) }).waitFor();
    const nav = page.locator('.mtg-nav');
    const navTop = async () => (await nav.boundingBox())!.y;

    // Moving down the list with the Tab key: row i sits just above the bar, the next row is under it.
    // The browser only scrolls when the focused element is outside the scroll area, and a sticky bar
    // does not count, so without the scroll padding the next row stays hidden under the bar.
    const rows = page.locator('.mtg-att-row');
    const count = await rows.count();
    expect(count).toBeGreaterThan(10);
    for (const i of [3, count - 3, count - 2]) {
      const top = await navTop();
      const box = (await rows.nth(i).boundingBox())!;
      await page.locator('.page').evaluate((el, by) => el.scrollBy({ top: by }), box.y + box.height - (top - 4));
      await rows
        .nth(i)
        .getByRole('radio', { name: 'Có mặt' })
        .evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      expect(await focused.evaluate((el) => el.closest('.mtg-att-row') !== null)).toBe(true);
      const row = (await page.locator('.mtg-att-row', { has: focused }).boundingBox())!;
      expect(row.y + row.height, `the row after row ${i + 1} of ${count} is under the sticky bar`).toBeLessThanOrEqual(await navTop());
    }

    // At the very end of the page, the last content of the step is above the bar.
    await page.locator('.page').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const last = (await page.locator('.mtg-step-body .mtg-stack > :last-child').boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(await navTop());

    // Back to the first step: the bar offers the way back to the step the meeting is at.
    await page.getByRole('navigation', { name: 'Các bước của hội nghị' }).getByRole('button', { name: /^1\. Chuẩn bị hội nghị/ }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(`— ${escapeRe(STEP_TITLES.preparation)}$`) }).waitFor();
    const resume = nav.getByRole('button', { name: /^Về bước đang làm \(bước 2\)/ });
    await resume.waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'meeting-layout', 've-buoc-dang-lam.png') });
    await resume.click();
    await page.getByRole('heading', { level: 2, name: new RegExp(`— ${escapeRe(STEP_TITLES.attendance)}$`) }).waitFor();
    expect(problems).toEqual([]);
  });
});

// Helpers shared by the browser journeys (test/e2e): a Chromium page that records console errors and
// failed requests, the register's virtualized list read to the end by scrolling, and the facts of a
// member's record. Layer: test.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SCREENSHOT_DIR = join(ROOT, 'test-output', 'screenshots');

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name);
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught page errors, failed requests and HTTP error answers, in order. */
  problems: string[];
}

/** A 1366×768 page (a common office laptop) that records every problem a user could not see. */
export async function openWatchedPage(browser: Browser, options: { bypassCSP?: boolean } = {}): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', bypassCSP: options.bypassCSP ?? false });
  // tsx compiles with keepNames, so functions passed to page.evaluate call __name(); give the page one.
  // An init script is injected by the browser itself, so the CSP does not apply to it.
  await page.addInitScript('window.__name = (f) => f');
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.method()} ${req.url()} — ${req.failure()?.errorText ?? ''}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
  });
  return { page, problems };
}

/** Clicks an item of the left navigation and waits for that page's heading. */
export async function goTo(page: Page, name: 'Tổng quan' | 'Tổ chức đảng' | 'Đảng viên' | 'Cài đặt'): Promise<void> {
  await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name, level: 1, exact: true }).waitFor();
}

/** "Hiển thị N / M đảng viên" read as numbers (Vietnamese thousands separator is '.'). */
export async function registerCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await page.getByRole('status').filter({ hasText: /^Hiển thị/ }).textContent()) ?? '';
  const m = /^Hiển thị\s+([\d.]+)\s*\/\s*([\d.]+)\s+đảng viên$/.exec(text.trim());
  if (!m) throw new Error(`unexpected register count text: "${text}"`);
  const num = (s: string) => Number(s.replace(/\./g, ''));
  return { shown: num(m[1]!), total: num(m[2]!) };
}

/**
 * Opens "Đảng viên" and waits until the list is loaded; returns the count with an empty search (the
 * default filters: members still active), the baseline that `searchRegister` needs.
 */
export async function openRegister(page: Page): Promise<{ shown: number; total: number }> {
  await goTo(page, 'Đảng viên');
  await page.getByRole('grid', { name: 'Danh sách đảng viên' }).waitFor({ timeout: 30_000 });
  const box = page.getByRole('searchbox', { name: 'Tìm đảng viên' });
  if ((await box.inputValue()) !== '') throw new Error(`the search box is not empty: "${await box.inputValue()}"`);
  const count = await registerCount(page);
  if (count.shown === 0 || count.total === 0) throw new Error(`the register shows no members: ${count.shown} / ${count.total}`);
  return count;
}

/**
 * Types a query into "Tìm đảng viên" and waits until the list shows its result. The box is first
 * emptied and the unfiltered list (`baseline` rows, from openRegister) awaited, so a query whose
 * result equals the previous one is still seen to apply (the list filters with a deferred value).
 */
export async function searchRegister(page: Page, query: string, baseline: number): Promise<{ shown: number; total: number }> {
  const box = page.getByRole('searchbox', { name: 'Tìm đảng viên' });
  await box.fill('');
  await waitForCount(page, (c) => c.shown === baseline, `the unfiltered list (${baseline} rows) after clearing the search`);
  if (query === '') return registerCount(page);
  await box.fill(query);
  return waitForCount(page, (c) => c.shown < baseline, `a filtered list for "${query}"`);
}

async function waitForCount(page: Page, ok: (c: { shown: number; total: number }) => boolean, what: string) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const c = await registerCount(page);
    if (ok(c)) return c;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the register shows ${c.shown} / ${c.total}`);
    await page.waitForTimeout(50);
  }
}

export interface GridRow {
  id: string;
  name: string;
}

/**
 * Every row of the register's virtualized list, top to bottom: scrolls the list from top to bottom,
 * waits each time until the rows at the new position are drawn, and collects them by their
 * aria-rowindex. Throws when a row was never seen, so a gap cannot pass silently. Leaves the list
 * scrolled back to the top.
 */
export async function readAllGridRows(page: Page): Promise<GridRow[]> {
  const result = await page.evaluate(async () => {
    const grid = document.querySelector<HTMLElement>('[role="grid"][aria-label="Danh sách đảng viên"]');
    if (!grid) throw new Error('no register grid on the page');
    const scroller = grid.querySelector<HTMLElement>('.member-scroll');
    if (!scroller) throw new Error('no .member-scroll in the register grid');
    const total = Number(grid.getAttribute('aria-rowcount')) - 1;
    const seen = new Map<number, { id: string; name: string }>();
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const drawnIndexes = () =>
      [...grid.querySelectorAll<HTMLElement>('[data-member-id]')].map((row) => Number(row.getAttribute('aria-rowindex')) - 2);
    const rowHeight = () => grid.querySelector<HTMLElement>('[data-member-id]')?.offsetHeight || 44;
    /** Waits until the row at the top of the viewport is drawn (the virtualizer re-renders after a scroll event). */
    const settle = async () => {
      const firstVisible = Math.min(total - 1, Math.floor(scroller.scrollTop / rowHeight()));
      for (let i = 0; i < 120; i++) {
        await frame();
        if (drawnIndexes().includes(firstVisible)) return;
      }
      throw new Error(`row ${firstVisible} was not drawn after scrolling to ${scroller.scrollTop}px`);
    };
    const collect = () => {
      for (const row of grid.querySelectorAll<HTMLElement>('[data-member-id]')) {
        const index = Number(row.getAttribute('aria-rowindex')) - 2;
        const name = row.querySelector('.cell-name')?.textContent ?? '';
        seen.set(index, { id: row.getAttribute('data-member-id') ?? '', name });
      }
    };

    scroller.scrollTop = 0;
    scroller.dispatchEvent(new Event('scroll'));
    if (total > 0) await settle();
    for (let step = 0; step < 100_000; step++) {
      collect();
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
      const before = scroller.scrollTop;
      scroller.scrollTop = before + Math.max(rowHeight(), scroller.clientHeight - 2 * rowHeight());
      if (scroller.scrollTop === before) throw new Error(`the register list does not scroll (stuck at ${before}px)`);
      await settle();
    }
    scroller.scrollTop = 0;
    scroller.dispatchEvent(new Event('scroll'));
    if (total > 0) await settle();
    const missing: number[] = [];
    const rows: { id: string; name: string }[] = [];
    for (let i = 0; i < total; i++) {
      const row = seen.get(i);
      if (!row) missing.push(i);
      else rows.push(row);
    }
    return { total, rows, missing, extra: [...seen.keys()].filter((i) => i < 0 || i >= total) };
  });
  if (result.missing.length) throw new Error(`rows never drawn while scrolling: ${result.missing.slice(0, 20).join(', ')} (of ${result.total})`);
  if (result.extra.length) throw new Error(`rows outside the list's aria-rowcount: ${result.extra.join(', ')}`);
  return result.rows;
}

/** Clicks the row of a member (by id) in the register, scrolling the list until it is drawn. */
export async function openMemberRow(page: Page, id: string, fullName: string): Promise<void> {
  const rows = await readAllGridRows(page);
  const index = rows.findIndex((r) => r.id === id);
  if (index < 0) throw new Error(`member ${id} (${fullName}) is not in the list; rows: ${rows.map((r) => r.name).join(', ')}`);
  await page.evaluate((i) => {
    const scroller = document.querySelector<HTMLElement>('[role="grid"][aria-label="Danh sách đảng viên"] .member-scroll')!;
    const h = document.querySelector<HTMLElement>('[data-member-id]')?.offsetHeight || 44;
    scroller.scrollTop = i * h;
  }, index);
  const row = page.locator(`[role="grid"] [data-member-id="${id}"]`);
  await row.waitFor();
  await row.click();
  await page.getByRole('heading', { name: fullName, level: 1, exact: true }).waitFor();
}

/** The value shown after a label in the member record's facts (the <dd> after the <dt>). */
export async function factValue(page: Page, label: string): Promise<string> {
  const dd = page.locator('dl.facts dt', { hasText: new RegExp(`^${label}$`) }).first().locator('xpath=following-sibling::dd[1]');
  return ((await dd.textContent()) ?? '').trim();
}

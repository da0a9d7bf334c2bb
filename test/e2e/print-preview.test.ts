// The print preview in Chromium against the real browser-mode server with the demo commune: "In biểu
// mẫu" → the sổ danh sách of a chi bộ, then Mẫu 04 of the same chi bộ. The preview iframe loads
// /preview/<id> with the document's own CSP, so its inline style applies and its text is drawn in
// the bundled Tinos (declared as "KiemDiem Tinos", inlined as data: fonts) — not a fallback font —
// while the app page keeps its strict CSP and reports no violation. "In" reaches the frame's print()
// (same origin, sandbox without scripts). Screenshots: test-output/screenshots/print-preview*.png.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createClient, type ApiClient } from '../../shared/contract/client';
import { browserAvailable, launchChromium } from '../support/browser';
import { startWebServer, type RunningServer } from '../support/web-server';
import { tempDir } from '../support/temp-dir';
import { openWatchedPage, screenshotPath } from './journey-helpers';

const run = browserAvailable();

async function apiOf(baseUrl: string): Promise<ApiClient> {
  const html = await (await fetch(baseUrl)).text();
  const token = /<meta name="kiemdiem-token" content="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no token meta');
  return createClient({
    call: async (method, input) =>
      (await fetch(`${baseUrl}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-kiemdiem-token': token }, body: JSON.stringify(input) })).json(),
  });
}

interface FrameFacts {
  text: string;
  bodyFont: string;
  headerFont: string | null;
  loadedFamilies: string[];
  tinosCheck: boolean;
  styled: boolean;
}

/** Reads the preview document from the app page (same origin: allow-same-origin, no scripts inside). */
async function frameFacts(page: Page, headerSelector: string): Promise<FrameFacts> {
  return page.evaluate(async (selector) => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe.print-frame');
    const doc = frame?.contentDocument;
    if (!doc || !doc.body) throw new Error('the preview frame has no readable document');
    await doc.fonts.ready;
    const header = doc.querySelector(selector);
    const win = doc.defaultView!;
    return {
      text: doc.body.innerText,
      bodyFont: win.getComputedStyle(doc.body).fontFamily,
      headerFont: header ? win.getComputedStyle(header).fontFamily : null,
      loadedFamilies: [...doc.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, '')),
      tinosCheck: doc.fonts.check('14pt "KiemDiem Tinos"', 'ĐẢNG CỘNG SẢN VIỆT NAM'),
      // The inline <style> applied: the body is one A4 width on screen (210 or 297 mm at 96 px per inch).
      styled: [210, 297].some((mm) => Math.abs(doc.body.getBoundingClientRect().width - (mm / 25.4) * 96) < 2),
    };
  }, headerSelector);
}

describe.skipIf(!run)('print preview in Chromium (browser mode, demo commune)', () => {
  let browser: Browser;
  let dataDir: string;
  let server: RunningServer;
  let cellName: string;
  let cellId: string;

  beforeAll(async () => {
    dataDir = tempDir('kiemdiem-e2e-print-');
    server = await startWebServer(dataDir);
    const api = await apiOf(server.url);
    const demo = await api.call('demo.load', { members: 200 });
    if (!demo.ok) throw new Error(demo.error.message);
    const years = await api.call('year.list');
    if (years.ok && years.value.length === 0) await api.call('year.create', { year: new Date().getFullYear() });
    const units = await api.call('org.list');
    const rows = await api.call('member.list', { includeInactive: false });
    if (!units.ok || !rows.ok) throw new Error('no units');
    const cell = units.value.find((u) => u.kind === 'basic-cell' && !u.closedOn && rows.value.filter((r) => r.orgUnitId === u.id).length >= 5)!;
    cellName = cell.name;
    cellId = cell.id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the forms in Tinos in an iframe with its own CSP, with no CSP violation in the app page', { timeout: 120_000 }, async () => {
    const { page, problems } = await openWatchedPage(browser);
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
    });
    const appResponse = await page.goto(server.url);
    const appCsp = appResponse?.headers()['content-security-policy'] ?? '';
    expect(appCsp).toContain("frame-src 'self'");
    expect(appCsp).not.toContain('unsafe-inline');
    await page.getByRole('heading', { name: 'Tổng quan', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('button', { name: 'In biểu mẫu', exact: true }).click();
    await page.getByRole('heading', { name: 'In biểu mẫu', level: 1 }).waitFor();

    // 1. The sổ danh sách of a chi bộ.
    await page.getByLabel('Biểu mẫu', { exact: true }).selectOption({ label: 'Sổ danh sách đảng viên (Mẫu 7-HSĐV)' });
    const previewResponse = page.waitForResponse((r) => /\/preview\/[0-9a-f]{32}$/.test(r.url()));
    await page.getByLabel('Tổ chức đảng', { exact: true }).selectOption(cellId);
    const response = await previewResponse;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
    );
    const frame = page.locator('iframe.print-frame');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
    await page.getByRole('button', { name: 'In', exact: true }).and(page.locator(':enabled')).waitFor();
    const register = await frameFacts(page, '.doc-type');
    expect(register.text).toContain('SỔ DANH SÁCH ĐẢNG VIÊN');
    expect(register.text).toContain(cellName);
    expect(register.styled).toBe(true);
    expect(register.bodyFont).toMatch(/^"?KiemDiem Tinos"?/);
    expect(register.loadedFamilies).toContain('KiemDiem Tinos');
    expect(register.tinosCheck).toBe(true);
    await page.locator('.print-preview').screenshot({ path: screenshotPath('print-preview-register.png') });

    // 2. Mẫu 04 of the same chi bộ: the party header "ĐẢNG CỘNG SẢN VIỆT NAM".
    const second = page.waitForResponse((r) => /\/preview\/[0-9a-f]{32}$/.test(r.url()));
    await page.getByLabel('Biểu mẫu', { exact: true }).selectOption({ label: 'Mẫu 04 — Danh mục hồ sơ kiểm điểm, đánh giá, xếp loại' });
    const unitSelect = page.getByLabel('Tổ chức đảng', { exact: true });
    if ((await unitSelect.inputValue()) !== cellId) await unitSelect.selectOption(cellId);
    expect((await second).status()).toBe(200);
    // Polled with evaluate, not waitForFunction: Playwright compiles that predicate with eval, which
    // the app page's CSP rightly refuses (and reports as a violation).
    for (let i = 0; i < 100; i++) {
      const shown = await page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.print-frame')?.contentDocument?.body?.innerText.includes('ĐẢNG CỘNG SẢN VIỆT NAM') ?? false);
      if (shown) break;
      await page.waitForTimeout(100);
    }
    const form04 = await frameFacts(page, '.party');
    expect(form04.text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(form04.headerFont).toMatch(/^"?KiemDiem Tinos"?/);
    expect(form04.loadedFamilies).toContain('KiemDiem Tinos');
    expect(form04.tinosCheck).toBe(true);

    // "In" calls the frame's print(): replaced here by a recorder (the real one opens the system dialog).
    await page.evaluate(() => {
      const w = document.querySelector<HTMLIFrameElement>('iframe.print-frame')!.contentWindow as Window & { print: () => void };
      w.print = () => ((window as unknown as { __printed: number }).__printed = 1);
    });
    await page.getByRole('button', { name: 'In', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(1);

    await page.getByRole('heading', { name: 'In biểu mẫu', level: 1 }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('print-preview.png'), fullPage: true });

    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

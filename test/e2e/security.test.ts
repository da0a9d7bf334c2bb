// Browser-mode security against the real server process: API calls without the per-run token or with
// a wrong one are refused (401) and change nothing; the page is served with its Content Security
// Policy, and Chromium enforces it — an injected inline script does not run. Layer: test (browser).
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchChromium } from '../support/browser';
import { startWebServer, type RunningServer } from '../support/web-server';
import { tempDir } from '../support/temp-dir';
import { openWatchedPage } from './journey-helpers';

const run = browserAvailable();

const commune = {
  name: 'Đảng bộ xã Xuân Hòa',
  province: 'Tỉnh Phú Thọ',
  upperLevelName: 'Ban Thường vụ Tỉnh ủy Phú Thọ',
  placeName: 'Xuân Hòa',
};

interface Envelope {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

describe.skipIf(!run)('browser-mode security (real server, Chromium)', () => {
  let browser: Browser;
  let dataDir: string;
  let server: RunningServer;

  beforeAll(async () => {
    dataDir = tempDir('kiemdiem-e2e-security-');
    server = await startWebServer(dataDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** POST /api/<method> from Node, with the given token header (or none). */
  async function call(method: string, input: unknown, token?: string): Promise<{ status: number; body: Envelope }> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== undefined) headers['x-kiemdiem-token'] = token;
    const res = await fetch(new URL(`api/${method}`, server.url), { method: 'POST', headers, body: JSON.stringify(input) });
    return { status: res.status, body: (await res.json()) as Envelope };
  }

  /** The token the server put into the page it serves. */
  async function realToken(): Promise<string> {
    const html = await (await fetch(server.url)).text();
    const m = /<meta name="kiemdiem-token" content="([0-9a-f]+)"/.exec(html);
    if (!m) throw new Error(`no token meta in the served page:\n${html.slice(0, 500)}`);
    return m[1]!;
  }

  it('refuses API calls without the token or with a wrong one (401), and they change nothing', { timeout: 60_000 }, async () => {
    const token = await realToken();
    expect(token.length).toBeGreaterThanOrEqual(32);
    const wrong = token.slice(0, -1) + (token.endsWith('0') ? '1' : '0');

    for (const attempt of [undefined, '', 'not-the-token', wrong]) {
      const setup = await call('commune.setup', commune, attempt);
      expect(setup.status).toBe(401);
      expect(setup.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      expect(setup.body.error!.message).toMatch(/mã phiên làm việc/);
      const demo = await call('demo.load', { members: 10 }, attempt);
      expect(demo.status).toBe(401);
      const info = await call('app.info', {}, attempt);
      expect(info.status).toBe(401);
      expect(info.body.value).toBeUndefined();
    }

    // From the page itself (same origin), a call without the token is refused too.
    const { page } = await openWatchedPage(browser);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Thiết lập đảng bộ xã', level: 1 }).waitFor();
    const fromPage = await page.evaluate(async (input) => {
      const res = await fetch('/api/commune.setup', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
      return { status: res.status, body: await res.json() };
    }, commune);
    expect(fromPage.status).toBe(401);
    expect(fromPage.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    await page.close();

    // Nothing changed: with the right token the database still has no commune.
    const info = await call('app.info', {}, token);
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ ok: true, value: { hasCommune: false } });
    const got = await call('commune.get', {}, token);
    expect(got.body).toEqual({ ok: true, value: null });
  });

  it('serves the page with a strict CSP, and Chromium does not run an injected inline script', { timeout: 60_000 }, async () => {
    const { page, problems } = await openWatchedPage(browser);
    const response = await page.goto(server.url);
    expect(response?.status()).toBe(200);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    // The app itself runs under it.
    await page.getByRole('heading', { name: 'Thiết lập đảng bộ xã', level: 1 }).waitFor();

    const violations = await page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
      const s = document.createElement('script');
      s.textContent = 'window.__x = 1';
      document.head.append(s);
      // The violation event is dispatched asynchronously.
      await new Promise((resolve) => setTimeout(resolve, 200));
      return seen;
    });
    expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
    expect(violations.some((d) => d.startsWith('script-src'))).toBe(true);
    expect(problems.some((p) => p.startsWith('console error') && /Content Security Policy/.test(p))).toBe(true);
    await page.close();

    // Control: the same injection runs when the CSP is bypassed, so the check above is meaningful.
    const { page: open } = await openWatchedPage(browser, { bypassCSP: true });
    await open.goto(server.url);
    await open.getByRole('heading', { name: 'Thiết lập đảng bộ xã', level: 1 }).waitFor();
    await open.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__x = 1';
      document.head.append(s);
    });
    expect(await open.evaluate(() => (window as unknown as { __x?: number }).__x)).toBe(1);
    await open.close();
  });
});

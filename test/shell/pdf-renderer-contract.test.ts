// Contract of the core's PDF-renderer port (electron/core/print/pdf-renderer.ts), run against both
// adapters with a real party document (Tinos inlined, @page A4 with HD 36 margins):
// - playwright-core with Debian's real Chromium (/usr/bin/chromium or $CHROMIUM_PATH) — fully real;
// - the Electron adapter (electron/main/pdf-window.ts) with a mocked `electron` module whose window
//   is backed by the same real Chromium: loadURL fetches the document through the print session's
//   own webRequest filter and app:// handler, executeJavaScriptInIsolatedWorld evaluates the fonts
//   wait in the page, and printToPDF translates Electron's options (inches, pageSize) to page.pdf().
//   So this checks that the adapter serves the exact HTML and asks for options that give the same
//   PDF as playwright — not Electron's own printToPDF, which cannot run on these machines.
// Both must give an A4 PDF (pdfinfo) in the document's orientation, embed only Tinos, keep the
// Vietnamese text, and behave the same through render/parallel/close. Layer: test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderHtml } from '../../shared/documents/render-html';
import type { PartyDocument } from '../../shared/documents/model';
import { bundledFontCss } from '../../electron/core/print/fonts';
import { CHROMIUM_ARGS, chromiumExecutable, openPdfRenderer } from '../../electron/core/print/pdf';
import type { PdfRenderer, PdfRendererFactory } from '../../electron/core/print/pdf-renderer';

type Handler = (request: Request) => Response | Promise<Response>;

const h = vi.hoisted(() => ({ browser: null as null | Browser }));

vi.mock('electron', () => {
  interface FakeSession {
    beforeRequest: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null;
    handler: Handler | null;
  }
  const ses: FakeSession & Record<string, unknown> = {
    beforeRequest: null,
    handler: null,
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    on: () => ses,
    webRequest: { onBeforeRequest: (fn: FakeSession['beforeRequest']) => (ses.beforeRequest = fn) },
    protocol: { handle: (_scheme: string, fn: Handler) => (ses.handler = fn) },
  };
  class BrowserWindow {
    private page: Promise<Page>;
    private destroyed = false;
    constructor(public options: { webPreferences: { session: FakeSession } }) {
      this.page = h.browser!.newPage();
    }
    async loadURL(url: string) {
      const s = this.options.webPreferences.session;
      let cancel = true;
      s.beforeRequest!({ url }, (r) => (cancel = r.cancel));
      if (cancel) throw new Error(`ERR_BLOCKED_BY_CLIENT: ${url}`);
      const res = await s.handler!(new Request(url));
      if (res.status !== 200) throw new Error(`ERR_HTTP_RESPONSE_CODE_FAILURE ${res.status}`);
      await (await this.page).setContent(await res.text(), { waitUntil: 'load' });
    }
    webContents = {
      executeJavaScriptInIsolatedWorld: async (_world: number, scripts: { code: string }[]) => (await this.page).evaluate(scripts[0]!.code),
      printToPDF: async (o: { pageSize: string; preferCSSPageSize: boolean; printBackground: boolean; displayHeaderFooter: boolean; landscape: boolean; margins: Record<'top' | 'bottom' | 'left' | 'right', number> }) =>
        (await this.page).pdf({
          format: o.pageSize,
          preferCSSPageSize: o.preferCSSPageSize,
          printBackground: o.printBackground,
          displayHeaderFooter: o.displayHeaderFooter,
          landscape: o.landscape,
          margin: { top: `${o.margins.top}in`, bottom: `${o.margins.bottom}in`, left: `${o.margins.left}in`, right: `${o.margins.right}in` },
        }),
    };
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
      void this.page.then((p) => p.close());
    }
    once() {}
  }
  return { BrowserWindow, session: { fromPartition: () => ses } };
});

const { openElectronPdfRenderer } = await import('../../electron/main/pdf-window');

const out = mkdtempSync(path.join(os.tmpdir(), 'kiemdiem-pdf-contract-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function doc(orientation: 'portrait' | 'landscape', title: string): PartyDocument {
  return {
    title,
    orientation,
    pageNumbers: true,
    blocks: [
      { kind: 'header', header: { upperBody: 'Đảng bộ xã Xuân Hòa', issuingBody: 'Chi bộ thôn Đông', number: 'Số 12-BC/CB', place: 'Xuân Hòa', date: '2026-12-05' } },
      { kind: 'title', type: 'Báo cáo', lines: ['kiểm điểm, đánh giá, xếp loại chất lượng năm 2026'] },
      ...Array.from({ length: 40 }, (_, i) => ({ kind: 'paragraph' as const, runs: [{ text: `${i + 1}. Đồng chí Nguyễn Thị Hồng hoàn thành tốt nhiệm vụ; ý thức tổ chức kỷ luật, đạo đức, lối sống gương mẫu.` }] })),
    ],
  };
}

const fontCss = bundledFontCss();
const PORTRAIT = renderHtml(doc('portrait', 'Báo cáo dọc'), { fontCss });
const LANDSCAPE = renderHtml(doc('landscape', 'Sổ ngang'), { fontCss });

function poppler(pdf: Buffer, name: string) {
  const file = path.join(out, name);
  writeFileSync(file, pdf);
  const run = (cmd: string, args: string[]) => execFileSync(cmd, [...args, file], { encoding: 'utf8' });
  const info = run('pdfinfo', []);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: /Page size:\s+(.*)/.exec(info)?.[1]?.trim() ?? '',
    fonts: run('pdffonts', [])
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => l.trim().split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')),
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').trim(),
  };
}

beforeAll(async () => {
  h.browser = await chromium.launch({ executablePath: chromiumExecutable(), headless: true, args: CHROMIUM_ARGS });
}, 60_000);
afterAll(async () => {
  await h.browser?.close();
});

const adapters: [string, PdfRendererFactory][] = [
  ['playwright (real Chromium)', (o) => openPdfRenderer(o)],
  ['electron hidden window (mocked electron, Chromium-backed)', (o) => openElectronPdfRenderer(o)],
];

const results = new Map<string, ReturnType<typeof poppler>[]>();

describe.each(adapters)('PdfRenderer contract: %s', (name, open) => {
  it('prints A4 PDFs in the document orientation, Tinos only, the Vietnamese text kept; reusable; closes', async () => {
    const renderer: PdfRenderer = await open({ pages: 2 });
    expect(Number.isInteger(renderer.parallel) && renderer.parallel >= 1).toBe(true);
    const portrait = await renderer.render(PORTRAIT);
    const landscape = await renderer.render(LANDSCAPE);
    const again = await renderer.render(PORTRAIT);
    await renderer.close();
    for (const pdf of [portrait, landscape, again]) {
      expect(Buffer.isBuffer(pdf)).toBe(true);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    const tag = name.split(' ')[0]!;
    const p = poppler(portrait, `${tag}-portrait.pdf`);
    const l = poppler(landscape, `${tag}-landscape.pdf`);
    const a = poppler(again, `${tag}-again.pdf`);
    expect(p.size).toBe('594.96 x 841.92 pts (A4)');
    expect(l.size).toBe('841.92 x 594.96 pts (A4)');
    expect(p.pages).toBeGreaterThan(1);
    expect(a.pages).toBe(p.pages);
    expect(p.fonts.length).toBeGreaterThan(0);
    for (const f of [...p.fonts, ...l.fonts]) expect(f).toMatch(/^Tinos-(Regular|Bold|Italic|BoldItalic)$/);
    expect(p.text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(p.text).toContain('Đồng chí Nguyễn Thị Hồng hoàn thành tốt nhiệm vụ');
    expect(p.text).toBe(p.text.normalize('NFC'));
    results.set(name, [p, l]);
  }, 120_000);
});

describe('same HTML → same PDF', () => {
  it('both adapters give the same pages, sizes, fonts and text', () => {
    const [pw, el] = adapters.map(([name]) => results.get(name));
    expect(pw, 'playwright results').toBeDefined();
    expect(el, 'electron results').toBeDefined();
    expect(el).toEqual(pw);
  });
});

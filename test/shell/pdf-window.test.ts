// The Electron PDF renderer (electron/main/pdf-window.ts) against a mocked `electron` module — the
// binary cannot run on these machines, so this checks what the adapter asks Electron to do, not what
// Electron does with it: a hidden window with the secure preferences and no preload, an in-memory
// session that refuses every request but the document and data: URLs, the document served from
// memory with the no-script CSP, fonts awaited before printToPDF, A4 + preferCSSPageSize, one window
// reused for a batch (one document at a time), destroyed on close. Layer: test.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_CONTENT_SECURITY_POLICY } from '../../electron/core/transports/static-files';
import { FONTS_READY_SCRIPT, PdfRendererUnavailableError } from '../../electron/core/print/pdf-renderer';
import { chromiumRefusal } from '../../electron/core/services/print-service';

type Handler = (request: Request) => Response | Promise<Response>;

const h = vi.hoisted(() => ({
  events: [] as string[],
  windows: [] as FakeWindowShape[],
  partitions: [] as { name: string; options: unknown }[],
  session: null as null | FakeSessionShape,
  /** Awaited while the fonts "load": a promise, or a function run at that moment. */
  fontsGate: null as null | Promise<unknown> | (() => Promise<unknown>),
  pdfGate: null as null | Promise<unknown>,
  failWindow: false,
}));

interface FakeSessionShape {
  beforeRequest: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null;
  protocolHandler: Handler | null;
  scheme: string | null;
  permissionRequest: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | null;
  permissionCheck: (() => boolean) | null;
  listeners: Map<string, (...args: unknown[]) => void>;
}

interface FakeWindowShape {
  options: Record<string, unknown>;
  destroyed: boolean;
  loaded: { url: string; status: number; csp: string | null; body: string }[];
  webContents: { executeJavaScriptInIsolatedWorld: ReturnType<typeof vi.fn>; printToPDF: ReturnType<typeof vi.fn> };
  destroy(): void;
}

vi.mock('electron', () => {
  const makeSession = (): FakeSessionShape & Record<string, unknown> => {
    const s: FakeSessionShape & Record<string, unknown> = {
      beforeRequest: null,
      protocolHandler: null,
      scheme: null,
      permissionRequest: null,
      permissionCheck: null,
      listeners: new Map(),
      setPermissionRequestHandler(fn: FakeSessionShape['permissionRequest']) {
        s.permissionRequest = fn;
      },
      setPermissionCheckHandler(fn: FakeSessionShape['permissionCheck']) {
        s.permissionCheck = fn;
      },
      on(event: string, fn: (...args: unknown[]) => void) {
        s.listeners.set(event, fn);
        return s;
      },
      webRequest: {
        onBeforeRequest(fn: FakeSessionShape['beforeRequest']) {
          s.beforeRequest = fn;
        },
      },
      protocol: {
        handle(scheme: string, fn: Handler) {
          s.scheme = scheme;
          s.protocolHandler = fn;
        },
      },
    };
    return s;
  };
  class BrowserWindow implements FakeWindowShape {
    destroyed = false;
    loaded: FakeWindowShape['loaded'] = [];
    private closedListeners: (() => void)[] = [];
    webContents = {
      executeJavaScriptInIsolatedWorld: vi.fn(async (_world: number, _scripts: { code: string }[]) => {
        h.events.push('fonts:start');
        await (typeof h.fontsGate === 'function' ? h.fontsGate() : h.fontsGate);
        h.events.push('fonts:ready');
        return true;
      }),
      printToPDF: vi.fn(async () => {
        h.events.push('pdf:start');
        await h.pdfGate;
        h.events.push('pdf:done');
        return Buffer.from(`%PDF-1.4 #${h.events.filter((e) => e === 'pdf:done').length}`);
      }),
    };
    constructor(public options: Record<string, unknown>) {
      if (h.failWindow) throw new Error('GPU process crashed');
      h.windows.push(this);
    }
    /** Like Chromium: the request passes the session's webRequest, then its protocol handler. */
    async loadURL(url: string) {
      h.events.push('load');
      const ses = (this.options.webPreferences as { session: FakeSessionShape }).session;
      let cancel = true;
      ses.beforeRequest!({ url }, (r) => (cancel = r.cancel));
      if (cancel) throw new Error(`ERR_BLOCKED_BY_CLIENT (-20) loading '${url}'`);
      const res = await ses.protocolHandler!(new Request(url));
      this.loaded.push({ url, status: res.status, csp: res.headers.get('content-security-policy'), body: await res.text() });
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
      for (const fn of this.closedListeners) fn();
    }
    once(event: string, fn: () => void) {
      if (event === 'closed') this.closedListeners.push(fn);
    }
  }
  return {
    BrowserWindow,
    session: {
      fromPartition: (name: string, options: unknown) => {
        h.partitions.push({ name, options });
        h.session ??= makeSession();
        return h.session;
      },
    },
  };
});

const { openElectronPdfRenderer, PRINT_PARTITION, printDocumentUrl, destroyAllPrintWindows } = await import('../../electron/main/pdf-window');

const HTML = '<!DOCTYPE html><html lang="vi"><style>@page{size:210mm 297mm;margin:20mm 15mm 20mm 30mm}</style><p>ĐẢNG CỘNG SẢN VIỆT NAM</p></html>';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const cancelled = (url: string): boolean => {
  let cancel: boolean | undefined;
  h.session!.beforeRequest!({ url }, (r) => (cancel = r.cancel));
  return cancel!;
};

beforeEach(() => {
  destroyAllPrintWindows();
  h.events.length = 0;
  h.windows.length = 0;
  h.fontsGate = null;
  h.pdfGate = null;
  h.failWindow = false;
});

describe('Electron PDF renderer (mocked electron)', () => {
  it('prints in a hidden, sandboxed window without preload, on its own in-memory session', async () => {
    const renderer = await openElectronPdfRenderer();
    expect(renderer.parallel).toBe(1);
    expect(h.windows).toHaveLength(0); // the window is created on the first render
    const pdf = await renderer.render(HTML);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    expect(h.partitions.at(-1)).toEqual({ name: PRINT_PARTITION, options: { cache: false } });
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
    expect(h.windows).toHaveLength(1);
    const { options } = h.windows[0]!;
    expect(options.show).toBe(false);
    const prefs = options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInSubFrames: false, webviewTag: false, devTools: false, javascript: true, session: h.session });
    expect(prefs.preload).toBeUndefined();
    await renderer.close();
  });

  it('blocks the network: only the document being printed and data: URLs load', async () => {
    const renderer = await openElectronPdfRenderer();
    let docUrl = '';
    h.fontsGate = async () => {
      docUrl = h.windows[0]!.loaded[0]!.url;
      // While printing: the document and inline fonts pass; everything else is cancelled.
      expect(cancelled(docUrl)).toBe(false);
      expect(cancelled('data:font/woff2;base64,d09GMgABAAAAA')).toBe(false);
      for (const url of ['https://example.com/x.css', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://kiemdiem/index.html', printDocumentUrl('0000'), 'ws://localhost/']) {
        expect(cancelled(url), url).toBe(true);
      }
    };
    await renderer.render(HTML);
    expect(docUrl).toMatch(/^app:\/\/kiemdiem-print\/[0-9a-f-]{36}\.html$/);
    // Printed → its URL is refused and no longer served.
    expect(cancelled(docUrl)).toBe(true);
    expect((await h.session!.protocolHandler!(new Request(docUrl))).status).toBe(404);
    // No permission, no download from the print session.
    let granted: boolean | undefined;
    h.session!.permissionRequest!({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(h.session!.permissionCheck!()).toBe(false);
    const download = { preventDefault: vi.fn() };
    h.session!.listeners.get('will-download')!(download, {}, {});
    expect(download.preventDefault).toHaveBeenCalled();
    await renderer.close();
  });

  it('serves the HTML from memory with the no-script CSP (no data: URL, no temp file)', async () => {
    const renderer = await openElectronPdfRenderer();
    const big = HTML.replace('<p>', `<style>@font-face{font-family:x;src:url(data:font/woff2;base64,${'A'.repeat(3 * 1024 * 1024)})}</style><p>`);
    await renderer.render(big);
    const [loaded] = h.windows[0]!.loaded;
    expect(h.session!.scheme).toBe('app');
    expect(loaded!.status).toBe(200);
    expect(loaded!.body).toBe(big); // 3 MB: more than a data: URL may carry
    expect(loaded!.csp).toBe(PREVIEW_CONTENT_SECURITY_POLICY);
    expect(loaded!.csp).toContain("default-src 'none'");
    await renderer.close();
  });

  it('waits for document.fonts.ready (in an isolated world) before printToPDF, with A4 + preferCSSPageSize', async () => {
    const renderer = await openElectronPdfRenderer();
    const fonts = deferred();
    h.fontsGate = fonts.promise;
    const job = renderer.render(HTML);
    await new Promise((r) => setTimeout(r, 20));
    expect(h.events).toEqual(['load', 'fonts:start']);
    const wc = h.windows[0]!.webContents;
    expect(wc.printToPDF).not.toHaveBeenCalled();
    fonts.resolve();
    await job;
    expect(h.events).toEqual(['load', 'fonts:start', 'fonts:ready', 'pdf:start', 'pdf:done']);
    const [world, scripts] = wc.executeJavaScriptInIsolatedWorld.mock.calls[0]!;
    expect(world).toBeGreaterThan(0);
    expect(scripts).toEqual([{ code: FONTS_READY_SCRIPT }]);
    expect(wc.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: false,
      landscape: false,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    await renderer.close();
  });

  it('reuses one window for a batch, printing one document after the other, and destroys it on close', async () => {
    const renderer = await openElectronPdfRenderer({ pages: 2 });
    const first = deferred();
    h.pdfGate = first.promise;
    const jobs = [renderer.render(HTML), renderer.render(HTML), renderer.render(HTML)];
    await new Promise((r) => setTimeout(r, 20));
    // The second document waits until the first is printed.
    expect(h.events).toEqual(['load', 'fonts:start', 'fonts:ready', 'pdf:start']);
    first.resolve();
    const pdfs = await Promise.all(jobs);
    expect(pdfs.map((p) => p.toString())).toEqual(['%PDF-1.4 #1', '%PDF-1.4 #2', '%PDF-1.4 #3']);
    expect(h.events.filter((e) => e === 'load')).toHaveLength(3);
    expect(h.windows).toHaveLength(1);
    expect(h.windows[0]!.destroyed).toBe(false);

    await renderer.close();
    expect(h.windows[0]!.destroyed).toBe(true);
    await renderer.close(); // twice is harmless
    await expect(renderer.render(HTML)).rejects.toThrow(/đã đóng/);
  });

  it('close waits for the document being printed', async () => {
    const renderer = await openElectronPdfRenderer();
    const gate = deferred();
    h.pdfGate = gate.promise;
    const job = renderer.render(HTML);
    await new Promise((r) => setTimeout(r, 10));
    const closing = renderer.close();
    await new Promise((r) => setTimeout(r, 10));
    expect(h.windows[0]!.destroyed).toBe(false);
    gate.resolve();
    await expect(job).resolves.toBeInstanceOf(Buffer);
    await closing;
    expect(h.windows[0]!.destroyed).toBe(true);
  });

  it('opens a new window when the old one is gone (renderer crash), and a failed document does not stop the batch', async () => {
    const renderer = await openElectronPdfRenderer();
    await renderer.render(HTML);
    h.windows[0]!.destroy();
    h.windows[0]!.webContents.printToPDF.mockClear();
    await renderer.render(HTML);
    expect(h.windows).toHaveLength(2);
    h.windows[1]!.webContents.printToPDF.mockRejectedValueOnce(new Error('Printing failed'));
    await expect(renderer.render(HTML)).rejects.toThrow('Printing failed');
    // The failed window is replaced; the next document prints.
    expect(h.windows[1]!.destroyed).toBe(true);
    await expect(renderer.render(HTML)).resolves.toBeInstanceOf(Buffer);
    expect(h.windows).toHaveLength(3);
    await renderer.close();
    expect(h.windows.every((w) => w.destroyed)).toBe(true);
  });

  it('gives up with a Vietnamese message when the fonts never load', async () => {
    const renderer = await openElectronPdfRenderer({ timeoutMs: 30 });
    h.fontsGate = new Promise(() => undefined);
    await expect(renderer.render(HTML)).rejects.toThrow(/In PDF quá .* giây/);
    await renderer.close();
  });

  it('a window that cannot be created is a printer-unavailable refusal', async () => {
    h.failWindow = true;
    const renderer = await openElectronPdfRenderer();
    const err = await renderer.render(HTML).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PdfRendererUnavailableError);
    expect(() => chromiumRefusal(err)).toThrow(expect.objectContaining({ code: 'printer-unavailable', message: expect.stringContaining('cửa sổ in PDF') }));
    await renderer.close();
  });
});

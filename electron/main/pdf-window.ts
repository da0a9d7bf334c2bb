// The Electron adapter of the core's PDF-renderer port (electron/core/print/pdf-renderer.ts): prints
// a form's HTML with a hidden, sandboxed BrowserWindow and webContents.printToPDF — the same Chromium
// engine and the same page options (PDF_PAGE_OPTIONS) as the playwright adapter of browser mode, the
// CLI and the tests, so the same HTML gives the same PDF. main.ts injects it through openCore.
//
// How a document is printed:
// - One window per opened renderer, created on the first render, reused for every document of a
//   batch (one after the other: `parallel` is 1), destroyed by close().
// - The window: show:false, sandbox, contextIsolation, no Node, no preload, no devtools, its own
//   in-memory session (partition PRINT_PARTITION) whose webRequest cancels every request except the
//   document being printed and data: URLs (the fonts are inlined as data: URLs), and which denies
//   every permission and every download.
// - The document is served by that session's own app:// handler at app://kiemdiem-print/<uuid>.html,
//   from memory: no data: URL (Chromium caps URLs at 2 MB; the inlined Tinos is ~140 KB today, but a
//   long register plus more font files must not hit a limit), no temporary file to clean up or to
//   leak, and a real response header for the CSP. The CSP is
//   the preview's (default-src 'none': no page script, no request but inline styles and data: fonts).
// - JavaScript stays enabled only so that the main process can wait for `document.fonts.ready`; it
//   runs in an isolated world, which the page's CSP does not govern. The print HTML itself has no script.
// - Then printToPDF with A4 as the fallback size, preferCSSPageSize (size and margins from @page),
//   backgrounds, no header/footer, zero sheet margins. A render that takes longer than RENDER_TIMEOUT_MS
//   fails with a Vietnamese message instead of hanging a batch; after a failure the window is replaced.
//
// Verified here: only with a mocked `electron` module (test/shell/pdf-window.test.ts and the contract
// test, where the mock's printToPDF is backed by real Chromium through playwright). NOT verified here:
// a real Electron run (the binary cannot be downloaded on these machines) — that printToPDF of a
// hidden sandboxed window on a per-session app:// handler prints exactly like playwright, on Windows.
// Layer: electron/main (shell).
import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type BrowserWindowConstructorOptions, type PrintToPDFOptions, type Session } from 'electron';
import { PREVIEW_CONTENT_SECURITY_POLICY } from '../core/transports/static-files';
import { FONTS_READY_SCRIPT, PDF_PAGE_OPTIONS, PdfRendererUnavailableError, type PdfRenderer, type PdfRendererFactory } from '../core/print/pdf-renderer';
import { APP_SCHEME } from './app-scheme';
import { SECURE_WEB_PREFERENCES } from './secure-web-preferences';

/** In-memory (no "persist:" prefix): nothing of a printed document is ever written to the profile. */
export const PRINT_PARTITION = 'kiemdiem-print';
/** Host of the print documents; not the app's host, so they are never trusted IPC senders. */
export const PRINT_HOST = 'kiemdiem-print';
/** Isolated world the fonts wait runs in (any id above 0; 999 is the documented example). */
export const FONTS_WORLD_ID = 999;
export const RENDER_TIMEOUT_MS = 60_000;

const MM_PER_INCH = 25.4;

/** printToPDF options equal to the playwright adapter's page.pdf options (PDF_PAGE_OPTIONS). */
export const ELECTRON_PDF_OPTIONS: PrintToPDFOptions = Object.freeze({
  pageSize: PDF_PAGE_OPTIONS.format,
  preferCSSPageSize: PDF_PAGE_OPTIONS.preferCSSPageSize,
  printBackground: PDF_PAGE_OPTIONS.printBackground,
  displayHeaderFooter: PDF_PAGE_OPTIONS.displayHeaderFooter,
  landscape: false,
  // Electron takes inches.
  margins: Object.freeze({
    top: PDF_PAGE_OPTIONS.marginMm / MM_PER_INCH,
    bottom: PDF_PAGE_OPTIONS.marginMm / MM_PER_INCH,
    left: PDF_PAGE_OPTIONS.marginMm / MM_PER_INCH,
    right: PDF_PAGE_OPTIONS.marginMm / MM_PER_INCH,
  }),
});

/** The hidden print window: the app's secure preferences, no preload, JavaScript only for the fonts wait. */
export function printWindowOptions(ses: Session): BrowserWindowConstructorOptions {
  return {
    show: false,
    // About an A4 sheet at 96 dpi; printing uses the page size, not the window's.
    width: 794,
    height: 1123,
    paintWhenInitiallyHidden: true,
    skipTaskbar: true,
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      session: ses,
      javascript: true,
      images: true,
      devTools: false,
      // A hidden window must not be throttled while it waits for fonts and prints.
      backgroundThrottling: false,
    },
  };
}

/** The documents being printed, by URL (all renderers share the one print session). */
const documents = new Map<string, string>();
const preparedSessions = new WeakSet<Session>();
/** Windows of renderers not closed yet, destroyed on quit (destroyAllPrintWindows). */
const liveWindows = new Set<BrowserWindow>();

export const printDocumentUrl = (id: string): string => `${APP_SCHEME}://${PRINT_HOST}/${id}.html`;

/** Requests the print window may make: a document being printed, and inline data: URLs. */
export function isAllowedPrintRequest(url: string): boolean {
  return url.startsWith('data:') || documents.has(url);
}

function refusal(status: number): Response {
  return new Response('Không tìm thấy.', { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Hardens the print session once: no network, no permissions, no downloads, and the document route. */
export function preparePrintSession(ses: Session): void {
  if (preparedSessions.has(ses)) return;
  preparedSessions.add(ses);
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedPrintRequest(details.url) }));
  ses.on('will-download', (event) => event.preventDefault());
  ses.protocol.handle(APP_SCHEME, (request) => {
    const html = request.method === 'GET' ? documents.get(request.url) : undefined;
    if (html === undefined) return refusal(404);
    return new Response(html, {
      status: 200,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': PREVIEW_CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`In PDF quá ${Math.round(ms / 1000)} giây mà chưa xong; hãy thử lại.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface ElectronPdfRendererOptions {
  /** Accepted for the port's signature; the window prints one document at a time. */
  pages?: number;
  timeoutMs?: number;
}

/** Opens a renderer backed by one hidden window (created lazily, reused, destroyed by close()). */
export async function openElectronPdfRenderer(options: ElectronPdfRendererOptions = {}): Promise<PdfRenderer> {
  const timeoutMs = options.timeoutMs ?? RENDER_TIMEOUT_MS;
  let ses: Session;
  try {
    ses = session.fromPartition(PRINT_PARTITION, { cache: false });
    preparePrintSession(ses);
  } catch (err) {
    throw new PdfRendererUnavailableError(`Không chuẩn bị được cửa sổ in PDF: ${err instanceof Error ? err.message : String(err)}`);
  }
  let win: BrowserWindow | null = null;
  let closed = false;
  // Documents print one after the other in the one window.
  let queue: Promise<unknown> = Promise.resolve();

  const windowFor = (): BrowserWindow => {
    if (win && !win.isDestroyed()) return win;
    try {
      win = new BrowserWindow(printWindowOptions(ses));
    } catch (err) {
      throw new PdfRendererUnavailableError(`Không mở được cửa sổ in PDF: ${err instanceof Error ? err.message : String(err)}`);
    }
    liveWindows.add(win);
    const created = win;
    created.once('closed', () => liveWindows.delete(created));
    return created;
  };

  const printOne = async (html: string): Promise<Buffer> => {
    const target = windowFor();
    const url = printDocumentUrl(randomUUID());
    documents.set(url, html);
    try {
      await withTimeout(
        (async () => {
          await target.loadURL(url);
          await target.webContents.executeJavaScriptInIsolatedWorld(FONTS_WORLD_ID, [{ code: FONTS_READY_SCRIPT }]);
        })(),
        timeoutMs,
      );
      return await withTimeout(target.webContents.printToPDF({ ...ELECTRON_PDF_OPTIONS, margins: { ...ELECTRON_PDF_OPTIONS.margins } }), timeoutMs);
    } catch (err) {
      // A window that failed or timed out may still be busy: the next document gets a fresh one.
      if (!target.isDestroyed()) target.destroy();
      liveWindows.delete(target);
      throw err;
    } finally {
      documents.delete(url);
    }
  };

  return {
    parallel: 1,
    render(html) {
      if (closed) return Promise.reject(new Error('Trình in PDF đã đóng.'));
      const job = queue.then(() => printOne(html));
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      if (closed) return;
      closed = true;
      await queue;
      if (win && !win.isDestroyed()) win.destroy();
      if (win) liveWindows.delete(win);
      win = null;
    },
  };
}

/** The factory main.ts hands to openCore. */
export const electronPdfRendererFactory: PdfRendererFactory = (options) => openElectronPdfRenderer(options);

/** On quit: destroys the print windows of renderers still open (a batch cut short). */
export function destroyAllPrintWindows(): void {
  for (const w of liveWindows) if (!w.isDestroyed()) w.destroy();
  liveWindows.clear();
}

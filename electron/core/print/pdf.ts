// HTML → PDF with Chromium through playwright-core (browser mode, the CLI, batch jobs and tests; the
// Electron shell prints the same HTML with webContents.printToPDF). One browser and one page are reused
// for a whole batch: launching Chromium costs far more than printing a page. Each document is loaded
// with setContent, its fonts awaited (document.fonts.ready), then printed with the CSS page size; page
// numbers come from the document's own @page margin boxes (see shared/documents/print-css.ts).
// Layer: electron/core.
import { chromium, type Browser, type Page } from 'playwright-core';
import { writeFileAtomic } from '../files/atomic-write';

export const chromiumExecutable = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export interface PdfRenderer {
  /** Prints one self-contained HTML document; returns the PDF bytes. */
  render(html: string): Promise<Buffer>;
  /** How many documents it prints at the same time (one page each). */
  readonly parallel: number;
  close(): Promise<void>;
}

/** A refusal the services turn into a Vietnamese error: Chromium could not be started. */
export class ChromiumUnavailableError extends Error {
  constructor(path: string, cause: unknown) {
    super(`Không khởi động được trình duyệt Chromium để in (${path}): ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`);
    this.name = 'ChromiumUnavailableError';
  }
}

export interface RendererOptions {
  executablePath?: string;
  /**
   * Pages printing at the same time. Two keep Chromium busy while Node builds the next document and
   * writes the previous file (a batch); one is enough for a single form.
   */
  pages?: number;
}

export async function openPdfRenderer(options: RendererOptions = {}): Promise<PdfRenderer> {
  const executablePath = options.executablePath ?? chromiumExecutable();
  const parallel = Math.max(1, options.pages ?? 1);
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  } catch (err) {
    throw new ChromiumUnavailableError(executablePath, err);
  }
  const idle: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  let created = 0;
  const acquire = async (): Promise<Page> => {
    const free = idle.pop();
    if (free) return free;
    if (created < parallel) {
      created++;
      return browser.newPage();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (page: Page) => {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  };
  const inFlight = new Set<Promise<unknown>>();
  const printOn = async (page: Page, html: string): Promise<Buffer> => {
    await page.setContent(html, { waitUntil: 'load' });
    // A string, not a function: tsx's keepNames would wrap a function in a helper the page lacks.
    await page.evaluate('document.fonts.ready.then(() => true)');
    return page.pdf({ format: 'A4', preferCSSPageSize: true, displayHeaderFooter: false });
  };
  return {
    parallel,
    async render(html) {
      const page = await acquire();
      const job = printOn(page, html);
      inFlight.add(job);
      try {
        return await job;
      } finally {
        inFlight.delete(job);
        release(page);
      }
    },
    async close() {
      await Promise.allSettled([...inFlight]);
      await browser.close();
    },
  };
}

/** Runs `fn` with a renderer and always closes the browser. */
export async function withPdfRenderer<T>(fn: (renderer: PdfRenderer) => Promise<T>): Promise<T> {
  const renderer = await openPdfRenderer();
  try {
    return await fn(renderer);
  } finally {
    await renderer.close();
  }
}

/** Prints the HTML and writes the PDF atomically; returns its size in bytes. */
export async function writePdf(renderer: PdfRenderer, html: string, path: string): Promise<Buffer> {
  const pdf = await renderer.render(html);
  writeFileAtomic(path, pdf);
  return pdf;
}

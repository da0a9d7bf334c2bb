// HTML → PDF with Chromium through playwright-core: the default adapter of the PDF-renderer port
// (print/pdf-renderer.ts) for browser mode, the CLI, batch jobs and tests. The Electron shell injects
// its own adapter (a hidden window with webContents.printToPDF, electron/main/pdf-window.ts) with the
// same page options. One browser and its pages are reused for a whole batch: launching Chromium costs
// far more than printing a page. Each document is loaded with setContent, its fonts awaited
// (document.fonts.ready), then printed with the CSS page size; page numbers come from the document's
// own @page margin boxes (see shared/documents/print-css.ts). Layer: electron/core.
import type { Browser, Page } from 'playwright-core';
import { writeFileAtomic } from '../files/atomic-write';
import { FONTS_READY_SCRIPT, PDF_PAGE_OPTIONS, PdfRendererUnavailableError, type PdfRenderer, type PdfRendererFactory } from './pdf-renderer';

export type { PdfRenderer, PdfRendererFactory, PdfRendererOptions } from './pdf-renderer';

export const chromiumExecutable = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

/** Chromium could not be started (missing or broken); the services turn it into `printer-unavailable`. */
export class ChromiumUnavailableError extends PdfRendererUnavailableError {
  constructor(path: string, cause: unknown) {
    super(`Không khởi động được trình duyệt Chromium để in (${path}): ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`);
    this.name = 'ChromiumUnavailableError';
  }
}

export interface RendererOptions {
  executablePath?: string;
  /** See PdfRendererOptions.pages. */
  pages?: number;
}

/** page.pdf() options equal to the Electron adapter's printToPDF options (PDF_PAGE_OPTIONS). */
export const PLAYWRIGHT_PDF_OPTIONS = Object.freeze({
  format: PDF_PAGE_OPTIONS.format,
  preferCSSPageSize: PDF_PAGE_OPTIONS.preferCSSPageSize,
  printBackground: PDF_PAGE_OPTIONS.printBackground,
  displayHeaderFooter: PDF_PAGE_OPTIONS.displayHeaderFooter,
  margin: { top: `${PDF_PAGE_OPTIONS.marginMm}mm`, right: `${PDF_PAGE_OPTIONS.marginMm}mm`, bottom: `${PDF_PAGE_OPTIONS.marginMm}mm`, left: `${PDF_PAGE_OPTIONS.marginMm}mm` },
});

export async function openPdfRenderer(options: RendererOptions = {}): Promise<PdfRenderer> {
  const executablePath = options.executablePath ?? chromiumExecutable();
  const parallel = Math.max(1, options.pages ?? 1);
  let browser: Browser;
  try {
    // Loaded on first use: the Electron shell prints with its own adapter and never needs it.
    const { chromium } = await import('playwright-core');
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
    await page.evaluate(FONTS_READY_SCRIPT);
    return page.pdf(PLAYWRIGHT_PDF_OPTIONS);
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

/** The default factory of the port (playwright's Chromium). */
export const openChromiumPdfRenderer: PdfRendererFactory = (options) => openPdfRenderer(options);

/** Runs `fn` with a renderer from `open` (Chromium by default) and always closes it. */
export async function withPdfRenderer<T>(fn: (renderer: PdfRenderer) => Promise<T>, open: PdfRendererFactory = openChromiumPdfRenderer): Promise<T> {
  const renderer = await open();
  try {
    return await fn(renderer);
  } finally {
    await renderer.close();
  }
}

/** Prints the HTML and writes the PDF atomically; returns the PDF bytes. */
export async function writePdf(renderer: PdfRenderer, html: string, path: string): Promise<Buffer> {
  const pdf = await renderer.render(html);
  writeFileAtomic(path, pdf);
  return pdf;
}

// The PDF-renderer port of the core: whatever turns one self-contained print HTML document into PDF
// bytes. Two adapters implement it — Chromium through playwright-core (print/pdf.ts: browser mode,
// the CLI, tests; the default) and a hidden sandboxed Electron window with webContents.printToPDF
// (electron/main/pdf-window.ts, injected by the Electron shell through openCore's `pdfRenderer`).
// Both print with the same page options, so the same HTML gives the same PDF: the page size and the
// margins come from the document's own `@page` rule (preferCSSPageSize; A4 only as the fallback),
// backgrounds print, no browser header/footer. Layer: electron/core.

export interface PdfRenderer {
  /** Prints one self-contained HTML document (fonts inlined, no script needed); returns the PDF bytes. */
  render(html: string): Promise<Buffer>;
  /** How many documents it prints at the same time; a batch keeps at most this many in flight. */
  readonly parallel: number;
  /** Frees the browser or window; pending renders finish first. Calling it twice is harmless. */
  close(): Promise<void>;
}

export interface PdfRendererOptions {
  /**
   * Documents printed at the same time. Two keep Chromium busy while Node builds the next document
   * and writes the previous file (a batch); one is enough for a single form. An adapter may print
   * fewer (the Electron window prints one after the other).
   */
  pages?: number;
}

/** Opens a renderer; the services call it once per single print and once per batch. */
export type PdfRendererFactory = (options?: PdfRendererOptions) => Promise<PdfRenderer>;

/** A refusal the services turn into a Vietnamese error (`printer-unavailable`): the printing engine could not start. */
export class PdfRendererUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfRendererUnavailableError';
  }
}

/**
 * The page options both adapters print with. Margins are zero here because every document declares
 * its own in `@page` (shared/documents/print-css.ts), which Chromium applies on top of the sheet;
 * the A4 format only matters for a document without an `@page size`.
 */
export const PDF_PAGE_OPTIONS = Object.freeze({
  format: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
  marginMm: 0,
} as const);

/**
 * Evaluated in the document before printing: resolves once the inlined fonts are decoded, so the
 * PDF never falls back to a system font. A string (not a function) because both adapters evaluate
 * source text, and tsx's keepNames would wrap a function in a helper the page lacks.
 */
export const FONTS_READY_SCRIPT = 'document.fonts.ready.then(() => true)';

// Use cases of printing: the list of printable forms, the preview HTML with what is missing, and a form
// written as PDF (through the PDF-renderer port: Chromium, or Electron's hidden print window) or Word
// (.docx) to a path the client chose, or returned as base64 for the renderer to offer as a download
// (in Electron the download goes through a save dialog, electron/main/downloads.ts). Writing a finalized meeting's minutes counts the print (a re-print is marked "BẢN SAO"); the
// preview shows what the next print will be without counting it. The HTML is self-contained (fonts inlined, no scripts) so the renderer can
// show it in a sandboxed iframe srcdoc. Layer: electron/core.
import { randomUUID } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { DomainError } from '../../../shared/contract/result';
import { renderHtml } from '../../../shared/documents/render-html';
import { PRINT_FORMS, type PrintFormCode, type PrintFormInfo, type PrintSubject } from '../../../shared/forms/registry';
import type { BuiltForm, MissingItem } from '../../../shared/forms/types';
import type { PrintFileResult } from '../../../shared/forms/jobs';
import type { Executor } from '../../../db/repos/executor';
import { writeFileAtomic } from '../files/atomic-write';
import { buildForm, recordPrint, type BuiltPrint } from '../print/build-form';
import { renderDocx } from '../print/docx';
import { bundledFontCss } from '../print/fonts';
import { openChromiumPdfRenderer, withPdfRenderer } from '../print/pdf';
import { PdfRendererUnavailableError, type PdfRendererFactory } from '../print/pdf-renderer';
import { pdfPageCount } from '../print/pdf-merge';
import { stamp, today, type ServiceContext } from './context';

/** Clock and ids for the print log (a finalized meeting's minutes are counted once written). */
export interface PrintClock {
  now: () => string;
  newId: () => string;
}

const SYSTEM_CLOCK: PrintClock = { now: () => new Date().toISOString(), newId: randomUUID };
const clockOf = (ctx: ServiceContext): PrintClock => ({ now: () => stamp(ctx), newId: ctx.newId });

export interface PrintRequest {
  form: PrintFormCode;
  year: number;
  subject: PrintSubject;
  copies?: number;
}

export interface PrintPreview {
  form: PrintFormCode;
  title: string;
  html: string;
  missing: MissingItem[];
}

export function listPrintForms(): PrintFormInfo[] {
  return Object.values(PRINT_FORMS);
}

/** The HTML of a built form with the bundled font inlined. */
export function formHtml(built: BuiltForm): string {
  return renderHtml(built.document, { fontCss: bundledFontCss() });
}

export async function buildRequested(db: Executor, input: PrintRequest, todayIso: string): Promise<BuiltPrint> {
  return buildForm(db, input.form, input.year, input.subject, { copies: input.copies, today: todayIso });
}

export async function previewForm(ctx: ServiceContext, input: PrintRequest): Promise<PrintPreview> {
  const built = await buildRequested(ctx.db.kysely, input, today(ctx));
  return { form: input.form, title: built.document.title, html: formHtml(built), missing: built.missing };
}

function checkPath(path: string | undefined, extension: 'pdf' | 'docx'): void {
  if (path === undefined) return;
  if (!isAbsolute(path)) throw new DomainError('invalid-path', 'Đường dẫn tệp phải là đường dẫn đầy đủ (ví dụ C:\\Users\\...\\mau.pdf).', { path: 'path' });
  if (!path.toLowerCase().endsWith(`.${extension}`)) throw new DomainError('invalid-path', `Tên tệp phải có đuôi .${extension}.`, { path: 'path' });
}

/** Chromium (or the Electron print window) missing or broken → a refusal the user can act on, not an internal error. */
export function chromiumRefusal(err: unknown): never {
  if (err instanceof PdfRendererUnavailableError) throw new DomainError('printer-unavailable', err.message);
  throw err;
}

export async function writeFormPdf(
  db: Executor,
  input: PrintRequest & { path?: string },
  todayIso: string,
  clock: PrintClock = SYSTEM_CLOCK,
  openRenderer: PdfRendererFactory = openChromiumPdfRenderer,
): Promise<PrintFileResult> {
  checkPath(input.path, 'pdf');
  const built = await buildRequested(db, input, todayIso);
  const html = formHtml(built);
  const pdf = await withPdfRenderer((r) => r.render(html), openRenderer).catch(chromiumRefusal);
  if (input.path) writeFileAtomic(input.path, pdf);
  await recordPrint(db, built, 'pdf', clock.now(), clock.newId);
  return {
    form: input.form,
    title: built.document.title,
    format: 'pdf',
    path: input.path ?? null,
    ...(input.path ? {} : { base64: pdf.toString('base64') }),
    bytes: pdf.length,
    pages: pdfPageCount(pdf),
    missing: built.missing,
  };
}

export async function writeFormDocx(db: Executor, input: PrintRequest & { path?: string }, todayIso: string, clock: PrintClock = SYSTEM_CLOCK): Promise<PrintFileResult> {
  checkPath(input.path, 'docx');
  const built = await buildRequested(db, input, todayIso);
  const docx = await renderDocx(built.document);
  if (input.path) writeFileAtomic(input.path, docx);
  await recordPrint(db, built, 'docx', clock.now(), clock.newId);
  return {
    form: input.form,
    title: built.document.title,
    format: 'docx',
    path: input.path ?? null,
    ...(input.path ? {} : { base64: docx.toString('base64') }),
    bytes: docx.length,
    pages: null,
    missing: built.missing,
  };
}

export const printPdf = (ctx: ServiceContext, input: PrintRequest & { path?: string }) => writeFormPdf(ctx.db.kysely, input, today(ctx), clockOf(ctx), ctx.openPdfRenderer);
export const printDocx = (ctx: ServiceContext, input: PrintRequest & { path?: string }) => writeFormDocx(ctx.db.kysely, input, today(ctx), clockOf(ctx));

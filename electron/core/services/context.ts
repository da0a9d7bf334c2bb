// What every service receives: the database, a clock and an id source (both injectable for tests).
// Layer: electron/core.
import type { DbHandle } from '../../../db/open';
import type { PdfRendererFactory } from '../print/pdf-renderer';

export interface ServiceContext {
  db: DbHandle;
  /** The current instant; injectable so tests are deterministic. */
  now: () => Date;
  newId: () => string;
  shell: 'electron' | 'browser' | 'test';
  version: string;
  /** The PDF-renderer port (print/pdf-renderer.ts); absent → Chromium through playwright-core. */
  openPdfRenderer?: PdfRendererFactory;
}

/** ISO timestamp for created_at / updated_at. */
export const stamp = (ctx: ServiceContext): string => ctx.now().toISOString();

/** Today's calendar date in the office's local time, `YYYY-MM-DD`. */
export function today(ctx: ServiceContext): string {
  const d = ctx.now();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

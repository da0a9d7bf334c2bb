// What the printing API returns: a written file, and the status of a batch job. Layer: shared.
import type { PrintFormCode } from './registry';
import type { MissingItem } from './types';

export interface PrintFileResult {
  form: PrintFormCode;
  title: string;
  format: 'pdf' | 'docx';
  /** Where the file was written; null when the bytes are returned instead. */
  path: string | null;
  /** The file as base64 when no path was given (browser mode downloads it). */
  base64?: string;
  bytes: number;
  /** Pages of a PDF (null for Word, which paginates on opening). */
  pages: number | null;
  missing: MissingItem[];
}

export interface BatchMissing extends MissingItem {
  /** Whose form it is: the member's or the unit's name. */
  subject: string;
}

export type BatchState = 'running' | 'cancelling' | 'done' | 'cancelled' | 'failed';

export interface BatchStatus {
  jobId: string;
  form: PrintFormCode;
  state: BatchState;
  done: number;
  total: number;
  pages: number;
  files: string[];
  /** The first missing items of all documents (up to 1 000); `missingTotal` counts them all. */
  missing: BatchMissing[];
  missingTotal: number;
  error: { code: string; message: string } | null;
  startedAt: string;
  finishedAt: string | null;
}

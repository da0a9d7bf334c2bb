// Batch printing: every individual form of a chi bộ or of the whole commune (or every chi bộ's form of
// an org-level form), one file per subject or one combined PDF. Data is loaded once; one Chromium is
// reused for all documents; progress is reported after each document and a cancel request is honoured
// between documents. Used by the core's job API (print.batchStart …) and by the CLI `print --all`.
// Layer: electron/core.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../../shared/contract/result';
import { activeStatuses } from '../../../shared/domain/enums';
import { renderHtml } from '../../../shared/documents/render-html';
import { PRINT_FORMS, type PrintFormCode, type PrintSubject } from '../../../shared/forms/registry';
import type { BatchMissing } from '../../../shared/forms/jobs';
import type { MissingItem } from '../../../shared/forms/types';
import { memberEligibility } from '../../../shared/review/eligibility-view';
import { getRuleSet } from '../../../shared/rules/rule-sets';
import { sortByVietnameseName } from '../../../shared/text/names';
import type { Executor } from '../../../db/repos/executor';
import { writeFileAtomic } from '../files/atomic-write';
import { batchMembers, buildFromData, loadFormData, recordPrint, type BuiltPrint } from './build-form';
import { holdingUnitsUnder, loadPrintData, type PrintData } from './data';
import { renderDocx } from './docx';
import { subjectFileName } from './file-names';
import { bundledFontCss } from './fonts';
import { openChromiumPdfRenderer } from './pdf';
import type { PdfRenderer, PdfRendererFactory } from './pdf-renderer';
import { mergePdfs, pdfPageCount } from './pdf-merge';

export interface BatchRequest {
  form: PrintFormCode;
  year: number;
  /** The chi bộ, đảng bộ cơ sở or commune organization whose subjects are printed; default the whole commune. */
  orgId?: string;
  /** A folder (one file per subject) or, with `combined`, the path of the one PDF. */
  out: string;
  combined: boolean;
  format: 'pdf' | 'docx';
  copies?: number;
}

export interface BatchProgress {
  done: number;
  total: number;
  pages: number;
}

export interface BatchResult {
  form: PrintFormCode;
  state: 'done' | 'cancelled';
  total: number;
  done: number;
  pages: number;
  /** Files written (one per subject, or the combined PDF). */
  files: string[];
  missing: BatchMissing[];
  /** Missing items beyond the first MAX_MISSING are counted only. */
  missingTotal: number;
  seconds: number;
}

export interface BatchHooks {
  onProgress?: (p: BatchProgress) => void;
  isCancelled?: () => boolean;
  /** A renderer to reuse (benchmarks); by default one is opened and closed for the batch. */
  renderer?: PdfRenderer;
  /** How to open the batch's renderer when none is given (the core's port; default Chromium). */
  openRenderer?: PdfRendererFactory;
  today: string;
}

export interface PlannedSubject {
  subject: PrintSubject;
  /** Name used in progress, file names and missing lists. */
  label: string;
  fileName: string;
}

export interface BatchPlan {
  data: PrintData;
  subjects: PlannedSubject[];
  /** Counts a written print of a finalized meeting's minutes (part 2); absent in plans made by hand. */
  record?: (built: BuiltPrint, format: 'pdf' | 'docx') => Promise<void>;
}

const MAX_MISSING = 1000;
/** Documents Chromium prints at the same time in a batch (see pdf-renderer.ts; the Electron window prints one at a time). */
const BATCH_PAGES = 2;

/** Loads the data once and lists the subjects of the batch in print order (by chi bộ, then name). */
export async function planBatch(db: Executor, req: BatchRequest): Promise<BatchPlan> {
  if (req.combined && req.format !== 'pdf') throw new DomainError('invalid-input', 'Chỉ ghép được thành một tệp khi in PDF; tệp Word in riêng từng người.', { path: 'combined' });
  const probe = await loadPrintData(db, req.year, { unitIds: [] });
  const root = req.orgId ? probe.unitById.get(req.orgId) : probe.units.find((u) => u.kind === 'commune');
  if (!root) throw new DomainError('not-found', 'Không tìm thấy tổ chức đảng đã chọn.', { path: 'orgId' });
  const cells = holdingUnitsUnder(probe.units, root.id);
  const data = await loadFormData(db, req.form, req.year, cells.map((u) => u.id));
  const info = PRINT_FORMS[req.form];
  const ext = req.format;
  const subjects: PlannedSubject[] = [];
  if (info.subjects[0] === 'member') {
    const ruleSet = getRuleSet(data.year.settings.ruleSet);
    const wanted = req.form.startsWith('blank-02') && req.form !== 'blank-02' ? req.form.slice(6) : null;
    for (const cell of cells) {
      let members = data.members.filter((m) => m.orgUnitId === cell.id && activeStatuses.includes(m.status));
      if (req.form.startsWith('blank-02') && ruleSet) {
        // Only those who write a review this year (QĐ 366 Điều 5), and for 02A/02B/02C only that category.
        members = members.filter((m) => memberEligibility(m, data.year.settings.reviewDate, ruleSet)?.reviewed);
        if (wanted) members = members.filter((m) => memberEligibility(m, data.year.settings.reviewDate, ruleSet)?.form === wanted);
      }
      members = batchMembers(data, req.form, members);
      for (const m of sortByVietnameseName(members, (x) => x.fullName)) {
        subjects.push({ subject: { kind: 'member', id: m.id }, label: m.fullName, fileName: subjectFileName(req.form, [cell.name, m.fullName], m.id, ext) });
      }
    }
  } else if (info.subjects[0] === 'none') {
    // The Đảng ủy's documents (decision, report, statistics): one for the scope chosen.
    const subject: PrintSubject = req.orgId ? { kind: 'org', id: root.id } : { kind: 'none' };
    subjects.push({ subject, label: root.name, fileName: subjectFileName(req.form, [root.name], root.id, ext) });
  } else {
    for (const cell of cells.filter((c) => c.closedOn === null)) {
      subjects.push({ subject: { kind: 'org', id: cell.id }, label: cell.name, fileName: subjectFileName(req.form, [cell.name], cell.id, ext) });
    }
  }
  const record = async (built: BuiltPrint, format: 'pdf' | 'docx') => recordPrint(db, built, format, new Date().toISOString(), randomUUID);
  return { data, subjects, record };
}

/** Runs a planned batch; resolves when done or cancelled. */
export async function runBatch(plan: BatchPlan, req: BatchRequest, hooks: BatchHooks): Promise<BatchResult> {
  const started = performance.now();
  const total = plan.subjects.length;
  const files: string[] = [];
  const missing: BatchMissing[] = [];
  let missingTotal = 0;
  let pages = 0;
  let done = 0;
  const combinedParts: Buffer[] = [];
  const combinedBuilt: BuiltPrint[] = [];
  if (!req.combined) mkdirSync(req.out, { recursive: true });
  const fontCss = req.format === 'pdf' ? bundledFontCss() : '';
  const renderer = req.format === 'pdf' ? (hooks.renderer ?? (await (hooks.openRenderer ?? openChromiumPdfRenderer)({ pages: BATCH_PAGES }))) : null;
  let cancelled = false;
  const note = (item: PlannedSubject, items: readonly MissingItem[]) => {
    for (const m of items) {
      missingTotal++;
      if (missing.length < MAX_MISSING) missing.push({ ...m, subject: item.label });
    }
  };
  // Documents printing now, in order; a window as wide as the renderer's pages keeps Chromium busy
  // while the next document is built and the previous file written.
  const printing: { item: PlannedSubject; pdf: Promise<Buffer>; built: BuiltPrint }[] = [];
  const finishOldest = async () => {
    const { item, pdf: pending, built } = printing.shift()!;
    const pdf = await pending;
    pages += pdfPageCount(pdf);
    if (req.combined) {
      combinedParts.push(pdf);
      combinedBuilt.push(built);
    } else {
      const path = join(req.out, item.fileName);
      writeFileAtomic(path, pdf);
      await plan.record?.(built, 'pdf');
      files.push(path);
    }
    done++;
    hooks.onProgress?.({ done, total, pages });
  };
  try {
    hooks.onProgress?.({ done, total, pages });
    for (const item of plan.subjects) {
      if (hooks.isCancelled?.()) {
        cancelled = true;
        break;
      }
      const built = buildFromData(plan.data, req.form, item.subject, { copies: req.copies, today: hooks.today });
      note(item, built.missing);
      if (renderer) {
        const pdf = renderer.render(renderHtml(built.document, { fontCss }));
        pdf.catch(() => undefined); // awaited in order below; this only avoids an unhandled rejection meanwhile
        printing.push({ item, pdf, built });
        if (printing.length >= renderer.parallel) await finishOldest();
      } else {
        const path = join(req.out, item.fileName);
        writeFileAtomic(path, await renderDocx(built.document));
        await plan.record?.(built, 'docx');
        files.push(path);
        done++;
        hooks.onProgress?.({ done, total, pages });
      }
    }
    while (printing.length > 0) await finishOldest();
    if (req.combined && !cancelled && combinedParts.length > 0) {
      writeFileAtomic(req.out, mergePdfs(combinedParts, `${PRINT_FORMS[req.form].title} - năm ${req.year}`));
      for (const built of combinedBuilt) await plan.record?.(built, 'pdf');
      files.push(req.out);
    }
  } finally {
    if (renderer && !hooks.renderer) await renderer.close();
  }
  return { form: req.form, state: cancelled ? 'cancelled' : 'done', total, done, pages, files, missing, missingTotal, seconds: (performance.now() - started) / 1000 };
}

// The core: opens the database, runs migrations and exposes the router. The one object every
// transport (IPC, HTTP, in-process) and the CLI talk to. Layer: electron/core.
import { randomUUID } from 'node:crypto';
import type { Result } from '../../shared/contract/result';
import { openDatabase } from '../../db/open';
import { createRouter, type Handlers } from './router';
import type { ServiceContext } from './services/context';
import { editCommune, setupCommune } from './services/commune-service';
import { getOwnCommune } from '../../db/repos/communes';
import { closeUnit, createUnit, listUnits, moveUnit, renameUnit } from './services/org-service';
import { addAward, addDiscipline, changeStatus, createMember, getMemberDetail, listMembers, transferMember, updateMember } from './services/member-service';
import { getDashboard } from './services/dashboard-service';
import { getAppInfo, updateUiSettings } from './services/settings-service';
import { loadDemo } from './services/demo-service';
import { APP_VERSION } from './version';
import { createYear, getYear, listYears, updateYear } from './services/review-year-service';
import { exportCriteria, getCriteria, importCriteria, saveCriteria } from './services/criteria-service';
import { getEligibility } from './services/eligibility-service';

import { issueDocument, listDocuments, listTerms, nextNumber, setTerm, voidDocument } from './services/document-number-service';
import { listPrintForms, previewForm, printDocx, printPdf } from './services/print-service';
import { batchCancel, batchStatus, startBatch } from './services/print-batch-service';

// ---- Meetings and the Đảng ủy decision (issue 4) ----
import { createMeeting, findMeeting, getMeeting, listMeetings, meetingMinutes, refreshRoster } from './services/meeting-service';
import {
  approveMinutes,
  setAttendance,
  setStep,
  updateCarryOver,
  updateCollective,
  updateMemberPreparation,
  updateMemberReview,
  updatePreparation,
  updateRemediation,
} from './services/meeting-edit-service';
import { deleteVoteRound, recordVote } from './services/meeting-vote-service';
import { finalizeMeeting, reopenMeeting } from './services/meeting-finalize-service';
import { listAuditEntries } from './services/meeting-audit';
import { decisionBoard, getDecision, setDecisionLevel } from './services/decision-service';
import { getRecognition, lockDecision, reRate } from './services/decision-lock-service';
import { recordPastLevel, reviewHistory } from './services/history-service';

// ---- Print preview ----
import { createPreviewStore, type PreviewDocument, type PreviewStore, type PreviewStoreOptions } from './print/preview-store';
import { PREVIEW_PATH_PREFIX } from './transports/static-files';
import type { PdfRendererFactory } from './print/pdf-renderer';

export interface CoreOptions {
  /** Path of the SQLite file; its folder holds backups too. */
  dbPath: string;
  shell: 'electron' | 'browser' | 'test';
  version?: string;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** Where unexpected errors are logged (defaults to stderr). */
  log?: (message: string) => void;
  /** Lifetime, count and clock of the in-memory print previews (tests). */
  preview?: PreviewStoreOptions;
  /** How forms become PDF: the Electron shell injects its hidden-window printer; default Chromium (playwright-core). */
  pdfRenderer?: PdfRendererFactory;
}

export interface Core {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  /** A print preview document stored by `print.previewOpen`, for the /preview/<id> route of both shells. */
  previewDocument(id: string): PreviewDocument | null;
  close(): void;
}

// ---- Print preview ----
const previewStores = new WeakMap<ServiceContext, PreviewStore>();

/** The preview store of a core (one per service context, like the batch jobs). */
export function previewStoreOf(ctx: ServiceContext, options?: PreviewStoreOptions): PreviewStore {
  let store = previewStores.get(ctx);
  if (!store) previewStores.set(ctx, (store = createPreviewStore(options)));
  return store;
}

async function openPreview(ctx: ServiceContext, input: Parameters<typeof previewForm>[1]) {
  const preview = await previewForm(ctx, input);
  const doc = previewStoreOf(ctx).put(preview.title, preview.html);
  return { previewId: doc.id, url: `${PREVIEW_PATH_PREFIX}${doc.id}`, form: preview.form, title: preview.title, missing: preview.missing, page: pageSizeOf(preview.html) };
}

/** The page size the document's print CSS declares (`@page{size:210mm 297mm…}`), A4 portrait by default. */
export function pageSizeOf(html: string): { widthMm: number; heightMm: number } {
  const m = /@page\s*\{\s*size:\s*([\d.]+)mm\s+([\d.]+)mm/.exec(html);
  return m ? { widthMm: Number(m[1]), heightMm: Number(m[2]) } : { widthMm: 210, heightMm: 297 };
}

export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    'app.info': () => getAppInfo(ctx),
    'settings.update': (input) => updateUiSettings(ctx, input),
    'commune.get': () => getOwnCommune(ctx.db.kysely),
    'commune.setup': (input) => setupCommune(ctx, input),
    'commune.update': (input) => editCommune(ctx, input),
    'demo.load': (input) => loadDemo(ctx, input),
    'dashboard.get': () => getDashboard(ctx),
    'org.list': () => listUnits(ctx),
    'org.create': (input) => createUnit(ctx, input),
    'org.rename': (input) => renameUnit(ctx, input),
    'org.move': (input) => moveUnit(ctx, input),
    'org.close': (input) => closeUnit(ctx, input),
    'member.list': (input) => listMembers(ctx, input),
    'member.get': (input) => getMemberDetail(ctx, input.id),
    'member.create': (input) => createMember(ctx, input),
    'member.update': (input) => updateMember(ctx, input),
    'member.changeStatus': (input) => changeStatus(ctx, input),
    'member.transfer': (input) => transferMember(ctx, input),
    'member.addDiscipline': (input) => addDiscipline(ctx, input),
    'member.addAward': (input) => addAward(ctx, input),

    // ---- Review years, criteria templates, eligibility ----
    'year.list': () => listYears(ctx),
    'year.get': (input) => getYear(ctx, input),
    'year.create': (input) => createYear(ctx, input),
    'year.update': (input) => updateYear(ctx, input),
    'criteria.get': (input) => getCriteria(ctx, input),
    'criteria.save': (input) => saveCriteria(ctx, input),
    'criteria.export': (input) => exportCriteria(ctx, input),
    'criteria.import': (input) => importCriteria(ctx, input),
    'eligibility.get': (input) => getEligibility(ctx, input),
    // ---- Printing (forms part 1) ----
    'documents.setTerm': (input) => setTerm(ctx, input),
    'documents.terms': (input) => listTerms(ctx, input),
    'documents.nextNumber': (input) => nextNumber(ctx, input),
    'documents.issue': (input) => issueDocument(ctx, input),
    'documents.void': (input) => voidDocument(ctx, input),
    'documents.list': (input) => listDocuments(ctx, input),
    'print.forms': () => listPrintForms(),
    'print.preview': (input) => previewForm(ctx, input),
    'print.pdf': (input) => printPdf(ctx, input),
    'print.docx': (input) => printDocx(ctx, input),
    'print.batchStart': (input) => startBatch(ctx, input),
    'print.batchStatus': (input) => batchStatus(ctx, input),
    'print.batchCancel': (input) => batchCancel(ctx, input),
    // ---- Meetings and the Đảng ủy decision (issue 4) ----
    'meeting.list': (input) => listMeetings(ctx, input),
    'meeting.find': (input) => findMeeting(ctx, input),
    'meeting.get': (input) => getMeeting(ctx, input),
    'meeting.create': (input) => createMeeting(ctx, input),
    'meeting.refreshRoster': (input) => refreshRoster(ctx, input),
    'meeting.updatePreparation': (input) => updatePreparation(ctx, input),
    'meeting.updateMemberPreparation': (input) => updateMemberPreparation(ctx, input),
    'meeting.setAttendance': (input) => setAttendance(ctx, input),
    'meeting.updateCollective': (input) => updateCollective(ctx, input),
    'meeting.updateMemberReview': (input) => updateMemberReview(ctx, input),
    'meeting.updateCarryOver': (input) => updateCarryOver(ctx, input),
    'meeting.recordVote': (input) => recordVote(ctx, input),
    'meeting.deleteVoteRound': (input) => deleteVoteRound(ctx, input),
    'meeting.updateRemediation': (input) => updateRemediation(ctx, input),
    'meeting.approveMinutes': (input) => approveMinutes(ctx, input),
    'meeting.setStep': (input) => setStep(ctx, input),
    'meeting.minutes': (input) => meetingMinutes(ctx, input),
    'meeting.finalize': (input) => finalizeMeeting(ctx, input),
    'meeting.reopen': (input) => reopenMeeting(ctx, input),
    'audit.list': (input) => listAuditEntries(ctx, input),
    'decision.board': (input) => decisionBoard(ctx, input),
    'decision.get': (input) => getDecision(ctx, input),
    'decision.setLevel': (input) => setDecisionLevel(ctx, input),
    'decision.lock': (input) => lockDecision(ctx, input),
    'decision.recognition': (input) => getRecognition(ctx, input),
    'decision.reRate': (input) => reRate(ctx, input),
    'member.reviewHistory': (input) => reviewHistory(ctx, input),
    'member.recordPastLevel': (input) => recordPastLevel(ctx, input),
    // ---- Print preview ----
    'print.previewOpen': (input) => openPreview(ctx, input),
  };
}

/** Opens the database (migrating it) and returns the core. Throws with a Vietnamese message when the file is refused. */
export function openCore(options: CoreOptions): Core {
  const db = openDatabase(options.dbPath);
  const log = options.log ?? ((m: string) => process.stderr.write(m + '\n'));
  const ctx: ServiceContext = {
    db,
    now: options.now ?? (() => new Date()),
    newId: randomUUID,
    shell: options.shell,
    version: options.version ?? APP_VERSION,
    ...(options.pdfRenderer ? { openPdfRenderer: options.pdfRenderer } : {}),
  };
  const previews = previewStoreOf(ctx, options.preview);
  const router = createRouter(createHandlers(ctx), {
    onInternalError: (method, err) => log(`[core] ${method}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
  });
  let closed = false;
  return {
    dispatch: (method, input) => router.dispatch(method, input),
    previewDocument: (id) => (closed ? null : previews.get(id)),
    close() {
      if (closed) return;
      closed = true;
      previews.clear();
      db.close();
    },
  };
}

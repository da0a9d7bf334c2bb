// "In biểu mẫu": the printable forms, the form / year / subject chosen, the preview the core keeps for
// the iframe (print.previewOpen → /preview/<id>), saving as PDF or Word (the file comes back as base64
// and is downloaded), and a batch job polled every 500 ms until it ends. Kept in a store so that
// leaving the page and coming back keeps the choice and a running batch. Layer: renderer.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../shared/contract/client';
import type { MethodOutput } from '../../shared/contract/api';
import type { Result } from '../../shared/contract/result';
import type { PrintFormCode, PrintFormInfo, PrintSubject, SubjectKind } from '../../shared/forms/registry';
import type { BatchStatus, PrintFileResult } from '../../shared/forms/jobs';
import type { NoticeStore } from './notice-store';

export type PrintPreviewOpened = MethodOutput<'print.previewOpen'>;

export interface PreviewState {
  /** What the preview shows, to ignore answers that arrive after the choice changed. */
  key: string;
  loading: boolean;
  opened: PrintPreviewOpened | null;
  error: string | null;
}

export interface BatchRun {
  jobId: string;
  total: number;
  /** Where the files go (a folder, or the one PDF when combined). */
  out: string;
  status: BatchStatus | null;
}

export interface BatchRequestInput {
  orgId?: string;
  out: string;
  format: 'pdf' | 'docx';
  combined: boolean;
}

export interface PrintState {
  forms: PrintFormInfo[];
  years: number[];
  loaded: boolean;
  form: PrintFormCode | null;
  year: number | null;
  /** The kind of subject chosen (a form may take several). */
  kind: SubjectKind | null;
  /** The member or org unit chosen, by kind. */
  memberId: string | null;
  orgId: string | null;
  preview: PreviewState | null;
  saving: 'pdf' | 'docx' | null;
  batch: BatchRun | null;
  batchError: string | null;

  load(): Promise<void>;
  setForm(form: PrintFormCode): void;
  setYear(year: number): void;
  setKind(kind: SubjectKind): void;
  setMember(id: string | null): void;
  setOrg(id: string | null): void;
  /** The subject of the current choice, or null while incomplete. */
  subject(): PrintSubject | null;
  refreshPreview(): Promise<void>;
  save(format: 'pdf' | 'docx'): Promise<Result<PrintFileResult> | null>;
  startBatch(input: BatchRequestInput): Promise<void>;
  cancelBatch(): Promise<void>;
  clearBatch(): void;
  /** Stops polling (tests, unmounting the app). */
  dispose(): void;
}

export type PrintStore = StoreApi<PrintState>;

export const BATCH_POLL_MS = 500;

export function subjectKey(form: PrintFormCode, year: number, subject: PrintSubject): string {
  return `${form}|${year}|${subject.kind}|${subject.kind === 'none' ? '' : subject.id}`;
}

export function createPrintStore(client: ApiClient, notices: NoticeStore): PrintStore {
  let pollTimer: ReturnType<typeof setTimeout> | null = null;
  return createStore<PrintState>()((set, get) => {
    function stopPolling() {
      if (pollTimer !== null) clearTimeout(pollTimer);
      pollTimer = null;
    }
    async function poll(jobId: string) {
      pollTimer = null;
      const result = await client.call('print.batchStatus', { jobId });
      const batch = get().batch;
      if (!batch || batch.jobId !== jobId) return;
      if (!result.ok) {
        set({ batchError: result.error.message });
        return;
      }
      set({ batch: { ...batch, status: result.value } });
      if (result.value.state === 'running' || result.value.state === 'cancelling') pollTimer = setTimeout(() => void poll(jobId), BATCH_POLL_MS);
    }
    function afterChoice() {
      if (get().subject()) void get().refreshPreview();
      else set({ preview: null });
    }

    return {
      forms: [],
      years: [],
      loaded: false,
      form: null,
      year: null,
      kind: null,
      memberId: null,
      orgId: null,
      preview: null,
      saving: null,
      batch: null,
      batchError: null,

      async load() {
        const [forms, years] = await Promise.all([client.call('print.forms'), client.call('year.list')]);
        if (!forms.ok) notices.getState().push('error', forms.error.message);
        if (!years.ok) notices.getState().push('error', years.error.message);
        const yearNumbers = years.ok ? years.value.map((y) => y.year) : [];
        const state = get();
        set({
          forms: forms.ok ? forms.value : state.forms,
          years: yearNumbers,
          loaded: true,
          year: state.year !== null && yearNumbers.includes(state.year) ? state.year : (yearNumbers[0] ?? null),
        });
        // Back on the page: the stored preview may have expired (10 minutes), so ask for a fresh one.
        afterChoice();
      },

      setForm(form) {
        const info = get().forms.find((f) => f.code === form);
        const kind = info?.subjects[0] ?? null;
        set({ form, kind });
        afterChoice();
      },
      setYear(year) {
        set({ year });
        afterChoice();
      },
      setKind(kind) {
        set({ kind });
        afterChoice();
      },
      setMember(id) {
        set({ memberId: id });
        afterChoice();
      },
      setOrg(id) {
        set({ orgId: id });
        afterChoice();
      },

      subject() {
        const { form, year, kind, memberId, orgId } = get();
        if (!form || year === null || !kind) return null;
        if (kind === 'none') return { kind: 'none' };
        if (kind === 'member') return memberId ? { kind: 'member', id: memberId } : null;
        return orgId ? { kind: 'org', id: orgId } : null;
      },

      async refreshPreview() {
        const { form, year } = get();
        const subject = get().subject();
        if (!form || year === null || !subject) return;
        const key = subjectKey(form, year, subject);
        set({ preview: { key, loading: true, opened: get().preview?.key === key ? (get().preview?.opened ?? null) : null, error: null } });
        const result = await client.call('print.previewOpen', { form, year, subject });
        if (get().preview?.key !== key) return;
        set({ preview: result.ok ? { key, loading: false, opened: result.value, error: null } : { key, loading: false, opened: null, error: result.error.message } });
      },

      async save(format) {
        const { form, year } = get();
        const subject = get().subject();
        if (!form || year === null || !subject || get().saving) return null;
        set({ saving: format });
        const result = await client.call(format === 'pdf' ? 'print.pdf' : 'print.docx', { form, year, subject });
        set({ saving: null });
        if (!result.ok) notices.getState().push('error', result.error.message);
        return result;
      },

      async startBatch(input) {
        const { form, year } = get();
        if (!form || year === null) return;
        stopPolling();
        set({ batchError: null });
        const result = await client.call('print.batchStart', { form, year, ...input });
        if (!result.ok) {
          set({ batchError: result.error.message, batch: null });
          return;
        }
        set({ batch: { jobId: result.value.jobId, total: result.value.total, out: input.out, status: null } });
        await poll(result.value.jobId);
      },

      async cancelBatch() {
        const batch = get().batch;
        if (!batch) return;
        const result = await client.call('print.batchCancel', { jobId: batch.jobId });
        if (!result.ok) {
          set({ batchError: result.error.message });
          return;
        }
        const now = get().batch;
        if (now?.jobId === batch.jobId) set({ batch: { ...now, status: result.value } });
      },

      clearBatch() {
        stopPolling();
        set({ batch: null, batchError: null });
      },

      dispose() {
        stopPolling();
      },
    };
  });
}

// The review meeting wizard (hội nghị kiểm điểm): the year and cell list, the meeting on screen (the
// MeetingView the core computed), and the autosave of every field. Each edit is kept as a draft under a
// field key and sent ~400 ms after typing stops (at once on blur, Enter, leaving the step or closing the
// window); saves and wizard moves run one after another, so the last view the core returns is the latest
// state. A refused value stays in its field as a draft with the core's message next to it; a field the
// user is in keeps its draft, so a view arriving from the core never rewrites text under the fingers.
// Layer: renderer.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../shared/contract/client';
import type { Result } from '../../shared/contract/result';
import type { OrgUnit } from '../../shared/domain/org-unit';
import { memberHoldingKinds } from '../../shared/domain/org-unit';
import type { MeetingMinutes, MeetingSummary, MeetingView, SubjectRef } from '../../shared/meeting/types';
import type { VoteMode } from '../../shared/meeting/labels';
import type { ReviewYear } from '../../shared/review/year-settings';
import type { LevelCode } from '../../shared/rules/levels';
import type { NoticeStore } from './notice-store';

/** How long after the last keystroke a field is saved; tests may lengthen it to prove the flush paths. */
export const autosaveTiming = { delayMs: 400 };

export type Send = (value: unknown) => Promise<Result<MeetingView>>;

/** The vote counts typed for a subject before "Ghi kết quả" (kept across steps). */
export interface VoteDraft {
  mode: VoteMode;
  votes: Record<LevelCode, string>;
  issued: string;
  returned: string;
  invalid: string;
}

export interface MeetingState {
  years: ReviewYear[];
  yearsLoaded: boolean;
  selectedYear: number | null;
  cells: OrgUnit[];
  summaries: MeetingSummary[];
  listLoading: boolean;

  view: MeetingView | null;
  opening: boolean;
  /** The step shown of a finalized meeting (the core no longer moves it). */
  browseStep: string | null;
  /** Values typed and not yet confirmed by the core, by field key. */
  drafts: Record<string, unknown>;
  /** The core's (or the form's) refusal of a field's value, by field key. */
  fieldErrors: Record<string, string>;
  /** The field the keyboard is in: its draft is kept until the user leaves it. */
  activeKey: string | null;
  /** Saves scheduled or running. */
  busy: number;
  savedAt: string | null;
  /** Why the last move or command was refused (shown above the step). */
  stepError: string | null;
  voteDrafts: Record<string, VoteDraft>;
  minutes: MeetingMinutes | null;

  /** The client, for the fields' own saves (each field knows its method and patch). */
  call: ApiClient['call'];
  loadYears(): Promise<void>;
  selectYear(year: number): void;
  loadList(): Promise<void>;
  start(orgUnitId: string): Promise<void>;
  open(meetingId: string): Promise<void>;
  close(): Promise<void>;
  edit(key: string, value: unknown, send: Send, options?: { immediate?: boolean }): void;
  flush(): Promise<void>;
  setActive(key: string | null): void;
  goTo(stepKey: string): Promise<boolean>;
  command(run: () => Promise<Result<MeetingView>>): Promise<Result<MeetingView>>;
  setVoteDraft(subjectKey: string, draft: VoteDraft | null): void;
  loadMinutes(): Promise<void>;
  clearStepError(): void;
}

export type MeetingStore = StoreApi<MeetingState>;

/** The field key of a subject: `collective` or `member:<id>`. */
export const subjectKey = (subject: SubjectRef) => (subject === 'collective' ? 'collective' : `member:${subject.memberId}`);

function without<V>(record: Record<string, V>, key: string): Record<string, V> {
  if (!(key in record)) return record;
  const next = { ...record };
  delete next[key];
  return next;
}

const clock = () => new Date().toISOString();

export function createMeetingStore(client: ApiClient, notices: NoticeStore): MeetingStore {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const pending = new Map<string, { value: unknown; send: Send }>();
  const inflight = new Set<string>();
  let chain: Promise<unknown> = Promise.resolve();

  return createStore<MeetingState>()((set, get) => {
    /** Runs `task` after everything queued before it. */
    function enqueue<T>(task: () => Promise<T>): Promise<T> {
      const run = chain.then(task, task);
      chain = run.catch(() => undefined);
      return run;
    }

    function adopt(view: MeetingView) {
      // A view of another meeting (a slow answer after closing) is dropped.
      const current = get().view;
      if (current && current.id !== view.id) return;
      set({ view });
    }

    async function saveKey(key: string) {
      const job = pending.get(key);
      if (!job) return;
      pending.delete(key);
      inflight.add(key);
      const result = await job.send(job.value);
      inflight.delete(key);
      set({ busy: Math.max(0, get().busy - 1) });
      if (result.ok) {
        adopt(result.value);
        const { drafts, activeKey } = get();
        // The draft goes once the core holds the same value and the user has left the field.
        const keepDraft = activeKey === key || drafts[key] !== job.value || pending.has(key);
        set({ fieldErrors: without(get().fieldErrors, key), drafts: keepDraft ? drafts : without(drafts, key), savedAt: clock() });
      } else {
        set({ fieldErrors: { ...get().fieldErrors, [key]: result.error.message } });
      }
    }

    function schedule(key: string, delay: number) {
      const old = timers.get(key);
      if (old) clearTimeout(old);
      if (delay <= 0) {
        timers.delete(key);
        void enqueue(() => saveKey(key));
        return;
      }
      timers.set(
        key,
        setTimeout(() => {
          timers.delete(key);
          void enqueue(() => saveKey(key));
        }, delay),
      );
    }

    function flushAll(): Promise<void> {
      for (const [key, timer] of [...timers]) {
        clearTimeout(timer);
        timers.delete(key);
        void enqueue(() => saveKey(key));
      }
      return enqueue(async () => undefined);
    }

    function reset() {
      set({ view: null, browseStep: null, drafts: {}, fieldErrors: {}, activeKey: null, stepError: null, voteDrafts: {}, minutes: null, savedAt: null });
    }

    return {
      years: [],
      yearsLoaded: false,
      selectedYear: null,
      cells: [],
      summaries: [],
      listLoading: false,
      view: null,
      opening: false,
      browseStep: null,
      drafts: {},
      fieldErrors: {},
      activeKey: null,
      busy: 0,
      savedAt: null,
      stepError: null,
      voteDrafts: {},
      minutes: null,
      call: client.call,

      async loadYears() {
        const result = await client.call('year.list');
        if (!result.ok) {
          notices.getState().push('error', result.error.message);
          set({ yearsLoaded: true });
          return;
        }
        const selected = get().selectedYear;
        const keep = result.value.some((y) => y.year === selected) ? selected : (result.value[0]?.year ?? null);
        set({ years: result.value, yearsLoaded: true, selectedYear: keep });
        await get().loadList();
      },

      selectYear(year) {
        if (year === get().selectedYear) return;
        set({ selectedYear: year, summaries: [] });
        void get().loadList();
      },

      async loadList() {
        const year = get().selectedYear;
        if (year === null) return;
        set({ listLoading: true });
        const [units, summaries] = await Promise.all([client.call('org.list'), client.call('meeting.list', { year })]);
        if (get().selectedYear !== year) return;
        if (!units.ok || !summaries.ok) {
          notices.getState().push('error', (!units.ok ? units.error.message : !summaries.ok ? summaries.error.message : '') || 'Không đọc được danh sách hội nghị.');
          set({ listLoading: false });
          return;
        }
        const cells = units.value.filter((u) => memberHoldingKinds.includes(u.kind) && u.closedOn === null).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
        set({ cells, summaries: summaries.value, listLoading: false });
      },

      async start(orgUnitId) {
        const year = get().selectedYear;
        if (year === null) return;
        set({ opening: true });
        const result = await client.call('meeting.create', { year, orgUnitId });
        set({ opening: false });
        if (!result.ok) {
          notices.getState().push('error', result.error.message);
          return;
        }
        reset();
        set({ view: result.value });
      },

      async open(meetingId) {
        set({ opening: true });
        const result = await client.call('meeting.get', { meetingId });
        set({ opening: false });
        if (!result.ok) {
          notices.getState().push('error', result.error.message);
          return;
        }
        reset();
        set({ view: result.value });
      },

      async close() {
        await flushAll();
        reset();
        await get().loadList();
      },

      edit(key, value, send, options) {
        // One save per key is outstanding at a time: a newer value replaces the one waiting.
        set({ drafts: { ...get().drafts, [key]: value }, busy: pending.has(key) ? get().busy : get().busy + 1 });
        pending.set(key, { value, send });
        schedule(key, options?.immediate ? 0 : autosaveTiming.delayMs);
      },

      flush: flushAll,

      setActive(key) {
        const before = get().activeKey;
        if (before === key) return;
        set({ activeKey: key });
        // Leaving a field: its draft goes if the core already holds it and nothing else is on the way.
        if (before && !pending.has(before) && !inflight.has(before) && !get().fieldErrors[before]) set({ drafts: without(get().drafts, before) });
      },

      async goTo(stepKey) {
        const view = get().view;
        if (!view) return false;
        set({ stepError: null });
        if (view.status === 'finalized') {
          set({ browseStep: stepKey });
          return true;
        }
        await flushAll();
        // Going on from a review step whose proposal box shows the computed level preselected confirms
        // it: the shown level is stored first (the step says so next to the box and in its checks).
        const now = get().view ?? view;
        const from = now.steps.find((x) => x.key === now.currentStep);
        const to = now.steps.find((x) => x.key === stepKey);
        if (from?.proposalPreset && to && to.index > from.index) {
          const patch = { proposedLevel: from.proposalPreset };
          const confirmed = await enqueue(() =>
            from.memberId ? client.call('meeting.updateMemberReview', { meetingId: now.id, memberId: from.memberId, patch }) : client.call('meeting.updateCollective', { meetingId: now.id, patch }),
          );
          if (!confirmed.ok) {
            set({ stepError: confirmed.error.message });
            return false;
          }
          adopt(confirmed.value);
        }
        const result = await enqueue(() => client.call('meeting.setStep', { meetingId: view.id, step: stepKey }));
        if (!result.ok) {
          set({ stepError: result.error.message });
          return false;
        }
        adopt(result.value);
        return true;
      },

      async command(run) {
        set({ stepError: null });
        await flushAll();
        const result = await enqueue(run);
        if (result.ok) {
          adopt(result.value);
          set({ savedAt: clock(), browseStep: result.value.status === 'finalized' ? get().browseStep : null });
        }
        return result;
      },

      setVoteDraft(key, draft) {
        const drafts = { ...get().voteDrafts };
        if (draft) drafts[key] = draft;
        else delete drafts[key];
        set({ voteDrafts: drafts });
      },

      async loadMinutes() {
        const view = get().view;
        if (!view) return;
        await flushAll();
        const result = await client.call('meeting.minutes', { meetingId: view.id });
        if (get().view?.id !== view.id) return;
        if (result.ok) set({ minutes: result.value });
        else set({ stepError: result.error.message });
      },

      clearStepError: () => set({ stepError: null }),
    };
  });
}

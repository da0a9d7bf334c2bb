// The Đảng ủy decision stage (issue 4 §7–9): the year on screen and its part (progress board,
// verification and decision, re-rating), the board, the decision view of the chosen scope and of the
// whole commune (for re-rating), recognition records, audit entries per subject, and members' review
// histories. Every change goes through the core; afterwards the views are read again so the screen
// always shows what the core stored (quota and blockers are computed there, never here).
// Layer: renderer.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../shared/contract/client';
import type { MethodInput } from '../../shared/contract/api';
import type { Result } from '../../shared/contract/result';
import type { Board } from '../../shared/meeting/board';
import type { DecisionSubject, DecisionView, ReRatingRecord, RecognitionRecord } from '../../shared/meeting/decision';
import type { MemberReviewHistory } from '../../shared/meeting/history';
import type { AuditEntry } from '../../shared/meeting/types';
import type { NoticeStore } from './notice-store';

export type DecisionTab = 'board' | 'verify' | 'rerate';

/** Who an audit query is about: a member or a chi bộ. */
export interface AuditTarget {
  entity: 'member' | 'org-unit';
  entityId: string;
}

export const auditKey = (t: AuditTarget) => `${t.entity}:${t.entityId}`;

export interface DecisionState {
  years: number[];
  yearsLoaded: boolean;
  year: number | null;
  tab: DecisionTab;
  /** The TCCSĐ being verified; null for the whole commune. */
  scope: string | null;
  board: Board | null;
  /** The decision view of `scope`. */
  view: DecisionView | null;
  /** The decision view of the whole commune (the re-rating part lists every recognized subject). */
  communeView: DecisionView | null;
  /** Why the last read of the views failed (Vietnamese), shown in place of the view. */
  loadError: string | null;
  recognitions: Record<string, RecognitionRecord>;
  audit: Record<string, AuditEntry[]>;
  histories: Record<string, MemberReviewHistory>;

  loadYears(): Promise<void>;
  selectYear(year: number): void;
  setTab(tab: DecisionTab): void;
  setScope(basicOrgId: string | null): void;
  /** Reads the board and both decision views of the year on screen. */
  refresh(): Promise<void>;
  loadRecognition(id: string): Promise<void>;
  loadAudit(target: AuditTarget): Promise<void>;
  setLevel(input: Omit<MethodInput<'decision.setLevel'>, 'year'>): Promise<Result<DecisionSubject>>;
  lock(input: Omit<MethodInput<'decision.lock'>, 'year' | 'scope'>): Promise<Result<RecognitionRecord>>;
  reRate(input: Omit<MethodInput<'decision.reRate'>, 'year'>): Promise<Result<ReRatingRecord>>;
  loadHistory(memberId: string): Promise<void>;
  recordPastLevel(input: MethodInput<'member.recordPastLevel'>): Promise<Result<MemberReviewHistory>>;
}

export type DecisionStore = StoreApi<DecisionState>;

export function createDecisionStore(client: ApiClient, notices: NoticeStore): DecisionStore {
  // Only the latest read counts: a slow answer for another year or scope must not replace it.
  let readRequest = 0;
  return createStore<DecisionState>()((set, get) => {
    const fail = (message: string) => notices.getState().push('error', message);

    async function readAudit(target: AuditTarget) {
      const result = await client.call('audit.list', { entity: target.entity, entityId: target.entityId });
      if (result.ok) set({ audit: { ...get().audit, [auditKey(target)]: result.value } });
      else fail(result.error.message);
    }

    /** After a change to one subject: re-read the views and, when already read, its audit entries. */
    async function afterChange(target: AuditTarget | null) {
      await get().refresh();
      if (target && get().audit[auditKey(target)]) await readAudit(target);
    }

    return {
      years: [],
      yearsLoaded: false,
      year: null,
      tab: 'board',
      scope: null,
      board: null,
      view: null,
      communeView: null,
      loadError: null,
      recognitions: {},
      audit: {},
      histories: {},

      async loadYears() {
        const result = await client.call('year.list');
        if (!result.ok) {
          fail(result.error.message);
          set({ yearsLoaded: true });
          return;
        }
        const years = result.value.map((y) => y.year).sort((a, b) => b - a);
        const current = get().year;
        set({ years, yearsLoaded: true, year: current !== null && years.includes(current) ? current : (years[0] ?? null) });
      },

      selectYear(year) {
        if (year === get().year) return;
        set({ year, scope: null, board: null, view: null, communeView: null, loadError: null });
      },

      setTab: (tab) => set({ tab }),

      setScope(basicOrgId) {
        if (basicOrgId === get().scope) return;
        set({ scope: basicOrgId, view: null });
      },

      async refresh() {
        const year = get().year;
        if (year === null) return;
        const scope = get().scope;
        const request = ++readRequest;
        const [board, view, commune] = await Promise.all([
          client.call('decision.board', { year }),
          client.call('decision.get', scope === null ? { year } : { year, basicOrgId: scope }),
          client.call('decision.get', { year }),
        ]);
        if (request !== readRequest) return;
        const error = [board, view, commune].find((r) => !r.ok);
        set({
          board: board.ok ? board.value : null,
          view: view.ok ? view.value : null,
          communeView: commune.ok ? commune.value : null,
          loadError: error && !error.ok ? error.error.message : null,
        });
      },

      async loadRecognition(id) {
        const year = get().year;
        if (year === null) return;
        const result = await client.call('decision.recognition', { year, recognitionId: id });
        if (result.ok) set({ recognitions: { ...get().recognitions, [id]: result.value } });
        else fail(result.error.message);
      },

      loadAudit: readAudit,

      async setLevel(input) {
        const year = get().year!;
        const result = await client.call('decision.setLevel', { ...input, year } as MethodInput<'decision.setLevel'>);
        if (result.ok) {
          const s = result.value;
          await afterChange(s.memberId ? { entity: 'member', entityId: s.memberId } : { entity: 'org-unit', entityId: s.orgUnitId });
        }
        return result;
      },

      async lock(input) {
        const year = get().year!;
        const scope = get().scope;
        const result = await client.call('decision.lock', { ...input, year, scope: scope === null ? 'commune' : { basicOrgId: scope } });
        if (result.ok) {
          set({ recognitions: { ...get().recognitions, [result.value.id]: result.value } });
          await afterChange(null);
        }
        return result;
      },

      async reRate(input) {
        const year = get().year!;
        const result = await client.call('decision.reRate', { ...input, year } as MethodInput<'decision.reRate'>);
        if (result.ok) {
          const r = result.value;
          await afterChange(r.memberId ? { entity: 'member', entityId: r.memberId } : { entity: 'org-unit', entityId: r.orgUnitId });
          if (r.memberId && get().histories[r.memberId]) await get().loadHistory(r.memberId);
        }
        return result;
      },

      async loadHistory(memberId) {
        const result = await client.call('member.reviewHistory', { memberId });
        if (result.ok) set({ histories: { ...get().histories, [memberId]: result.value } });
        else fail(result.error.message);
      },

      async recordPastLevel(input) {
        const result = await client.call('member.recordPastLevel', input);
        if (result.ok) set({ histories: { ...get().histories, [input.memberId]: result.value } });
        return result;
      },
    };
  });
}

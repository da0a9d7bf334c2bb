// The member register: every member as a light row (in the core's Vietnamese name order), the
// register's search and filters (kept here so they survive opening a member and coming back), the
// member being viewed, and the changes to a member. Searching never calls the core: the rows are
// all here and filtered in memory. Layer: renderer.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../shared/contract/client';
import type { MethodInput } from '../../shared/contract/api';
import type { Result } from '../../shared/contract/result';
import type { MemberCategory, MemberStatus } from '../../shared/domain/enums';
import type { AwardRecord, DisciplineRecord, Member, MemberDetail, MemberListRow } from '../../shared/domain/member';
import type { NoticeStore } from './notice-store';

/** `active` = every status still on a cell's roll; `all` = also those transferred out, deceased, left. */
export type StatusFilter = 'active' | 'all' | MemberStatus;
export type CategoryFilter = 'all' | MemberCategory;

export interface RegisterFilters {
  query: string;
  /** An org unit; the register then shows its members and those of its sub-units. */
  orgUnitId: string | null;
  status: StatusFilter;
  category: CategoryFilter;
}

export const defaultFilters: RegisterFilters = { query: '', orgUnitId: null, status: 'active', category: 'all' };

export type MemberView = { kind: 'list' } | { kind: 'detail'; id: string } | { kind: 'new' } | { kind: 'edit'; id: string };

export interface MemberState {
  rows: MemberListRow[];
  loaded: boolean;
  loading: boolean;
  filters: RegisterFilters;
  view: MemberView;
  /** The member last opened, so the list can bring it back into view on return. */
  lastOpenedId: string | null;
  detail: MemberDetail | null;
  detailLoading: boolean;

  load(): Promise<void>;
  setFilters(patch: Partial<RegisterFilters>): void;
  show(view: MemberView): void;
  loadDetail(id: string): Promise<void>;
  create(input: MethodInput<'member.create'>): Promise<Result<Member>>;
  update(input: MethodInput<'member.update'>): Promise<Result<Member>>;
  changeStatus(input: MethodInput<'member.changeStatus'>): Promise<Result<Member>>;
  transfer(input: MethodInput<'member.transfer'>): Promise<Result<Member>>;
  addDiscipline(input: MethodInput<'member.addDiscipline'>): Promise<Result<DisciplineRecord>>;
  addAward(input: MethodInput<'member.addAward'>): Promise<Result<AwardRecord>>;
}

export type MemberStore = StoreApi<MemberState>;

export function createMemberStore(client: ApiClient, notices: NoticeStore): MemberStore {
  return createStore<MemberState>()((set, get) => {
    /** After a change to one member: re-read the register and, if shown, that member's record. */
    async function afterChange<T>(memberId: string, call: Promise<Result<T>>): Promise<Result<T>> {
      const result = await call;
      if (result.ok) {
        const detail = get().detail;
        await Promise.all([get().load(), detail?.member.id === memberId ? get().loadDetail(memberId) : Promise.resolve()]);
      }
      return result;
    }

    return {
      rows: [],
      loaded: false,
      loading: false,
      filters: defaultFilters,
      view: { kind: 'list' },
      lastOpenedId: null,
      detail: null,
      detailLoading: false,

      async load() {
        set({ loading: true });
        const result = await client.call('member.list', { includeInactive: true });
        if (result.ok) set({ rows: result.value, loaded: true, loading: false });
        else {
          set({ loading: false });
          notices.getState().push('error', result.error.message);
        }
      },

      setFilters(patch) {
        set({ filters: { ...get().filters, ...patch } });
      },

      show(view) {
        set(view.kind === 'detail' || view.kind === 'edit' ? { view, lastOpenedId: view.id } : { view });
      },

      async loadDetail(id) {
        // Keep the old record on screen only if it is the same member (a refresh after a change).
        set({ detailLoading: true, detail: get().detail?.member.id === id ? get().detail : null });
        const result = await client.call('member.get', { id });
        if (result.ok) set({ detail: result.value, detailLoading: false });
        else {
          set({ detailLoading: false });
          notices.getState().push('error', result.error.message);
        }
      },

      async create(input) {
        const result = await client.call('member.create', input);
        if (result.ok) await get().load();
        return result;
      },
      update: (input) => afterChange(input.id, client.call('member.update', input)),
      changeStatus: (input) => afterChange(input.id, client.call('member.changeStatus', input)),
      transfer: (input) => afterChange(input.id, client.call('member.transfer', input)),
      addDiscipline: (input) => afterChange(input.memberId, client.call('member.addDiscipline', input)),
      addAward: (input) => afterChange(input.memberId, client.call('member.addAward', input)),
    };
  });
}

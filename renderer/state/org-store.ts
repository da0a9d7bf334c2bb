// The org tree of the commune, open and closed units, and its four changes (add, rename, move,
// close). After each change the list is read again, so the screen shows what the core stored.
// Layer: renderer.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../shared/contract/client';
import type { MethodInput } from '../../shared/contract/api';
import type { Result } from '../../shared/contract/result';
import type { OrgUnit } from '../../shared/domain/org-unit';
import type { NoticeStore } from './notice-store';

export interface OrgState {
  units: OrgUnit[];
  loaded: boolean;
  loading: boolean;
  load(): Promise<void>;
  create(input: MethodInput<'org.create'>): Promise<Result<OrgUnit>>;
  rename(input: MethodInput<'org.rename'>): Promise<Result<OrgUnit>>;
  move(input: MethodInput<'org.move'>): Promise<Result<OrgUnit>>;
  close(input: MethodInput<'org.close'>): Promise<Result<OrgUnit>>;
}

export type OrgStore = StoreApi<OrgState>;

export function createOrgStore(client: ApiClient, notices: NoticeStore): OrgStore {
  return createStore<OrgState>()((set, get) => {
    /** Runs a change and, when it succeeds, re-reads the tree. */
    async function change<T>(call: Promise<Result<T>>): Promise<Result<T>> {
      const result = await call;
      if (result.ok) await get().load();
      return result;
    }
    return {
      units: [],
      loaded: false,
      loading: false,

      async load() {
        set({ loading: true });
        const result = await client.call('org.list');
        if (result.ok) set({ units: result.value, loaded: true, loading: false });
        else {
          set({ loading: false });
          notices.getState().push('error', result.error.message);
        }
      },
      create: (input) => change(client.call('org.create', input)),
      rename: (input) => change(client.call('org.rename', input)),
      move: (input) => change(client.call('org.move', input)),
      close: (input) => change(client.call('org.close', input)),
    };
  });
}

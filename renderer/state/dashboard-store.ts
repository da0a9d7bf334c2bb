// The dashboard numbers (counts by org unit, status and category), read again each time a page
// that shows them opens, so they never lag behind an edit. Layer: renderer.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../shared/contract/client';
import type { DashboardData } from '../../shared/domain/dashboard';
import type { NoticeStore } from './notice-store';

export interface DashboardState {
  data: DashboardData | null;
  loading: boolean;
  load(): Promise<void>;
}

export type DashboardStore = StoreApi<DashboardState>;

export function createDashboardStore(client: ApiClient, notices: NoticeStore): DashboardStore {
  return createStore<DashboardState>()((set) => ({
    data: null,
    loading: false,
    async load() {
      set({ loading: true });
      const result = await client.call('dashboard.get');
      if (result.ok) set({ data: result.value, loading: false });
      else {
        set({ loading: false });
        notices.getState().push('error', result.error.message);
      }
    },
  }));
}

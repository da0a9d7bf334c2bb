// The app as a whole: start-up (app.info), first-run set-up, the commune's names, the large-type
// setting, the name of the person using this computer (for the audit log) and which page is shown.
// Layer: renderer.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../shared/contract/client';
import type { MethodInput } from '../../shared/contract/api';
import type { Result } from '../../shared/contract/result';
import type { AppInfo, UiSettings } from '../../shared/domain/app-info';
import type { Commune } from '../../shared/domain/commune';
import type { DemoSummary } from '../../shared/domain/demo';
import type { NoticeStore } from './notice-store';

export type Page = 'dashboard' | 'org' | 'members' | 'review' | 'meeting' | 'decision' | 'print' | 'documents' | 'settings';

export type Phase = 'loading' | 'setup' | 'ready' | 'failed';

export interface AppState {
  phase: Phase;
  info: AppInfo | null;
  commune: Commune | null;
  largeType: boolean;
  /** "Người sử dụng máy": who the audit log names for changes made here; null until entered. */
  operatorName: string | null;
  page: Page;
  /** Why start-up failed (Vietnamese), when phase is `failed`. */
  failure: string | null;
  boot(): Promise<void>;
  setup(data: MethodInput<'commune.setup'>): Promise<Result<Commune>>;
  loadDemo(): Promise<Result<DemoSummary>>;
  updateCommune(data: MethodInput<'commune.update'>): Promise<Result<Commune>>;
  setLargeType(on: boolean): Promise<void>;
  /** Stores the operator name (blank clears it); the core's refusal is returned, not shown. */
  setOperatorName(name: string): Promise<Result<UiSettings>>;
  navigate(page: Page): void;
}

export type AppStore = StoreApi<AppState>;

export function createAppStore(client: ApiClient, notices: NoticeStore): AppStore {
  return createStore<AppState>()((set, get) => ({
    phase: 'loading',
    info: null,
    commune: null,
    largeType: false,
    operatorName: null,
    page: 'dashboard',
    failure: null,

    async boot() {
      const info = await client.call('app.info');
      if (!info.ok) {
        set({ phase: 'failed', failure: info.error.message });
        return;
      }
      set({ info: info.value, largeType: info.value.settings.largeType, operatorName: info.value.settings.operatorName ?? null });
      if (!info.value.hasCommune) {
        set({ phase: 'setup', commune: null });
        return;
      }
      const commune = await client.call('commune.get');
      if (!commune.ok) {
        set({ phase: 'failed', failure: commune.error.message });
        return;
      }
      set({ phase: commune.value ? 'ready' : 'setup', commune: commune.value, failure: null });
    },

    async setup(data) {
      const result = await client.call('commune.setup', data);
      if (result.ok) {
        const info = get().info;
        set({ phase: 'ready', commune: result.value, page: 'dashboard', info: info ? { ...info, hasCommune: true } : info });
      }
      return result;
    },

    async loadDemo() {
      const result = await client.call('demo.load', {});
      if (result.ok) {
        await get().boot();
        set({ page: 'dashboard' });
      }
      return result;
    },

    async updateCommune(data) {
      const result = await client.call('commune.update', data);
      if (result.ok) set({ commune: result.value });
      return result;
    },

    async setLargeType(on) {
      const before = get().largeType;
      // Applied at once so the screen reacts to the click; undone if the core refuses to store it.
      set({ largeType: on });
      const result = await client.call('settings.update', { largeType: on });
      if (!result.ok) {
        set({ largeType: before });
        notices.getState().push('error', result.error.message);
        return;
      }
      set({ largeType: result.value.largeType });
    },

    async setOperatorName(name) {
      const result = await client.call('settings.update', { operatorName: name });
      if (result.ok) set({ operatorName: result.value.operatorName });
      return result;
    },

    navigate(page) {
      set({ page });
    },
  }));
}

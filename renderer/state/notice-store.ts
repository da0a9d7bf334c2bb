// Messages shown to the user after an action: errors (role="alert", stay until closed) and
// confirmations (role="status", fade out by themselves). Layer: renderer.
import { createStore, type StoreApi } from 'zustand/vanilla';

export type NoticeKind = 'error' | 'success';

export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
}

export interface NoticeState {
  notices: Notice[];
  push(kind: NoticeKind, text: string): void;
  dismiss(id: number): void;
}

export type NoticeStore = StoreApi<NoticeState>;

/** How long a confirmation stays; errors stay until the user closes them, so none is missed. */
const SUCCESS_MS = 6000;
/** Older notices are dropped so a burst of failures cannot cover the screen. */
const MAX_NOTICES = 4;

export function createNoticeStore(): NoticeStore {
  let nextId = 1;
  return createStore<NoticeState>()((set, get) => ({
    notices: [],
    push(kind, text) {
      const id = nextId++;
      // The same message twice in a row (e.g. a double click) is shown once.
      const last = get().notices.at(-1);
      if (last && last.kind === kind && last.text === text) return;
      set({ notices: [...get().notices, { id, kind, text }].slice(-MAX_NOTICES) });
      if (kind === 'success') setTimeout(() => get().dismiss(id), SUCCESS_MS);
    },
    dismiss(id) {
      set({ notices: get().notices.filter((n) => n.id !== id) });
    },
  }));
}

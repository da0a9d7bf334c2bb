// Binds one wizard field to the meeting store's autosave: what the field shows (the draft while one is
// kept, else the core's value), its refusal, and the handlers that save on typing (debounced), on blur
// and on Enter. Layer: renderer.
import type { KeyboardEvent } from 'react';
import type { Result } from '../../../shared/contract/result';
import type { MeetingView } from '../../../shared/meeting/types';
import { useMeeting, useStores } from '../../state/stores';

export type Save<T> = (value: T) => Promise<Result<MeetingView>>;

/** A refusal produced in the form itself (a number or date that cannot be read), in the core's envelope. */
export const refuse = (message: string): Promise<Result<MeetingView>> => Promise.resolve({ ok: false, error: { code: 'invalid-input', message } });

export interface Autosave<T> {
  value: T;
  error: string | undefined;
  change(value: T, immediate?: boolean): void;
  onFocus(): void;
  onBlur(): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

export function useAutosave<T>(key: string, serverValue: T, save: Save<T>): Autosave<T> {
  const { meeting } = useStores();
  const hasDraft = useMeeting((s) => key in s.drafts);
  const draft = useMeeting((s) => s.drafts[key]) as T | undefined;
  const error = useMeeting((s) => s.fieldErrors[key]);
  return {
    value: hasDraft ? (draft as T) : serverValue,
    error,
    change(value, immediate) {
      meeting.getState().edit(key, value, (v) => save(v as T), { immediate });
    },
    onFocus() {
      meeting.getState().setActive(key);
    },
    onBlur() {
      meeting.getState().setActive(null);
      void meeting.getState().flush();
    },
    onKeyDown(event) {
      // Enter in a one-line box saves at once (a textarea keeps Enter for new lines).
      if (event.key === 'Enter' && event.target instanceof HTMLInputElement) void meeting.getState().flush();
    },
  };
}

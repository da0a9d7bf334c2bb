// The body of every IPC handler, without Electron: check the sender, then call the core. A refused
// sender gets an envelope (code `forbidden-sender`) and the core is never called. Layer: electron/main (shell), pure.
import type { Result } from '../../shared/contract/result';
import { isTrustedSender, type FrameLike } from './trusted-sender';

export interface GuardedCore {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
}

/** The part of Electron's IpcMainInvokeEvent the guard reads. */
export interface SenderEventLike {
  readonly senderFrame: FrameLike | null;
  readonly sender: { readonly mainFrame: FrameLike };
}

export const FORBIDDEN_SENDER: Result<never> = {
  ok: false,
  error: { code: 'forbidden-sender', message: 'Yêu cầu bị từ chối: không đến từ cửa sổ chính của ứng dụng.' },
};

export function createGuardedHandler(core: GuardedCore, method: string): (event: SenderEventLike, input: unknown) => Promise<Result<unknown>> {
  return async (event, input) => {
    if (!isTrustedSender(event.senderFrame, event.sender.mainFrame)) {
      return structuredClone(FORBIDDEN_SENDER);
    }
    return core.dispatch(method, input);
  };
}

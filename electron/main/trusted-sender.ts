// Decides whether an IPC message may reach the core: it must come from the main frame of our window
// showing app://kiemdiem — not from a subframe, another origin, a file:// page or a destroyed frame.
// Pure (structural types only) so tests can call it without Electron. Layer: electron/main (shell).
import { isAppUrl } from './app-scheme';

/** The part of Electron's WebFrameMain the check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
  isDestroyed?(): boolean;
}

/**
 * @param frame   `event.senderFrame` (null when the frame navigated away or was destroyed)
 * @param mainFrame `event.sender.mainFrame`, when known: the sender must be that very frame
 */
export function isTrustedSender(frame: FrameLike | null | undefined, mainFrame?: FrameLike | null): boolean {
  if (!frame) return false;
  if (frame.isDestroyed?.()) return false;
  if (frame.parent !== null) return false;
  if (mainFrame !== undefined && frame !== mainFrame) return false;
  return isAppUrl(frame.url);
}

// Type of the bridge the Electron preload exposes as `window.kiemdiem` (absent in browser mode).
// The preload (electron/preload/preload.ts) implements exactly this shape. Layer: renderer.
import type { Result } from '../../shared/contract/result';

export interface KiemDiemBridge {
  /** Calls one API method over IPC; resolves with the result envelope, never rejects for a refused call. */
  call(method: string, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    kiemdiem?: KiemDiemBridge;
  }
}

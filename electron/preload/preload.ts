// The preload script (bundled to dist/electron/preload.cjs; sandboxed, so esbuild inlines the
// contract). Exposes exactly one function, window.kiemdiem.call(method, input), and only for methods
// of the contract — the renderer gets no ipcRenderer, no Node. Layer: electron/preload (shell).
import { contextBridge, ipcRenderer } from 'electron';
import { isMethodName } from '../../shared/contract/api';
import type { Result } from '../../shared/contract/result';
import { channelFor } from '../main/ipc-channels';

async function call(method: string, input: unknown): Promise<Result<unknown>> {
  if (typeof method !== 'string' || !isMethodName(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `Không có chức năng "${String(method)}".` } };
  }
  return (await ipcRenderer.invoke(channelFor(method), input)) as Result<unknown>;
}

contextBridge.exposeInMainWorld('kiemdiem', { call });

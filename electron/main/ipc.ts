// The IPC adapter: one ipcMain.handle channel per contract method (`kiemdiem:<method>`), each
// guarded by the sender check before the core sees the call. Layer: electron/main (shell).
import { ipcMain } from 'electron';
import { methodNames } from '../../shared/contract/api';
import { channelFor } from './ipc-channels';
import { createGuardedHandler, type GuardedCore } from './ipc-guard';

/** Registers every handler; returns a function that removes them (on quit). */
export function registerIpcHandlers(core: GuardedCore): () => void {
  for (const method of methodNames) {
    const handler = createGuardedHandler(core, method);
    ipcMain.handle(channelFor(method), (event, input: unknown) => handler(event, input));
  }
  return () => {
    for (const method of methodNames) ipcMain.removeHandler(channelFor(method));
  };
}

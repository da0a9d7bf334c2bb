// Chooses how the renderer talks to the core: IPC when the Electron preload exposed
// `window.kiemdiem`, otherwise HTTP to the browser-mode server that served this page. Layer: renderer.
import type { Transport } from '../../shared/contract/client';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';

export function pickTransport(win: Pick<Window, 'kiemdiem'> | undefined = globalThis.window): Transport {
  const bridge = win?.kiemdiem;
  return bridge ? createIpcTransport(bridge) : createHttpTransport();
}

// Electron transport: forwards each call to the preload bridge `window.kiemdiem`, which invokes
// the IPC channel of that method. Layer: renderer.
import type { Transport } from '../../shared/contract/client';
import type { KiemDiemBridge } from './window-api';

export function createIpcTransport(bridge: KiemDiemBridge | undefined = globalThis.window?.kiemdiem): Transport {
  if (!bridge) throw new Error('window.kiemdiem is missing: the IPC transport needs the Electron preload');
  return { call: (method, input) => bridge.call(method, input) };
}

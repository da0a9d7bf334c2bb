// Names of the IPC channels: one per API method, `kiemdiem:<method>`. Shared by the main process
// and the preload so both sides agree. Layer: electron/main (shell), pure.
export const CHANNEL_PREFIX = 'kiemdiem:';

export function channelFor(method: string): string {
  return `${CHANNEL_PREFIX}${method}`;
}

// In-process transport for tests and tools: calls the core directly but clones the input and the
// result with structuredClone, so code that works here also works across IPC/HTTP (no shared
// object identity, no functions or class instances sneaking across). Layer: electron/core.
import type { Transport } from '../../../shared/contract/client';
import type { Result } from '../../../shared/contract/result';

export interface InProcessCore {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
}

export function createInProcessTransport(core: InProcessCore): Transport {
  return {
    async call(method, input) {
      // A value that cannot be cloned would fail at a real boundary too: let it throw here, the
      // client turns it into a transport-failed envelope.
      const result = await core.dispatch(method, structuredClone(input));
      return structuredClone(result);
    },
  };
}

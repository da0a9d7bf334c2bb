// The typed client every caller of the core uses (renderer stores, tests). It is built on a
// transport — IPC, HTTP or in-process — so the same UI code runs in Electron, in a browser and in
// jsdom against a real core. Layer: shared.
import type { Result } from './result';
import type { MethodInput, MethodName, MethodOutput } from './api';

/** Moves one call to the core and brings back its envelope; must never throw for a refused call. */
export interface Transport {
  call(method: string, input: unknown): Promise<Result<unknown>>;
}

/** Methods whose input has no required field may be called without one. */
type InputArgs<M extends MethodName> = Record<string, never> extends MethodInput<M> ? [MethodInput<M>?] : [MethodInput<M>];

export interface ApiClient {
  call<M extends MethodName>(method: M, ...input: InputArgs<M>): Promise<Result<MethodOutput<M>>>;
}

export function createClient(transport: Transport): ApiClient {
  return {
    call: (async (method: string, input?: unknown) => {
      try {
        return await transport.call(method, input ?? {});
      } catch (err) {
        // A transport failure (server gone, IPC closed) becomes an envelope too, so the UI has one path.
        return {
          ok: false,
          error: { code: 'transport-failed', message: 'Không kết nối được với phần lõi của ứng dụng. Hãy khởi động lại ứng dụng.', details: String(err) },
        };
      }
    }) as ApiClient['call'],
  };
}

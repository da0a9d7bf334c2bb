// The core router: validates every call against the contract, runs the service, and maps whatever
// happens to a result envelope. Every transport goes through here. Layer: electron/core.
import type { z } from 'zod';
import { api, isMethodName, type MethodName, type MethodOutput, type MethodParsedInput } from '../../shared/contract/api';
import { DomainError, type Result } from '../../shared/contract/result';

export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export interface Router {
  dispatch(method: string, rawInput: unknown): Promise<Result<unknown>>;
}

/** Turns the first zod issue into a Vietnamese message naming the field. */
export function describeInvalidInput(error: z.ZodError): { message: string; details: { path: string; issues: { path: string; message: string }[] } } {
  const issues = error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = issues[0];
  const raw = first?.message ?? '';
  // zod's own English messages (wrong type of a field we did not label) get a Vietnamese frame.
  const isVietnamese = /[àáảãạăâđèéẻẽẹêìíòóôơùúưỳý]/i.test(raw);
  const message = isVietnamese ? raw : `Dữ liệu không hợp lệ ở trường "${first?.path || '(gốc)'}".`;
  return { message, details: { path: first?.path ?? '', issues } };
}

export interface RouterOptions {
  /** Called with unexpected errors (bugs), so they reach a log without leaking to the user. */
  onInternalError?: (method: string, err: unknown) => void;
}

export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  return {
    async dispatch(method, rawInput) {
      if (!isMethodName(method)) {
        return { ok: false, error: { code: 'unknown-method', message: `Không có chức năng "${method}".` } };
      }
      const parsed = api[method].input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        const { message, details } = describeInvalidInput(parsed.error);
        return { ok: false, error: { code: 'invalid-input', message, details } };
      }
      try {
        const handler = handlers[method] as (input: unknown) => unknown;
        const value = await handler(parsed.data);
        return { ok: true, value: value === undefined ? null : value };
      } catch (err) {
        if (err instanceof DomainError) {
          return { ok: false, error: err.details === undefined ? { code: err.code, message: err.message } : { code: err.code, message: err.message, details: err.details } };
        }
        options.onInternalError?.(method, err);
        return { ok: false, error: { code: 'internal', message: 'Đã xảy ra lỗi nội bộ; dữ liệu không bị thay đổi. Hãy thử lại hoặc báo cho cán bộ kỹ thuật.' } };
      }
    },
  };
}

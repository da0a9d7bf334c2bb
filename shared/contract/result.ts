// Result envelopes that cross every boundary (IPC, HTTP, in-process). Never a thrown error across a
// transport: Electron forwards only error.message, so errors travel as data. Layer: shared.

export interface AppError {
  /** Stable machine code, e.g. `invalid-input`, `duplicate-citizen-id`. */
  code: string;
  /** Vietnamese message for the user. */
  message: string;
  /** Optional structured detail, e.g. the path of the bad field. */
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

/** An error a service throws on purpose; the router turns it into a `{ok:false}` envelope. */
export class DomainError extends Error {
  readonly code: string;
  readonly details?: unknown;
  constructor(code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

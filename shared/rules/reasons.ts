// The explanation attached to every rule outcome: a stable code for programs, a Vietnamese sentence with the
// figures for people, and the article it comes from. Also the number formats those sentences use.
// Layer: shared.
import { formatNumberVi } from './input-errors';

export interface Reason {
  /** Stable machine code, e.g. `score-band`, `rule-gap`, `degradation`. */
  code: string;
  /** Vietnamese explanation with the figures, NFC. */
  message: string;
  /** Article reference, e.g. `QĐ 366-QĐ/TW, Điều 11, khoản 1`. */
  ref: string;
}

/** Builds a reason; messages are normalized to NFC because decomposed Vietnamese prints badly. */
export function reason(code: string, message: string, ref: string): Reason {
  return { code, message: message.normalize('NFC'), ref };
}

/** A score kept in tenths (873) as Vietnamese write it (87,3). */
export function formatTenths(tenths: number): string {
  const whole = Math.trunc(tenths / 10);
  const rest = Math.abs(tenths % 10);
  return rest === 0 ? String(whole) : `${whole},${rest}`;
}

/** A percentage as Vietnamese write it (20,5%). */
export function formatPct(value: number): string {
  return `${formatNumberVi(value)}%`;
}

/** Trims free text quoted inside a sentence and drops its final full stop, since the sentence adds one. */
export function withoutFinalStop(text: string): string {
  return text.trim().replace(/[.\s]+$/u, '');
}

export { formatNumberVi };

// Text normalization on the way in: NFC (decomposed Vietnamese prints with misplaced accents in
// subset fonts), no control characters, single spaces. Layer: shared.

// C0/C1 control characters except tab/newline, plus zero-width and BOM characters that sneak in from Word.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g;

/** NFC, without control characters; keeps line breaks (for multi-line notes). */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(CONTROL, '').replace(/\r\n?/g, '\n');
}

/** A one-line field: normalized, trimmed, inner whitespace collapsed to single spaces. */
export function normalizeLine(value: string): string {
  return normalizeText(value).replace(/\s+/g, ' ').trim();
}

/** Recursively normalizes every string of a plain JSON-like value (objects, arrays). */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return normalizeText(value) as T;
  if (Array.isArray(value)) return value.map((v) => normalizeDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalizeDeep(v);
    return out as T;
  }
  return value;
}

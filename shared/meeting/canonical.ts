// Canonical JSON of a record (keys sorted, strings NFC, no whitespace, undefined dropped), the input of
// the SHA-256 content hash of a finalized meeting, and a short pure fingerprint used to notice that the
// minutes changed after the meeting approved them. The hash itself is computed by the core (node:crypto);
// this module stays pure. Layer: shared.

/** Format tag of the hashed document, so that a later layout change is a new version, not a silent drift. */
export const MEETING_RECORD_FORMAT = 'kiemdiem.meeting-record';
export const MEETING_RECORD_VERSION = 1;

function canonicalValue(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('Canonical JSON has no representation for a non-finite number.');
    return Object.is(value, -0) ? 0 : value;
  }
  if (value === null || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : canonicalValue(v)));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key.normalize('NFC')] = canonicalValue(v);
    }
    return out;
  }
  throw new TypeError(`Canonical JSON cannot hold a ${typeof value}.`);
}

/** The one serialization of a JSON-like value: the same data always gives the same string. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalValue(value));
}

/** The document whose SHA-256 is the content hash of a finalized meeting: the frozen record and its minutes. */
export function meetingHashInput(record: unknown, minutes: unknown): string {
  return canonicalJson({ format: MEETING_RECORD_FORMAT, version: MEETING_RECORD_VERSION, record, minutes });
}

/**
 * A 64-bit FNV-1a fingerprint (16 hex digits) of the canonical JSON. Not a security hash: it only tells
 * whether the minutes the meeting approved are still the minutes the record now produces.
 */
export function fingerprint(value: unknown): string {
  const text = canonicalJson(value);
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}

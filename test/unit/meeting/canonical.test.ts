// Canonical JSON (the input of the content hash) and the minutes fingerprint.
import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprint, meetingHashInput } from '../../../shared/meeting/canonical';

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined and normalizes strings to NFC', () => {
    const decomposed = 'Hoa\u0300'; // "Hoà" with a combining grave accent
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined, x: decomposed }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"x":"Hoà","z":1}]},"b":1}');
    expect(canonicalJson({ a: decomposed })).toBe(canonicalJson({ a: 'Hoà' }));
  });

  it('gives the same text for the same data whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: [2, 3] })).toBe(canonicalJson({ y: [2, 3], x: 1 }));
    expect(canonicalJson(-0)).toBe('0');
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(RangeError);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(TypeError);
  });

  it('wraps the record and minutes with a format and version', () => {
    expect(meetingHashInput({ r: 1 }, { m: 2 })).toBe('{"format":"kiemdiem.meeting-record","minutes":{"m":2},"record":{"r":1},"version":1}');
  });
});

describe('fingerprint', () => {
  it('is 16 hex digits, stable, and changes with the data', () => {
    const a = fingerprint({ a: 1, b: 'Biên bản' });
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint({ b: 'Biên bản', a: 1 })).toBe(a);
    expect(fingerprint({ a: 1, b: 'Biên bản.' })).not.toBe(a);
  });
});

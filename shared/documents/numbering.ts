// Document numbers of party documents: the type codes (ký hiệu loại văn bản), the issuer codes, and the
// printed form "Số 12-BC/ĐU" (hyphen between number and type, no colon; numbers below 10 with a
// leading 0). Numbers run per issuing body and type through a committee term (domain-background.md §6);
// the register itself is in the core. Layer: shared.
import { z } from 'zod';

/** Type codes with their Vietnamese names, in the order a picker shows them. */
export const DOCUMENT_TYPES = [
  ['BC', 'Báo cáo'],
  ['BB', 'Biên bản'],
  ['QĐ', 'Quyết định'],
  ['NQ', 'Nghị quyết'],
  ['KL', 'Kết luận'],
  ['KH', 'Kế hoạch'],
  ['TB', 'Thông báo'],
  ['CV', 'Công văn'],
  ['TTr', 'Tờ trình'],
  ['CTr', 'Chương trình'],
  ['HD', 'Hướng dẫn'],
  ['QC', 'Quy chế'],
  ['GM', 'Giấy mời'],
  ['ĐA', 'Đề án'],
  ['PA', 'Phương án'],
] as const;

export type DocumentTypeCode = (typeof DOCUMENT_TYPES)[number][0];
export const DOCUMENT_TYPE_CODES = DOCUMENT_TYPES.map(([code]) => code) as unknown as readonly [DocumentTypeCode, ...DocumentTypeCode[]];
export const DOCUMENT_TYPE_NAMES = Object.fromEntries(DOCUMENT_TYPES) as Readonly<Record<DocumentTypeCode, string>>;

/** Accepts the code typed in any Unicode form ("QĐ" decomposed or not). */
export const documentTypeSchema = z.preprocess(
  (v) => (typeof v === 'string' ? v.normalize('NFC').trim() : v),
  z.enum(DOCUMENT_TYPE_CODES, { error: `Loại văn bản phải là một trong: ${DOCUMENT_TYPE_CODES.join(', ')}.` }),
);

/** Issuer codes: ĐU for a đảng ủy (and its standing committee), CB for a chi bộ. */
export type IssuerCode = 'ĐU' | 'CB';

/** A đảng bộ (commune or basic) issues as its đảng ủy; a chi bộ as itself. */
export function issuerCodeFor(kind: 'commune' | 'basic-committee' | 'basic-cell' | 'cell'): IssuerCode {
  return kind === 'commune' || kind === 'basic-committee' ? 'ĐU' : 'CB';
}

/** 3 → "03", 12 → "12". */
export function padNumber(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "Số 12-BC/ĐU"; without a number, a blank to fill by hand: "Số        -BC/ĐU". */
export function formatDocumentNumber(number: number | null, type: DocumentTypeCode, issuer: IssuerCode): string {
  // No-break spaces: a blank to write the number in by hand, which HTML would otherwise collapse.
  return number === null ? `Số${'\u00A0'.repeat(8)}-${type}/${issuer}` : `Số ${padNumber(number)}-${type}/${issuer}`;
}

/**
 * The number of a document typed by the user with its symbol: "16-QĐ/ĐU", "Số 16-QĐ/ĐU", "16 - QĐ/ĐU"
 * or just "16" give 16; null when the text is not a number of this type and issuer ("16/QĐ-UBND").
 */
export function parseDocumentNumber(text: string, type: DocumentTypeCode, issuer: IssuerCode): number | null {
  const t = text.normalize('NFC').trim().replace(/^số\s*/iu, '').replace(/[.,;]$/u, '');
  const m = /^(\d{1,5})(?:\s*-\s*(\S+?)\s*\/\s*(\S+))?$/u.exec(t);
  if (!m) return null;
  if (m[2] !== undefined && (m[2].toLocaleUpperCase('vi') !== type.toLocaleUpperCase('vi') || m[3]!.toLocaleUpperCase('vi') !== issuer)) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 99999 ? n : null;
}

/** "16-QĐ/ĐU": the number and symbol as a decision records it (without "Số"). */
export function documentSymbol(number: number, type: DocumentTypeCode, issuer: IssuerCode): string {
  return `${padNumber(number)}-${type}/${issuer}`;
}

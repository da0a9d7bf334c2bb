// Text on its way into a printed document: NFC (decomposed accents print misplaced in subset fonts),
// no control or zero-width characters, tabs as spaces — then HTML-escaped. Every string a form prints
// passes through here, whatever its source (database, import, user input). Layer: shared.
import { normalizeText } from '../text/normalize';

/** NFC, control characters removed, tabs as spaces, line breaks kept. */
export function cleanText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return normalizeText(String(value)).replace(/\t/g, ' ');
}

/** A one-line value: cleaned, whitespace collapsed, trimmed. */
export function cleanLine(value: string | null | undefined): string {
  return cleanText(value).replace(/\s+/g, ' ').trim();
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes already-clean text for HTML text and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Cleans and escapes; line breaks become <br>. */
export function html(value: string | null | undefined): string {
  return escapeHtml(cleanText(value)).replace(/\n/g, '<br>');
}

/** Upper case the Vietnamese way (the default locale rules are right for Vietnamese letters). */
export function upper(value: string): string {
  return cleanText(value).toLocaleUpperCase('vi');
}

// The document model every printed form is built as: a list of blocks (header table, title, headings,
// paragraphs, fill-in fields, tables, level boxes, signatures…). Forms produce this model from their
// data; the HTML renderer (for preview and PDF) and the Word renderer (electron/core/print/docx.ts)
// turn the same model into their format, so the two never drift apart. Layer: shared.
import type { LevelCode } from '../rules/levels';
import type { Orientation } from './layout';

/** A piece of text with its emphasis. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** The party-document header table (domain-background.md §6). */
export interface HeaderSpec {
  /** Tên cơ quan cấp trên trực tiếp, e.g. "Đảng bộ xã Xuân Hòa" (printed UPPER); null when none. */
  upperBody: string | null;
  /** Tên cơ quan ban hành, e.g. "Chi bộ thôn Đông" (printed UPPER, bold, with a centred "*" below). */
  issuingBody: string;
  /** The printed number line, e.g. "Số 12-BC/ĐU" (see numbering.ts); null when the document has none. */
  number: string | null;
  /** Địa danh, e.g. "Xuân Hòa". */
  place: string;
  /** ISO date of the document; null leaves day and month blank for handwriting. */
  date: string | null;
  /** Year printed when the date is blank. */
  year?: number;
}

export interface Signature {
  /** A line above the authority, e.g. "XÁC NHẬN CỦA CHI ỦY" (UPPER bold). */
  caption?: string;
  /** Quyền hạn, e.g. "T/M CHI BỘ" (UPPER bold). */
  authority?: string;
  /** Chức vụ, e.g. "BÍ THƯ" (UPPER bold). */
  title?: string;
  /** A hint under the title, e.g. "(Ký, ghi rõ họ tên)". */
  hint?: string;
  /** Full name (bold) under the space for the signature; null leaves the line blank. */
  name?: string | null;
}

export type CellAlign = 'left' | 'center' | 'right';

export interface TableCell {
  text: string;
  bold?: boolean;
  italic?: boolean;
  align?: CellAlign;
  colSpan?: number;
}

export interface TableColumn {
  title: string;
  widthMm: number;
  align?: CellAlign;
}

export interface TableSpec {
  columns: TableColumn[];
  rows: (string | TableCell)[][];
  /** A row of column numbers (1, 2, 3…) under the titles, as registers print them. */
  numberRow?: boolean;
  /** Font size of the table text (default: the layout's table style). */
  sizePt?: number;
}

export type Block =
  /** The HD 43 form code, top right: "Mẫu 02A-HD KĐ.ĐG". */
  | { kind: 'formCode'; text: string }
  | { kind: 'header'; header: HeaderSpec }
  /** Document type (UPPER bold, e.g. "BÁO CÁO") and the trích yếu lines (bold), with a short rule below. */
  | { kind: 'title'; type: string; lines: string[]; subtitle?: string[]; rule?: boolean }
  /** Headings: 1 = "A. NỘI DUNG KIỂM ĐIỂM", 2 = "I. Ưu điểm…", 3 = "1. Phẩm chất…". */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: Run[]; indent?: boolean; align?: 'justify' | 'left' | 'center' | 'right'; sizePt?: number }
  /** "Họ và tên: value" or, when value is null, the label followed by a dotted line to fill by hand. */
  | { kind: 'fields'; fields: { label: string; value: string | null }[] }
  /** Dotted lines to write on. */
  | { kind: 'lines'; count: number }
  | { kind: 'table'; table: TableSpec }
  /** The four level boxes (☐ drawn, not a font glyph); `checked` marks one. */
  | { kind: 'levels'; checked?: LevelCode | null; layout?: 'row' | 'column' }
  /** Self-score lines "…/30", "…/70", "…/100". */
  | { kind: 'scores'; rows: { label: string; max: number; value?: number | null }[] }
  /** Signature block(s) and, bottom left, "Nơi nhận:" with its recipients. */
  | { kind: 'closing'; recipients?: string[] | null; left?: Signature | null; right?: Signature | null }
  | { kind: 'pageBreak' }
  | { kind: 'spacer'; mm: number }
  /** Blocks kept together on one page (a ballot), optionally of a fixed height with a cut line below. */
  | { kind: 'group'; blocks: Block[]; heightMm?: number; cutLine?: boolean };

export interface PartyDocument {
  /** Title of the file (HTML <title>, PDF title, Word title). */
  title: string;
  orientation: Orientation;
  /** Page numbers from page 2 (HD 36); off for ballots that are cut apart. */
  pageNumbers: boolean;
  blocks: Block[];
}

/** A run of plain text. */
export const text = (t: string, style: Omit<Run, 'text'> = {}): Run => ({ text: t, ...style });

/** A plain body paragraph with first-line indent. */
export const para = (t: string, options: { indent?: boolean; italic?: boolean; bold?: boolean } = {}): Block => ({
  kind: 'paragraph',
  runs: [{ text: t, italic: options.italic, bold: options.bold }],
  indent: options.indent ?? true,
});

// The layout of a party document (thể thức văn bản của Đảng) in ONE configurable place: page, margins,
// font and the size and style of every element, from HD 36-HD/VPTW (03/4/2018) as verified in
// domain-background.md §6. NOTE: QĐ 399-QĐ/TW (09/01/2026) replaced QĐ 66, and HD 05-HD/VPTW (27/5/2026)
// reportedly replaced HD 36; when the new values are confirmed, change them here (or pass another
// `DocumentLayout` to the renderers) — nothing else in the app hard-codes a size. Layer: shared.

/** Font size (pt) and style of one element. */
export interface ElementStyle {
  sizePt: number;
  bold: boolean;
  italic: boolean;
  upper: boolean;
  underline?: boolean;
}

export interface DocumentLayout {
  /** Which guideline the values come from (shown nowhere; for developers and the settings screen later). */
  source: string;
  page: {
    /** A4 portrait 210 × 297 mm; landscape swaps width and height. */
    widthMm: number;
    heightMm: number;
    margins: { topMm: number; bottomMm: number; leftMm: number; rightMm: number };
  };
  font: {
    /**
     * Private family name the bundled Tinos files are declared under, so that the document never picks
     * a locally installed "Tinos" or "Times New Roman" of another version: what prints is what we ship.
     */
    family: string;
    /** The name Word and LibreOffice know (Tinos is metric-compatible with it); used in .docx files. */
    officeFamily: string;
  };
  /** Line height of body text (multiple of the font size) and the space after a paragraph. */
  lineHeight: number;
  paragraphAfterPt: number;
  /** First-line indent of body paragraphs (HD 36: about 1–1.27 cm). */
  firstLineIndentMm: number;
  /** Header table: width of the left column (issuing body); the right column takes the rest. */
  headerLeftColumnMm: number;
  /** Vertical space left blank for the handwritten signature. */
  signatureSpaceMm: number;
  pageNumbers: { fromPage: number; position: 'top-center'; sizePt: number };
  elements: {
    partyTitle: ElementStyle;
    upperBody: ElementStyle;
    issuingBody: ElementStyle;
    number: ElementStyle;
    placeDate: ElementStyle;
    documentType: ElementStyle;
    excerpt: ElementStyle;
    body: ElementStyle;
    heading: ElementStyle;
    signerAuthority: ElementStyle;
    signerTitle: ElementStyle;
    signerName: ElementStyle;
    recipientsLabel: ElementStyle;
    recipients: ElementStyle;
    formCode: ElementStyle;
    table: ElementStyle;
    note: ElementStyle;
  };
}

const style = (sizePt: number, bold = false, italic = false, upper = false, underline = false): ElementStyle => ({ sizePt, bold, italic, upper, underline });

/** HD 36-HD/VPTW values (domain-background.md §6). */
export const HD36_LAYOUT: DocumentLayout = {
  source: 'HD 36-HD/VPTW (03/4/2018); có thể được sửa theo QĐ 399-QĐ/TW và HD 05-HD/VPTW (2026)',
  page: { widthMm: 210, heightMm: 297, margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 } },
  font: { family: 'KiemDiem Tinos', officeFamily: 'Times New Roman' },
  lineHeight: 1.25,
  paragraphAfterPt: 4,
  firstLineIndentMm: 12.7,
  headerLeftColumnMm: 75,
  signatureSpaceMm: 24,
  pageNumbers: { fromPage: 2, position: 'top-center', sizePt: 14 },
  elements: {
    partyTitle: style(15, true, false, true),
    upperBody: style(14, false, false, true),
    issuingBody: style(14, true, false, true),
    number: style(14),
    placeDate: style(14, false, true),
    documentType: style(16, true, false, true),
    excerpt: style(14, true),
    body: style(14),
    heading: style(14, true),
    signerAuthority: style(14, true, false, true),
    signerTitle: style(14, true, false, true),
    signerName: style(14, true),
    recipientsLabel: style(14, false, false, false, true),
    recipients: style(12),
    // Not in HD 36: the form code of HD 43 ("Mẫu 02A-HD KĐ.ĐG") and table text, kept readable but compact.
    formCode: style(12, true),
    table: style(12),
    note: style(12, false, true),
  },
};

/** The layout every renderer uses unless told otherwise. */
export const DEFAULT_LAYOUT: DocumentLayout = HD36_LAYOUT;

export type Orientation = 'portrait' | 'landscape';

/** Page width and height in mm for an orientation (A4 landscape is 297 × 210). */
export function pageSize(layout: DocumentLayout, orientation: Orientation): { widthMm: number; heightMm: number } {
  const { widthMm, heightMm } = layout.page;
  return orientation === 'landscape' ? { widthMm: heightMm, heightMm: widthMm } : { widthMm, heightMm };
}

/** Width of the text column in mm. */
export function textWidthMm(layout: DocumentLayout, orientation: Orientation): number {
  return pageSize(layout, orientation).widthMm - layout.page.margins.leftMm - layout.page.margins.rightMm;
}

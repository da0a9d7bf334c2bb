// Which printed forms carry a number of the numbering register, of which type and issuing body, the
// trích yếu they are issued under, and how a form finds the number already issued for it in a review
// year (the latest one not voided whose title names the form). The print models and the "Cấp số" panel
// of the print page use the same rules, so a number issued before printing is the one the form shows.
// The Đảng ủy's decisions (quyết định công nhận, Mẫu 03) carry the QĐ number the register issued when
// the decision was locked or the re-rating saved (stored with the decision as "16-QĐ/ĐU").
// Layer: shared.
import type { PrintFormCode } from '../forms/registry';
import type { DocumentTypeCode } from './numbering';

export interface FormNumbering {
  typeCode: DocumentTypeCode;
  /** The chosen chi bộ issues it, or the Đảng ủy of the commune. */
  issuer: 'subject' | 'commune';
  /** Trích yếu recorded in the register. */
  title(year: number): string;
  /** Whether an issued document's title is this form's. */
  matches(title: string): boolean;
}

const reviewWords = /kiểm điểm/iu;

export const FORM_NUMBERING: Readonly<Partial<Record<PrintFormCode, FormNumbering>>> = {
  '01': {
    typeCode: 'BC',
    issuer: 'subject',
    title: (year) => `Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng năm ${year}`,
    matches: (title) => reviewWords.test(title) && !/tổng hợp/iu.test(title),
  },
  'bien-ban': {
    typeCode: 'BB',
    issuer: 'subject',
    title: (year) => `Biên bản hội nghị kiểm điểm, đánh giá, xếp loại chất lượng năm ${year}`,
    matches: (title) => reviewWords.test(title),
  },
  'bao-cao': {
    typeCode: 'BC',
    issuer: 'commune',
    title: (year) => `Báo cáo tổng hợp kết quả kiểm điểm, đánh giá, xếp loại chất lượng năm ${year}`,
    matches: (title) => reviewWords.test(title) && /tổng hợp/iu.test(title),
  },
};

/** Forms numbered as Đảng ủy decisions (QĐ), with the number issued in the register when the decision is made. */
export const DECISION_NUMBERED_FORMS: readonly PrintFormCode[] = ['quyet-dinh', '03'];

/** Documents of a review year are issued from January to the end of January of the next year. */
export function inReviewWindow(issuedOn: string, year: number): boolean {
  return issuedOn >= `${year}-01-01` && issuedOn < `${year + 1}-02-01`;
}

export interface IssuedLike {
  orgUnitId: string;
  typeCode: string;
  number: number;
  issuedOn: string;
  title: string;
  voidedOn: string | null;
}

/** The document issued for a form of a body in a review year (the latest not voided), or null. */
export function findFormDocument<T extends IssuedLike>(documents: readonly T[], form: PrintFormCode, orgUnitId: string, year: number): T | null {
  const spec = FORM_NUMBERING[form];
  if (!spec) return null;
  const found = documents.filter((d) => d.orgUnitId === orgUnitId && d.typeCode === spec.typeCode && d.voidedOn === null && inReviewWindow(d.issuedOn, year) && spec.matches(d.title));
  found.sort((a, b) => (a.issuedOn === b.issuedOn ? a.number - b.number : a.issuedOn < b.issuedOn ? -1 : 1));
  return found[found.length - 1] ?? null;
}

/** Where a form's number is issued: "In biểu mẫu › <form> › Cấp số". */
export function whereIssueNumber(formTitle: string): string {
  return `In biểu mẫu › ${formTitle} › Cấp số (hoặc Sổ văn bản)`;
}

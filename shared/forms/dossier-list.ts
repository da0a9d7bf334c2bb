// Mẫu 04 — Danh mục hồ sơ kiểm điểm, đánh giá, xếp loại chất lượng (HD 43-HD/BTCTW; domain-background.md
// §5): the documents a unit files for the year's round, with the number and date of those already issued
// in the numbering register and the count of individual reviews by form. Part 2 fills the references of
// the minutes and results from the meeting and decision records through the same `entries`. Layer: shared.
import type { Block } from '../documents/model';
import { issuerHeader, issuerSignature, secretaryMissing, type IssuerInfo } from './issuer';
import { toOutput, type BuiltForm, type FormOutput, type RenderOptions } from './types';

export interface DossierEntry {
  title: string;
  /** "Số 12-BC/CB, ngày 05/12/2026", or null to write by hand. */
  reference: string | null;
  /** Number of sheets, when known. */
  sheets: number | null;
  note: string | null;
}

export interface DossierListModel {
  issuer: IssuerInfo;
  year: number;
  entries: DossierEntry[];
}

export const DOSSIER_TITLES = {
  collectiveReport: 'Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể (Mẫu 01)',
  minutes: 'Biên bản hội nghị kiểm điểm, đánh giá, xếp loại chất lượng',
  suggestions: 'Văn bản gợi ý kiểm điểm của cấp có thẩm quyền (nếu có)',
  results: 'Kết quả đánh giá, xếp loại chất lượng tập thể, cá nhân (kèm phụ lục chấm điểm của từng đối tượng)',
  individualReviews: 'Bản kiểm điểm, tự đánh giá, xếp loại cá nhân (Mẫu 02A, 02B, 02C)',
} as const;

export function buildDossierList(model: DossierListModel): BuiltForm {
  const { issuer, year } = model;
  const blocks: Block[] = [
    { kind: 'formCode', text: 'Mẫu 04-HD KĐ.ĐG' },
    { kind: 'header', header: issuerHeader(issuer, { date: null, year }) },
    { kind: 'title', type: 'DANH MỤC HỒ SƠ', lines: [`kiểm điểm, đánh giá, xếp loại chất lượng năm ${year}`, `của ${issuer.issuingBody}`] },
    {
      kind: 'table',
      table: {
        columns: [
          { title: 'STT', widthMm: 12, align: 'center' },
          { title: 'Tên tài liệu', widthMm: 75 },
          { title: 'Số, ký hiệu, ngày tháng', widthMm: 35 },
          { title: 'Số tờ', widthMm: 14, align: 'center' },
          { title: 'Ghi chú', widthMm: 29 },
        ],
        rows: model.entries.map((e, i) => [String(i + 1), e.title, e.reference ?? '', e.sheets === null ? '' : String(e.sheets), e.note ?? '']),
        sizePt: 13,
      },
    },
    { kind: 'closing', right: issuerSignature(issuer) },
  ];
  return { document: { title: `Mẫu 04 - Danh mục hồ sơ năm ${year} - ${issuer.unitName}`, orientation: 'portrait', pageNumbers: true, blocks }, missing: secretaryMissing(issuer) };
}

export function renderDossierList(model: DossierListModel, options?: RenderOptions): FormOutput {
  return toOutput(buildDossierList(model), options);
}

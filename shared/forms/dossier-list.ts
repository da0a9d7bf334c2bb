// Mẫu 04 — Danh mục hồ sơ kiểm điểm, đánh giá, xếp loại chất lượng (HD 43-HD/BTCTW; domain-background.md
// §5): the documents a unit files for the year's round — the collective report (Mẫu 01), the biên bản,
// the higher level's suggestions, the results with the recognition decision (and Mẫu 03 when a level was
// re-rated), the individual reviews — each with its number and date from the numbering register or the
// decision records, the minutes' check code and print count, and the counts by level and by form. What
// is not there yet comes back in `missing` with where to fill it. Layer: shared.
import type { Block } from '../documents/model';
import { issuerHeader, issuerSignature, secretaryMissing, type IssuerInfo } from './issuer';
import { toOutput, type BuiltForm, type FormOutput, type MissingItem, type RenderOptions } from './types';

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
  /** Referenced documents that do not exist yet, with where to make them. */
  missing?: MissingItem[];
}

export const DOSSIER_TITLES = {
  collectiveReport: 'Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể (Mẫu 01)',
  minutes: 'Biên bản hội nghị kiểm điểm, đánh giá, xếp loại chất lượng',
  suggestions: 'Văn bản gợi ý kiểm điểm của cấp có thẩm quyền (nếu có)',
  results: 'Kết quả đánh giá, xếp loại chất lượng tập thể, cá nhân (kèm phụ lục chấm điểm của từng đối tượng)',
  individualReviews: 'Bản kiểm điểm, tự đánh giá, xếp loại cá nhân (Mẫu 02A, 02B, 02C)',
  reRatings: 'Quyết định đánh giá, xếp loại lại (Mẫu 03)',
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
          { title: 'Tên tài liệu', widthMm: 56 },
          { title: 'Số, ký hiệu, ngày tháng', widthMm: 40 },
          { title: 'Số tờ', widthMm: 14, align: 'center' },
          { title: 'Ghi chú', widthMm: 43 },
        ],
        rows: model.entries.map((e, i) => [String(i + 1), e.title, e.reference ?? '', e.sheets === null ? '' : String(e.sheets), e.note ?? '']),
        sizePt: 13,
      },
    },
    { kind: 'closing', right: issuerSignature(issuer) },
  ];
  return { document: { title: `Mẫu 04 - Danh mục hồ sơ năm ${year} - ${issuer.unitName}`, orientation: 'portrait', pageNumbers: true, blocks }, missing: [...(model.missing ?? []), ...secretaryMissing(issuer)] };
}

export function renderDossierList(model: DossierListModel, options?: RenderOptions): FormOutput {
  return toOutput(buildDossierList(model), options);
}

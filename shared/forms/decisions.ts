// The Đảng ủy's decisions of the review round: Mẫu 03 "Quyết định đánh giá, xếp loại lại" (HD 43-HD/BTCTW)
// from a re-rating record, and the quyết định công nhận kết quả (a common template, domain-background.md
// §5) with the recognized list attached ("Danh sách kèm theo"). Both are issued by the Ban Thường vụ Đảng
// ủy under the number and date of the decision (its QĐ number issued in the Sổ văn bản with the
// decision, stored as "16-QĐ/ĐU"). Without a recognition yet, the list prints
// as a "DỰ THẢO" from the current decisions, with what still blocks it. Layer: shared.
import { longDate, shortDate } from '../documents/dates';
import type { Block, HeaderSpec, Signature } from '../documents/model';
import { formatDocumentNumber } from '../documents/numbering';
import { LEVELS, LEVEL_NAMES, type LevelCode } from '../rules/levels';
import type { IssuerInfo } from './issuer';
import { quoted } from './review-where';
import { toOutput, type BuiltForm, type FormOutput, type MissingItem, type RenderOptions } from './types';

/** "Ban Thường vụ Đảng ủy xã Xuân Hòa" from the issuing body "Đảng ủy xã Xuân Hòa". */
export const standingCommittee = (issuer: IssuerInfo): string => `Ban Thường vụ ${issuer.issuingBody}`;

/** The signature of the Ban Thường vụ (the name is written by hand: the register holds no commune secretary). */
export const STANDING_SIGNATURE: Signature = { authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: null };

/** "Số 30-QĐ/ĐU" from the decision number as recorded ("30-QĐ/ĐU"), or a blank line to write in. */
export function decisionNumberLine(decisionNo: string | null): string {
  if (!decisionNo) return formatDocumentNumber(null, 'QĐ', 'ĐU');
  return /^số\s/iu.test(decisionNo) ? decisionNo : `Số ${decisionNo}`;
}

function decisionHeader(issuer: IssuerInfo, decisionNo: string | null, date: string | null, year: number): HeaderSpec {
  return { upperBody: issuer.upperBody, issuingBody: issuer.issuingBody, number: decisionNumberLine(decisionNo), place: issuer.place, date, year };
}

const centered = (t: string, sizePt?: number): Block => ({ kind: 'paragraph', runs: [{ text: t, bold: true }], align: 'center', indent: false, sizePt });
const line = (t: string): Block => ({ kind: 'paragraph', runs: [{ text: t }], indent: true });
const article = (n: number, t: string): Block => ({ kind: 'paragraph', runs: [{ text: `Điều ${n}. `, bold: true }, { text: t }], indent: true });

// ------------------------------------------------------------------------------------------ Mẫu 03

export interface ReRatingDecisionModel {
  /** The Đảng ủy (the commune organization). */
  issuer: IssuerInfo;
  year: number;
  /** "- Căn cứ …;" lines (Điều lệ, the regulation and guide of the year's rule set). */
  basis: string[];
  /** Who the form is for (for titles and the missing list), e.g. "đồng chí Mai Văn Sơn". */
  subjectLabel: string;
  reRating: {
    subjectKind: 'member' | 'organization';
    subjectName: string;
    /** The chi bộ of the member, or the chi bộ itself. */
    unitName: string;
    oldLevel: LevelCode;
    newLevel: LevelCode;
    reason: string;
    decisionNo: string;
    decidedOn: string;
    /** The recognition decision the level came from. */
    recognition: { decisionNo: string; decidedOn: string } | null;
  } | null;
  where: string;
}

export function buildReRatingDecision(model: ReRatingDecisionModel): BuiltForm {
  const { issuer, year } = model;
  const r = model.reRating;
  const committee = standingCommittee(issuer);
  const who = r ? (r.subjectKind === 'member' ? `đồng chí ${r.subjectName}` : r.subjectName) : model.subjectLabel;
  const blocks: Block[] = [
    { kind: 'formCode', text: 'Mẫu 03-HD KĐ.ĐG' },
    { kind: 'header', header: decisionHeader(issuer, r?.decisionNo ?? null, r?.decidedOn ?? null, year) },
    { kind: 'title', type: 'QUYẾT ĐỊNH', lines: [`Về việc đánh giá, xếp loại lại chất lượng năm ${year}`, `đối với ${who}`] },
    centered(committee.toLocaleUpperCase('vi'), 14),
    ...model.basis.map(line),
  ];
  if (r) {
    if (r.recognition) blocks.push(line(`- Căn cứ Quyết định số ${r.recognition.decisionNo} ${longDate(r.recognition.decidedOn)} của ${committee} về việc công nhận kết quả đánh giá, xếp loại chất lượng năm ${year};`));
    blocks.push(line(`- Xét lý do: ${r.reason.replace(/[.;]\s*$/, '')},`));
    blocks.push(centered('QUYẾT ĐỊNH', 14));
    const member = r.subjectKind === 'member';
    blocks.push(
      article(
        1,
        `Đánh giá, xếp loại lại chất lượng năm ${year} đối với ${who}${member ? `, đảng viên ${r.unitName}` : ''}: từ mức ${quoted(r.oldLevel)} thành mức ${quoted(r.newLevel)}.`,
      ),
      article(2, `Kết quả xếp loại ${quoted(r.oldLevel)} của ${who}${r.recognition ? ` tại Quyết định số ${r.recognition.decisionNo} ngày ${shortDate(r.recognition.decidedOn)}` : ''} không còn hiệu lực. Quyết định có hiệu lực kể từ ngày ký.`),
      article(3, `Văn phòng Đảng ủy, ${r.unitName}${member ? ` và ${who}` : ''} chịu trách nhiệm thi hành Quyết định này.`),
    );
  } else {
    blocks.push(line('- Xét lý do: ……………………………………………………………………'), centered('QUYẾT ĐỊNH', 14), article(1, '……………………………………………………………………'), { kind: 'lines', count: 3 });
  }
  blocks.push({ kind: 'closing', recipients: ['- Như Điều 3,', '- Lưu Văn phòng Đảng ủy.'], right: STANDING_SIGNATURE });
  const missing: MissingItem[] = r ? [] : [{ field: 'reRating', message: `Chưa có quyết định xếp loại lại năm ${year} đối với ${model.subjectLabel}: Mẫu 03 in để trống.`, where: model.where }];
  return { document: { title: `Mẫu 03 - Quyết định xếp loại lại năm ${year} - ${r?.subjectName ?? model.subjectLabel}`, orientation: 'portrait', pageNumbers: true, blocks }, missing };
}

export function renderReRatingDecision(model: ReRatingDecisionModel, options?: RenderOptions): FormOutput {
  return toOutput(buildReRatingDecision(model), options);
}

// --------------------------------------------------------------------------------- quyết định công nhận

export interface RecognizedRow {
  name: string;
  /** The member's chi bộ (empty for an organization). */
  unitName: string;
  /** null: not decided yet (draft only). */
  level: LevelCode | null;
  /** A later re-rating, e.g. "Xếp loại lại: HTNV (QĐ số 30-QĐ/ĐU ngày 28/12/2026)". */
  note: string | null;
}

export interface RecognitionDecisionModel {
  issuer: IssuerInfo;
  year: number;
  basis: string[];
  /** "Đảng bộ xã Xuân Hòa" or "Chi bộ thôn Đông Hòa": whose results are recognized. */
  scopeName: string;
  /** The stored recognition; null prints a draft from the current decisions. */
  decision: { decisionNo: string; decidedOn: string } | null;
  organizations: RecognizedRow[];
  members: RecognizedRow[];
  /** Draft only: what still blocks the recognition (Vietnamese). */
  blockers: string[];
  where: string;
}

function tally(rows: readonly RecognizedRow[]): string {
  return LEVELS.map((l) => `${LEVEL_NAMES[l]}: ${rows.filter((r) => r.level === l).length}`).join('; ');
}

export function buildRecognitionDecision(model: RecognitionDecisionModel): BuiltForm {
  const { issuer, year, decision } = model;
  const committee = standingCommittee(issuer);
  const blocks: Block[] = [];
  if (!decision) blocks.push({ kind: 'formCode', text: 'DỰ THẢO' });
  blocks.push(
    { kind: 'header', header: decisionHeader(issuer, decision?.decisionNo ?? null, decision?.decidedOn ?? null, year) },
    { kind: 'title', type: 'QUYẾT ĐỊNH', lines: [`Công nhận kết quả đánh giá, xếp loại chất lượng năm ${year}`, `đối với tổ chức đảng và đảng viên thuộc ${model.scopeName}`] },
    centered(committee.toLocaleUpperCase('vi'), 14),
    ...model.basis.map(line),
    line('- Xét đề nghị của các chi bộ và kết quả thẩm định của Văn phòng Đảng ủy,'),
    centered('QUYẾT ĐỊNH', 14),
    article(1, `Công nhận kết quả đánh giá, xếp loại chất lượng năm ${year} đối với ${model.organizations.length} tổ chức đảng và ${model.members.length} đảng viên thuộc ${model.scopeName} (có danh sách kèm theo), cụ thể:`),
    line(`1. Tổ chức đảng — ${tally(model.organizations)}.`),
    line(`2. Đảng viên — ${tally(model.members)}.`),
    article(2, 'Các chi bộ thông báo kết quả đến từng đảng viên, công khai kết quả theo quy định; tổ chức đảng và đảng viên thực hiện kế hoạch khắc phục hạn chế, khuyết điểm đã được chỉ ra.'),
    article(3, 'Văn phòng Đảng ủy, các chi bộ trực thuộc và các đồng chí có tên trong danh sách kèm theo chịu trách nhiệm thi hành Quyết định này.'),
    { kind: 'closing', recipients: ['- Như Điều 3,', '- Lưu Văn phòng Đảng ủy.'], right: STANDING_SIGNATURE },
    { kind: 'pageBreak' },
    {
      kind: 'title',
      type: 'DANH SÁCH',
      lines: [`tổ chức đảng và đảng viên được công nhận kết quả`, `đánh giá, xếp loại chất lượng năm ${year}`],
      subtitle: [decision ? `(Kèm theo Quyết định số ${decision.decisionNo} ngày ${shortDate(decision.decidedOn)} của ${committee})` : `(Kèm theo Quyết định số …… ngày …… của ${committee})`],
    },
    { kind: 'heading', level: 2, text: 'I. Tổ chức đảng' },
    {
      kind: 'table',
      table: {
        columns: [
          { title: 'STT', widthMm: 12, align: 'center' },
          { title: 'Tên tổ chức đảng', widthMm: 63 },
          { title: 'Kết quả xếp loại', widthMm: 55 },
          { title: 'Ghi chú', widthMm: 35 },
        ],
        rows: model.organizations.map((r, i) => [String(i + 1), r.name, r.level ? LEVEL_NAMES[r.level] : 'Chưa quyết định', r.note ?? '']),
      },
    },
    { kind: 'heading', level: 2, text: 'II. Đảng viên' },
    {
      kind: 'table',
      table: {
        columns: [
          { title: 'STT', widthMm: 12, align: 'center' },
          { title: 'Họ và tên', widthMm: 45 },
          { title: 'Chi bộ', widthMm: 40 },
          { title: 'Kết quả xếp loại', widthMm: 40 },
          { title: 'Ghi chú', widthMm: 28 },
        ],
        rows: model.members.map((r, i) => [String(i + 1), r.name, r.unitName, r.level ? LEVEL_NAMES[r.level] : 'Chưa quyết định', r.note ?? '']),
      },
    },
  );
  const missing: MissingItem[] = [];
  if (!decision) {
    const why = model.blockers.length > 0 ? ` Còn vướng: ${model.blockers[0]}` : '';
    missing.push({ field: 'recognition', message: `Chưa có quyết định công nhận kết quả năm ${year} của ${model.scopeName}: in bản dự thảo theo các quyết định hiện có.${why}`, where: model.where });
  }
  return { document: { title: `Quyết định công nhận kết quả xếp loại năm ${year} - ${model.scopeName}`, orientation: 'portrait', pageNumbers: true, blocks }, missing };
}

export function renderRecognitionDecision(model: RecognitionDecisionModel, options?: RenderOptions): FormOutput {
  return toOutput(buildRecognitionDecision(model), options);
}

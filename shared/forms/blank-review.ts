// Blank Mẫu 01, 02A, 02B and 02C (HD 43-HD/BTCTW) for filling in by hand: the official structure (A
// I–VI, B with …/30, …/70, …/100 and the four level boxes), the year's criteria with their maximum
// points, and whatever the register already knows (the chi bộ, the member's name and posts) printed in.
// Layer: shared.
import type { Block, TableCell } from '../documents/model';
import { shortDate } from '../documents/dates';
import type { ReviewFormCode } from '../rules/forms';
import { formatNumberVi } from '../rules/input-errors';
import { issuerHeader, issuerSignature, secretaryMissing, committeeName, type IssuerInfo } from './issuer';
import { FORM_CODE_LINE, INDIVIDUAL_FORM_FOR, PART_A_COLLECTIVE, PART_A_INDIVIDUAL, PART_B_COLLECTIVE, PART_B_INDIVIDUAL, SCORE_LABELS, partASections, partBHeadings } from './review-texts';
import { toOutput, type BuiltForm, type FormOutput, type MissingItem, type RenderOptions } from './types';
import { whereMemberField, whereYear } from './where';

export interface CriterionLine {
  group: 'common' | 'tasks';
  title: string;
  maxPoints: number;
}

export interface ReviewMemberInfo {
  fullName: string;
  birthDate: string;
  /** "Bí thư", "Đảng viên"… */
  partyRole: string;
  /** Chức vụ chính quyền, đoàn thể. */
  post: string | null;
  workplace: string | null;
  residence: string | null;
}

export interface BlankReviewModel {
  form: ReviewFormCode;
  year: number;
  /** The collective (01) or the member's chi bộ (02). */
  issuer: IssuerInfo;
  /** 02 only: the member the form is printed for; null prints every field blank. */
  member: ReviewMemberInfo | null;
  /** The year's criteria template of the form; null when the year has none. */
  criteria: CriterionLine[] | null;
  /** 01 only: the body the report goes to ("Đảng ủy xã Xuân Hòa"). */
  reportTo?: string | null;
}

const LINES_PER_ITEM = 3;
const LINES_PER_SECTION = 5;

function partA(form: ReviewFormCode): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 1, text: form === '01' ? PART_A_COLLECTIVE : PART_A_INDIVIDUAL }];
  for (const section of partASections(form)) {
    out.push({ kind: 'heading', level: 2, text: section.heading });
    if (section.items) {
      section.items.forEach((item, i) => {
        out.push({ kind: 'paragraph', runs: [{ text: `${i + 1}. `, bold: true }, { text: item }], indent: true });
        out.push({ kind: 'lines', count: LINES_PER_ITEM });
      });
    } else {
      out.push({ kind: 'lines', count: LINES_PER_SECTION });
    }
  }
  return out;
}

const points = (n: number): string => formatNumberVi(n);

function criteriaTable(criteria: CriterionLine[]): Block {
  const rows: (string | TableCell)[][] = [];
  for (const [gi, group] of (['common', 'tasks'] as const).entries()) {
    const list = criteria.filter((c) => c.group === group);
    const max = list.reduce((s, c) => s + c.maxPoints * 10, 0) / 10;
    rows.push([{ text: String(gi + 1), bold: true, align: 'center' }, { text: SCORE_LABELS[group].replace(/^\d+\. /, ''), bold: true }, { text: points(max), bold: true, align: 'center' }, '']);
    list.forEach((c, i) => rows.push([{ text: `${gi + 1}.${i + 1}`, align: 'center' }, c.title, { text: points(c.maxPoints), align: 'center' }, '']));
  }
  rows.push(['', { text: SCORE_LABELS.total, bold: true }, { text: '100', bold: true, align: 'center' }, '']);
  return {
    kind: 'table',
    table: {
      columns: [
        { title: 'STT', widthMm: 14, align: 'center' },
        { title: 'Tiêu chí', widthMm: 103 },
        { title: 'Điểm tối đa', widthMm: 22, align: 'center' },
        { title: 'Điểm tự chấm', widthMm: 26, align: 'center' },
      ],
      rows,
    },
  };
}

function partB(model: BlankReviewModel): Block[] {
  const h = partBHeadings(model.form);
  const out: Block[] = [{ kind: 'heading', level: 1, text: model.form === '01' ? PART_B_COLLECTIVE : PART_B_INDIVIDUAL }, { kind: 'heading', level: 2, text: h.scores }];
  if (model.criteria && model.criteria.length > 0) out.push(criteriaTable(model.criteria));
  out.push({
    kind: 'scores',
    rows: [
      { label: SCORE_LABELS.common, max: 30 },
      { label: SCORE_LABELS.tasks, max: 70 },
      { label: SCORE_LABELS.total, max: 100 },
    ],
  });
  out.push({ kind: 'heading', level: 2, text: h.proposal }, { kind: 'levels', layout: 'row' });
  return out;
}

function memberFields(form: '02A' | '02B' | '02C', issuer: IssuerInfo, m: ReviewMemberInfo | null): Block {
  const fields: { label: string; value: string | null }[] = [
    { label: 'Họ và tên', value: m?.fullName ?? null },
    { label: 'Ngày sinh', value: m ? shortDate(m.birthDate) : null },
    { label: 'Chức vụ đảng', value: m?.partyRole ?? null },
  ];
  if (form === '02A') fields.push({ label: 'Chức vụ chính quyền, đoàn thể', value: m?.post ?? null });
  if (form !== '02C') fields.push({ label: 'Đơn vị công tác', value: m?.workplace ?? null });
  else fields.push({ label: 'Nơi cư trú', value: m?.residence ?? null });
  fields.push({ label: 'Sinh hoạt tại', value: issuer.unitName });
  return { kind: 'fields', fields };
}

function memberMissing(form: '02A' | '02B' | '02C', m: ReviewMemberInfo | null): MissingItem[] {
  if (!m) return [];
  const need: [keyof ReviewMemberInfo, string][] = form === '02A' ? [['post', 'Chức vụ chính quyền, đoàn thể'], ['workplace', 'Đơn vị công tác']] : form === '02B' ? [['workplace', 'Đơn vị công tác']] : [['residence', 'Nơi cư trú']];
  return need
    .filter(([key]) => !m[key])
    .map(([key, label]) => ({ field: `member.${key}`, message: `Chưa có ${label.toLocaleLowerCase('vi')} của đồng chí ${m.fullName}: dòng này trên Mẫu ${form} sẽ để trống.`, where: whereMemberField(m.fullName, label) }));
}

function criteriaMissing(model: BlankReviewModel): MissingItem[] {
  if (model.criteria && model.criteria.length > 0) return [];
  return [
    {
      field: 'year.criteria',
      message: `Đợt kiểm điểm năm ${model.year} chưa có mẫu tiêu chí Mẫu ${model.form}: phần B chỉ in các dòng …/30, …/70, …/100, không có bảng tiêu chí.`,
      where: whereYear(model.year, 'Tiêu chí chấm điểm'),
    },
  ];
}

export function buildBlankReview(model: BlankReviewModel): BuiltForm {
  const { form, year, issuer } = model;
  const blocks: Block[] = [{ kind: 'formCode', text: FORM_CODE_LINE[form] }];
  const missing: MissingItem[] = [...criteriaMissing(model)];
  let title: string;
  if (form === '01') {
    title = `Mẫu 01 - Báo cáo kiểm điểm năm ${year} - ${issuer.unitName}`;
    blocks.push({ kind: 'header', header: issuerHeader(issuer, { type: 'BC', number: null, date: null, year }) });
    blocks.push({ kind: 'title', type: 'BÁO CÁO', lines: [`Kiểm điểm, tự đánh giá, xếp loại chất lượng năm ${year}`, `của ${issuer.issuingBody}`] });
    blocks.push(...partA(form), ...partB(model));
    const reportTo = model.reportTo ?? (issuer.upperBody ? committeeName(issuer.upperBody) : null);
    const recipients = [...(reportTo ? [`- ${reportTo} (để báo cáo),`] : []), `- Lưu ${issuer.kind === 'cell' || issuer.kind === 'basic-cell' ? 'Chi bộ' : 'Văn phòng Đảng ủy'}.`];
    blocks.push({ kind: 'closing', recipients, right: issuerSignature(issuer) });
    missing.push(...secretaryMissing(issuer));
  } else {
    const m = model.member;
    title = `Mẫu ${form} - Bản kiểm điểm năm ${year}${m ? ` - ${m.fullName}` : ''}`;
    blocks.push({ kind: 'header', header: issuerHeader(issuer, { date: null, year }) });
    blocks.push({ kind: 'title', type: 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN', lines: [`Năm ${year}`], subtitle: [INDIVIDUAL_FORM_FOR[form]] });
    blocks.push(memberFields(form, issuer, m));
    blocks.push(...partA(form), ...partB(model));
    blocks.push({ kind: 'closing', right: { title: 'NGƯỜI TỰ KIỂM ĐIỂM', hint: '(Ký, ghi rõ họ tên)', name: m?.fullName ?? null } });
    const sign = issuerSignature(issuer);
    blocks.push({ kind: 'heading', level: 1, text: 'NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY (CHI BỘ)' }, { kind: 'lines', count: 4 });
    blocks.push({ kind: 'closing', right: { authority: sign.authority, title: sign.title, name: issuer.secretaryName } });
    blocks.push({ kind: 'heading', level: 1, text: 'KẾT QUẢ XẾP LOẠI CỦA CẤP CÓ THẨM QUYỀN' }, { kind: 'levels', layout: 'row' }, { kind: 'lines', count: 2 });
    missing.push(...memberMissing(form, m), ...secretaryMissing(issuer));
  }
  return { document: { title, orientation: 'portrait', pageNumbers: true, blocks }, missing };
}

export function renderBlankReview(model: BlankReviewModel, options?: RenderOptions): FormOutput {
  return toOutput(buildBlankReview(model), options);
}

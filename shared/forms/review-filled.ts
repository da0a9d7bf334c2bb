// Mẫu 01 and Mẫu 02A/02B/02C (HD 43-HD/BTCTW) filled from the review meeting: part A I–VI with what the
// meeting recorded (summary and task figures, shortcomings, the previous years' shortcomings with their
// remedy status, the remediation plan), part B with the self-scores (per criterion of the province's
// appendix, or only the group totals when the meeting scored by group: the criterion lines then show
// "—"), …/30, …/70, …/100 and
// the proposed level ticked; Mẫu 01 signed T/M CHI BỘ / BÍ THƯ; Mẫu 02 signed by the member, with the chi
// ủy's assessment (comments, proposal, the chi bộ's vote) and the competent level's result once decided.
// Sections the meeting does not record (IV, V) keep dotted lines for writing in. Whatever is missing is
// listed with where to fill it. Layer: shared.
import type { Block, TableCell } from '../documents/model';
import { longDate, shortDate } from '../documents/dates';
import type { ReviewFormCode } from '../rules/forms';
import { formatNumberVi } from '../rules/input-errors';
import { LEVEL_NAMES, type LevelCode } from '../rules/levels';
import type { CriterionLine, ReviewMemberInfo } from './blank-review';
import { committeeName, issuerHeader, issuerSignature, secretaryMissing, type IssuerInfo } from './issuer';
import { FORM_CODE_LINE, INDIVIDUAL_FORM_FOR, PART_A_COLLECTIVE, PART_A_INDIVIDUAL, PART_B_COLLECTIVE, PART_B_INDIVIDUAL, SCORE_LABELS, partASections, partBHeadings } from './review-texts';
import { carryOverTable, quoted, remediationTable, textParagraphs, voteRoundLine, type CarryOverLine, type RemediationLine, type VoteRoundText } from './review-where';
import { toOutput, type BuiltForm, type FormOutput, type MissingItem, type RenderOptions } from './types';
import { whereMemberField } from './where';

export interface ScoredCriterion extends CriterionLine {
  /** The self-score of the criterion; null when not scored. */
  score: number | null;
}

/** What the meeting recorded for the subject of the form (the chi bộ, or one member). */
export interface ReviewRecordForForm {
  /** Meeting date (the date line of the form). */
  date: string | null;
  summary: string | null;
  tasks: { donePct: number; latePct: number; exceededPct: number } | null;
  /** 02A/02B: the civil-servant rating of the year, as entered. */
  civilServantRating: string | null;
  shortcomings: string | null;
  /** Disqualifiers (as text) of QĐ 366 Điều 11.4 the meeting recorded. */
  disqualifiers: string[];
  carryOver: CarryOverLine[];
  remediation: RemediationLine[];
  score: { common: number; tasks: number; total: number } | null;
  /** How the score was given: per criterion, or only the two group totals (absent: per criterion). */
  scoreSource?: 'criteria' | 'groups';
  /** Criteria of the year's template with the self-scores. */
  criteria: ScoredCriterion[] | null;
  /** The level proposed (B.II). */
  proposedLevel: LevelCode | null;
  comments: { speaker: string; content: string }[];
  response: string | null;
  votes: VoteRoundText[];
  /** The level the chi bộ's vote adopted. */
  voted: LevelCode | null;
  /** Where each part is filled in (meeting wizard steps). */
  where: { preparation: string; subject: string; votes: string; finalize: string };
  /** The meeting is finalized (frozen); otherwise the form is printed from the record in progress. */
  finalized: boolean;
}

export interface FilledReviewModel {
  form: ReviewFormCode;
  year: number;
  issuer: IssuerInfo;
  /** 02 only. */
  member: ReviewMemberInfo | null;
  /** The printed number of a Mẫu 01 issued in the numbering register (null: blank to fill by hand). */
  number: number | null;
  /** null: the chi bộ has no meeting this year (or the member is not reviewed in it). */
  record: ReviewRecordForForm | null;
  /** Why there is no record, and where to act (create the meeting, or the member is not reviewed). */
  noRecord: { message: string; where: string } | null;
  /** The competent level's result (02: "Kết quả xếp loại của cấp có thẩm quyền"). */
  decided: { level: LevelCode; text: string } | null;
}

const pts = (n: number): string => formatNumberVi(n);

/** The criteria table; with `groupTotals` (scored by group) the group rows carry the totals and each criterion "—". */
function criteriaTable(criteria: ScoredCriterion[], groupTotals: { common: number; tasks: number } | null = null): Block {
  const rows: (string | TableCell)[][] = [];
  for (const [gi, group] of (['common', 'tasks'] as const).entries()) {
    const list = criteria.filter((c) => c.group === group);
    const max = list.reduce((s, c) => s + Math.round(c.maxPoints * 10), 0) / 10;
    const scored = groupTotals ? groupTotals[group] : list.every((c) => c.score !== null) ? list.reduce((s, c) => s + Math.round(c.score! * 10), 0) / 10 : null;
    rows.push([
      { text: String(gi + 1), bold: true, align: 'center' },
      { text: SCORE_LABELS[group].replace(/^\d+\. /, ''), bold: true },
      { text: pts(max), bold: true, align: 'center' },
      { text: scored === null ? '' : pts(scored), bold: true, align: 'center' },
    ]);
    const cell = (c: ScoredCriterion) => (groupTotals ? '—' : c.score === null ? '' : pts(c.score));
    list.forEach((c, i) => rows.push([{ text: `${gi + 1}.${i + 1}`, align: 'center' }, c.title, { text: pts(c.maxPoints), align: 'center' }, { text: cell(c), align: 'center' }]));
  }
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

const note = (t: string): Block => ({ kind: 'paragraph', runs: [{ text: t, italic: true }], indent: true });

function partA(model: FilledReviewModel): Block[] {
  const r = model.record;
  const collective = model.form === '01';
  const sections = partASections(model.form);
  const out: Block[] = [{ kind: 'heading', level: 1, text: collective ? PART_A_COLLECTIVE : PART_A_INDIVIDUAL }];
  // I. Ưu điểm, kết quả đạt được
  out.push({ kind: 'heading', level: 2, text: sections[0]!.heading });
  const summary = textParagraphs(r?.summary);
  if (summary) out.push(...summary);
  else out.push({ kind: 'lines', count: 5 });
  if (r?.tasks) {
    const t = r.tasks;
    out.push({ kind: 'paragraph', runs: [{ text: 'Kết quả thực hiện nhiệm vụ: ', bold: true }, { text: `hoàn thành ${formatNumberVi(t.donePct)}% nhiệm vụ; chậm tiến độ ${formatNumberVi(t.latePct)}%; vượt mức ${formatNumberVi(t.exceededPct)}%.` }], indent: true });
  }
  if (r?.civilServantRating) out.push({ kind: 'paragraph', runs: [{ text: 'Kết quả đánh giá, xếp loại công chức, viên chức: ', bold: true }, { text: r.civilServantRating }], indent: true });
  // II. Hạn chế, khuyết điểm và nguyên nhân
  out.push({ kind: 'heading', level: 2, text: sections[1]!.heading });
  if (r) {
    out.push(...(textParagraphs(r.shortcomings) ?? [note('Hội nghị không chỉ ra hạn chế, khuyết điểm.')]));
    for (const d of r.disqualifiers) out.push({ kind: 'paragraph', runs: [{ text: 'Thuộc trường hợp xếp loại "Không hoàn thành nhiệm vụ": ', bold: true }, { text: `${d}.` }], indent: true });
  } else out.push({ kind: 'lines', count: 5 });
  // III. Kết quả khắc phục kỳ trước
  out.push({ kind: 'heading', level: 2, text: sections[2]!.heading });
  if (r) out.push(r.carryOver.length > 0 ? carryOverTable(r.carryOver) : note('Không có hạn chế, khuyết điểm được chỉ ra ở các kỳ kiểm điểm trước.'));
  else out.push({ kind: 'lines', count: 4 });
  // IV., V.: not recorded by the meeting — written in by hand when there is anything to say.
  for (const s of [sections[3]!, sections[4]!]) out.push({ kind: 'heading', level: 2, text: s.heading }, { kind: 'lines', count: 3 });
  // VI. Phương hướng, biện pháp khắc phục
  out.push({ kind: 'heading', level: 2, text: sections[5]!.heading });
  if (r) out.push(r.remediation.length > 0 ? remediationTable(r.remediation) : note('Không có hạn chế, khuyết điểm phải khắc phục.'));
  else out.push({ kind: 'lines', count: 5 });
  return out;
}

function partB(model: FilledReviewModel): Block[] {
  const r = model.record;
  const h = partBHeadings(model.form);
  const out: Block[] = [{ kind: 'heading', level: 1, text: model.form === '01' ? PART_B_COLLECTIVE : PART_B_INDIVIDUAL }, { kind: 'heading', level: 2, text: h.scores }];
  const byGroup = r?.scoreSource === 'groups' ? (r.score ? { common: r.score.common, tasks: r.score.tasks } : null) : null;
  if (r?.criteria && r.criteria.length > 0) {
    out.push(criteriaTable(r.criteria, byGroup));
    if (r.scoreSource === 'groups') out.push(note('Chấm điểm theo nhóm tiêu chí; không chấm chi tiết từng tiêu chí.'));
  }
  out.push({
    kind: 'scores',
    rows: [
      { label: SCORE_LABELS.common, max: 30, value: r?.score?.common ?? null },
      { label: SCORE_LABELS.tasks, max: 70, value: r?.score?.tasks ?? null },
      { label: SCORE_LABELS.total, max: 100, value: r?.score?.total ?? null },
    ],
  });
  out.push({ kind: 'heading', level: 2, text: h.proposal }, { kind: 'levels', layout: 'row', checked: r?.proposedLevel ?? null });
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
  fields.push({ label: 'Chi bộ', value: issuer.unitName });
  return { kind: 'fields', fields };
}

function memberMissing(form: '02A' | '02B' | '02C', m: ReviewMemberInfo): MissingItem[] {
  const need: [keyof ReviewMemberInfo, string][] = form === '02A' ? [['post', 'Chức vụ chính quyền, đoàn thể'], ['workplace', 'Đơn vị công tác']] : form === '02B' ? [['workplace', 'Đơn vị công tác']] : [['residence', 'Nơi cư trú']];
  return need
    .filter(([key]) => !m[key])
    .map(([key, label]) => ({ field: `member.${key}`, message: `Chưa có ${label.toLocaleLowerCase('vi')} của đồng chí ${m.fullName}: dòng này trên Mẫu ${form} sẽ để trống.`, where: whereMemberField(m.fullName, label) }));
}

/** What the form still misses from the meeting record. */
function recordMissing(model: FilledReviewModel): MissingItem[] {
  const who = model.member ? `đồng chí ${model.member.fullName}` : model.issuer.unitName;
  const form = `Mẫu ${model.form}`;
  if (!model.record) return model.noRecord ? [{ field: 'meeting', message: model.noRecord.message, where: model.noRecord.where }] : [];
  const r = model.record;
  const out: MissingItem[] = [];
  if (!r.date) out.push({ field: 'meeting.date', message: `Hội nghị kiểm điểm của ${model.issuer.unitName} chưa có ngày họp: dòng ngày tháng trên ${form} để trống.`, where: r.where.preparation });
  if (!r.summary) out.push({ field: 'review.summary', message: `Chưa ghi tóm tắt ưu điểm, kết quả đạt được của ${who}: mục A.I trên ${form} để các dòng trống.`, where: r.where.subject });
  if (!r.score) out.push({ field: 'review.scores', message: r.scoreSource === 'groups' ? `Chưa nhập đủ điểm hai nhóm tiêu chí (…/30, …/70) của ${who}: phần B trên ${form} để trống điểm.` : `Chưa chấm đủ điểm các tiêu chí của ${who}: phần B trên ${form} để trống điểm.`, where: r.where.subject });
  if (!r.proposedLevel) out.push({ field: 'review.proposedLevel', message: `Chưa có mức đề xuất xếp loại của ${who}: các ô xếp loại trên ${form} để trống.`, where: r.where.subject });
  if (model.member && !r.voted) out.push({ field: 'review.vote', message: `Chưa có kết quả chi bộ biểu quyết xếp loại ${who}.`, where: r.where.votes });
  return out;
}

function chiUyBlock(model: FilledReviewModel): Block[] {
  const r = model.record;
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY (CHI BỘ)' }];
  if (!r) return [...out, { kind: 'lines', count: 4 }];
  if (r.comments.length > 0) {
    out.push({ kind: 'paragraph', runs: [{ text: 'Ý kiến góp ý tại hội nghị:', bold: true }], indent: true });
    for (const c of r.comments) out.push({ kind: 'paragraph', runs: [{ text: `- Đồng chí ${c.speaker}: ${c.content}` }], indent: true });
  }
  if (r.response) out.push({ kind: 'paragraph', runs: [{ text: 'Tiếp thu, giải trình: ', bold: true }, { text: r.response }], indent: true });
  if (r.proposedLevel) out.push({ kind: 'paragraph', runs: [{ text: 'Chi ủy đề xuất xếp loại: ', bold: true }, { text: `${quoted(r.proposedLevel)}.` }], indent: true });
  for (const v of r.votes) out.push({ kind: 'paragraph', runs: [{ text: 'Chi bộ biểu quyết: ', bold: true }, { text: voteRoundLine(v) }], indent: true });
  out.push({
    kind: 'paragraph',
    runs: [{ text: 'Chi bộ đề nghị xếp loại: ', bold: true }, { text: r.voted ? `${quoted(r.voted)}.` : 'chưa có kết quả biểu quyết.' }],
    indent: true,
  });
  if (r.voted) out.push({ kind: 'levels', layout: 'row', checked: r.voted });
  return out;
}

export function buildFilledReview(model: FilledReviewModel): BuiltForm {
  const { form, year, issuer } = model;
  const r = model.record;
  const blocks: Block[] = [{ kind: 'formCode', text: FORM_CODE_LINE[form] }];
  const missing: MissingItem[] = recordMissing(model);
  if (r && !r.finalized) {
    missing.push({ field: 'meeting.finalized', message: `Hội nghị kiểm điểm của ${issuer.unitName} chưa hoàn tất: nội dung in theo số liệu đang ghi, có thể còn thay đổi.`, where: r.where.finalize });
  }
  let title: string;
  if (form === '01') {
    title = `Mẫu 01 - Báo cáo kiểm điểm năm ${year} - ${issuer.unitName}`;
    blocks.push({ kind: 'header', header: issuerHeader(issuer, { type: 'BC', number: model.number, date: r?.date ?? null, year }) });
    blocks.push({ kind: 'title', type: 'BÁO CÁO', lines: [`Kiểm điểm, tự đánh giá, xếp loại chất lượng năm ${year}`, `của ${issuer.issuingBody}`] });
    blocks.push(...partA(model), ...partB(model));
    const reportTo = issuer.upperBody ? committeeName(issuer.upperBody) : null;
    const recipients = [...(reportTo ? [`- ${reportTo} (để báo cáo),`] : []), '- Các đồng chí đảng viên trong chi bộ,', `- Lưu ${issuer.kind === 'cell' || issuer.kind === 'basic-cell' ? 'Chi bộ' : 'Văn phòng Đảng ủy'}.`];
    blocks.push({ kind: 'closing', recipients, right: issuerSignature(issuer) });
    missing.push(...secretaryMissing(issuer));
  } else {
    const m = model.member;
    title = `Mẫu ${form} - Bản kiểm điểm năm ${year}${m ? ` - ${m.fullName}` : ''}`;
    blocks.push({ kind: 'header', header: issuerHeader(issuer, { date: r?.date ?? null, year }) });
    blocks.push({ kind: 'title', type: 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN', lines: [`Năm ${year}`], subtitle: [INDIVIDUAL_FORM_FOR[form]] });
    blocks.push(memberFields(form, issuer, m));
    blocks.push(...partA(model), ...partB(model));
    blocks.push({ kind: 'closing', right: { title: 'NGƯỜI TỰ KIỂM ĐIỂM', hint: '(Ký, ghi rõ họ tên)', name: m?.fullName ?? null } });
    blocks.push(...chiUyBlock(model));
    const sign = issuerSignature(issuer);
    blocks.push({ kind: 'closing', right: { authority: sign.authority, title: sign.title, name: issuer.secretaryName } });
    blocks.push({ kind: 'heading', level: 1, text: 'KẾT QUẢ XẾP LOẠI CỦA CẤP CÓ THẨM QUYỀN' }, { kind: 'levels', layout: 'row', checked: model.decided?.level ?? null });
    if (model.decided) blocks.push({ kind: 'paragraph', runs: [{ text: `${LEVEL_NAMES[model.decided.level]}: ${model.decided.text}` }], indent: true });
    else blocks.push(note('(Cấp có thẩm quyền chưa quyết định; ghi khi có quyết định công nhận.)'), { kind: 'lines', count: 1 });
    if (m) missing.push(...memberMissing(form, m));
    missing.push(...secretaryMissing(issuer));
  }
  return { document: { title, orientation: 'portrait', pageNumbers: true, blocks }, missing };
}

export function renderFilledReview(model: FilledReviewModel, options?: RenderOptions): FormOutput {
  return toOutput(buildFilledReview(model), options);
}

/** "theo Quyết định số 25-QĐ/ĐU ngày 22 tháng 12 năm 2026 của Ban Thường vụ Đảng ủy xã Xuân Hòa". */
export function decisionReference(decisionNo: string, decidedOn: string, body: string): string {
  return `theo Quyết định số ${decisionNo} ${longDate(decidedOn)} của ${body}`;
}

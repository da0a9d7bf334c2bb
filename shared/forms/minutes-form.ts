// Biên bản hội nghị kiểm điểm, đánh giá, xếp loại chất lượng (domain-background.md §5, "Biên bản hội nghị
// kiểm điểm"), printed from the meeting's MinutesDocument: time and place, attendance with names and
// reasons, chair and secretary, the upper-level attendee, the collective part, each member's review with
// comments, response and the vote results per level (counts and percentages), the table of results, the
// conclusions and the remediation plans; NGƯỜI GHI BIÊN BẢN left, CHỦ TRÌ HỘI NGHỊ right. A finalized
// meeting prints its frozen minutes; a re-print is marked "BẢN SAO" with its number; a meeting still in
// progress prints a "DỰ THẢO". Layer: shared.
import { longDate } from '../documents/dates';
import type { Block, TableCell } from '../documents/model';
import type { MinutesDocument, MinutesSubject } from '../meeting/minutes';
import { formatNumberVi } from '../rules/input-errors';
import { LEVELS, LEVEL_NAMES } from '../rules/levels';
import type { IssuerInfo } from './issuer';
import { formatDocumentNumber } from '../documents/numbering';
import { percent, remediationTable, timeVi, voteRoundLine } from './review-where';
import { toOutput, type BuiltForm, type FormOutput, type MissingItem, type RenderOptions } from './types';

export interface MinutesFormModel {
  /** The chi bộ (its place name; the names printed come from the minutes themselves). */
  issuer: IssuerInfo;
  year: number;
  /** null: the chi bộ has no meeting this year. */
  minutes: MinutesDocument | null;
  /** The minutes' number in the numbering register (BB), when one was issued. */
  number: number | null;
  /** Printed from the frozen record of a finalized meeting. */
  frozen: boolean;
  /** For frozen minutes: 0 for the original, n ≥ 1 for the n-th copy ("BẢN SAO"); null for a draft. */
  copyNo: number | null;
  where: { create: string; preparation: string; attendance: string; minutes: string; finalize: string };
}

export const MINUTES_TITLE_LINES = (year: number): string[] => ['Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng', `tập thể và đảng viên năm ${year}`];

/** "BẢN SAO (in lần thứ 2)". */
export const copyMark = (copyNo: number): string => `BẢN SAO (in lần thứ ${copyNo + 1})`;

const p = (label: string, value: string): Block => ({ kind: 'paragraph', runs: [{ text: label, bold: true }, { text: value }], indent: true });
const line = (value: string): Block => ({ kind: 'paragraph', runs: [{ text: value }], indent: true });
const num = (n: number): string => formatNumberVi(n);
const orBlank = (v: string | null, blank = '…………'): string => (v && v.trim() !== '' ? v : blank);

function subjectBlocks(s: MinutesSubject): Block[] {
  const out: Block[] = [];
  if (s.attendance) out.push(p('Tham dự: ', `${s.attendance.toLocaleLowerCase('vi')}.`));
  if (s.summary) out.push(p('Tóm tắt báo cáo: ', s.summary));
  if (s.shortcomings) out.push(p('Hạn chế, khuyết điểm: ', s.shortcomings));
  if (s.score) out.push(p('Tự chấm điểm: ', `tiêu chí chung ${num(s.score.common)}/30 điểm; kết quả thực hiện nhiệm vụ ${num(s.score.tasks)}/70 điểm; tổng ${num(s.score.total)}/100 điểm.`));
  if (s.tasks) out.push(p('Kết quả thực hiện nhiệm vụ: ', `hoàn thành ${percent(s.tasks.donePct)}, chậm tiến độ ${percent(s.tasks.latePct)}, vượt mức ${percent(s.tasks.exceededPct)}.`));
  for (const d of s.disqualifiers) out.push(p('Thuộc trường hợp xếp loại không hoàn thành nhiệm vụ: ', `${d}.`));
  if (s.carryOver.length > 0) {
    out.push(p('Kết quả khắc phục hạn chế, khuyết điểm kỳ trước: ', ''));
    for (const c of s.carryOver) out.push(line(`- ${c.content} (năm ${c.fromYear}): ${c.status.toLocaleLowerCase('vi')}.`));
  }
  if (s.comments.length > 0) {
    out.push(p('Ý kiến góp ý: ', ''));
    for (const c of s.comments) out.push(line(`- Đồng chí ${c.speaker}: ${c.content}`));
  } else out.push(p('Ý kiến góp ý: ', 'không có.'));
  if (s.memberId !== null || s.response) out.push(p('Tiếp thu, giải trình: ', orBlank(s.response, '(không ghi)')));
  if (s.computedLevel) out.push(p('Mức xếp loại tính theo quy định: ', `"${LEVEL_NAMES[s.computedLevel]}".`));
  else if (s.needsDecision) out.push(p('Mức xếp loại tính theo quy định: ', 'quy định chưa có mức cho trường hợp này — cấp có thẩm quyền quyết định.'));
  if (s.overrideRequest) out.push(p('Đề nghị cấp có thẩm quyền xem xét: ', s.overrideRequest));
  if (s.proposedLevel) out.push(p(s.memberId === null ? 'Chi bộ tự đề xuất: ' : 'Chi ủy đề xuất: ', `"${LEVEL_NAMES[s.proposedLevel]}".`));
  for (const v of s.votes) out.push(p('Biểu quyết: ', voteRoundLine(v)));
  out.push(p('Kết luận: ', s.conclusionText));
  return out;
}

function resultsTable(doc: MinutesDocument): Block {
  const row = (name: string, s: MinutesSubject, n: string): (string | TableCell)[] => {
    const last = s.votes[s.votes.length - 1];
    const counts = LEVELS.map((level): TableCell => {
      const l = last?.levels.find((x) => x.level === level);
      return { text: l ? `${l.count} (${percent(l.percent)})` : '', align: 'center' };
    });
    return [{ text: n, align: 'center' }, name, ...counts, { text: s.conclusion ?? 'Chưa có', align: 'center', bold: true }];
  };
  return {
    kind: 'table',
    table: {
      columns: [
        { title: 'STT', widthMm: 12, align: 'center' },
        { title: 'Họ và tên', widthMm: 40 },
        { title: 'HTXS', widthMm: 21, align: 'center' },
        { title: 'HTT', widthMm: 21, align: 'center' },
        { title: 'HTNV', widthMm: 21, align: 'center' },
        { title: 'KHTNV', widthMm: 21, align: 'center' },
        { title: 'Kết quả', widthMm: 29, align: 'center' },
      ],
      rows: [...doc.members.map((s, i) => row(s.name, s, String(i + 1))), row(`Tập thể ${doc.collective.name}`, doc.collective, '')],
      sizePt: 12,
    },
  };
}

function minutesMissing(model: MinutesFormModel): MissingItem[] {
  const unit = model.issuer.unitName;
  const doc = model.minutes;
  if (!doc) return [{ field: 'meeting', message: `${unit} chưa có hội nghị kiểm điểm năm ${model.year}: chưa có biên bản để in.`, where: model.where.create }];
  const out: MissingItem[] = [];
  const w = model.where;
  const o = doc.opening;
  if (!o.date) out.push({ field: 'meeting.date', message: `Chưa có ngày họp: biên bản để trống ngày tháng.`, where: w.preparation });
  if (!o.startTime) out.push({ field: 'meeting.startTime', message: 'Chưa có giờ bắt đầu hội nghị.', where: w.preparation });
  if (!o.place) out.push({ field: 'meeting.place', message: 'Chưa có địa điểm họp.', where: w.preparation });
  if (!doc.chair) out.push({ field: 'meeting.chair', message: 'Chưa chọn đồng chí chủ trì hội nghị: chỗ ký "CHỦ TRÌ HỘI NGHỊ" để trống tên.', where: w.preparation });
  if (!doc.secretary) out.push({ field: 'meeting.secretary', message: 'Chưa chọn thư ký hội nghị: chỗ ký "NGƯỜI GHI BIÊN BẢN" để trống tên.', where: w.preparation });
  if (doc.attendance.total > 0 && doc.attendance.present === 0) out.push({ field: 'meeting.attendance', message: 'Chưa điểm danh: biên bản chưa có thành phần dự họp.', where: w.attendance });
  if (!o.endTime) out.push({ field: 'meeting.endTime', message: 'Chưa có giờ kết thúc hội nghị (ghi khi thông qua biên bản).', where: w.minutes });
  if (!model.frozen) out.push({ field: 'meeting.finalized', message: `Hội nghị kiểm điểm của ${unit} chưa hoàn tất: biên bản in là bản dự thảo (ghi "DỰ THẢO").`, where: w.finalize });
  return out;
}

export function buildMinutesForm(model: MinutesFormModel): BuiltForm {
  const doc = model.minutes;
  const { issuer, year } = model;
  const blocks: Block[] = [];
  if (!model.frozen) blocks.push({ kind: 'formCode', text: 'DỰ THẢO' });
  else if (model.copyNo !== null && model.copyNo > 0) blocks.push({ kind: 'formCode', text: copyMark(model.copyNo) });
  blocks.push({
    kind: 'header',
    header: {
      // The names as the minutes recorded them (a frozen record keeps the names of the day).
      upperBody: doc ? doc.header.upperOrg : issuer.upperBody,
      issuingBody: doc ? doc.header.unit : issuer.issuingBody,
      number: formatDocumentNumber(model.number, 'BB', 'CB'),
      place: issuer.place,
      date: doc?.opening.date ?? null,
      year,
    },
  });
  blocks.push({ kind: 'title', type: 'BIÊN BẢN', lines: MINUTES_TITLE_LINES(year) });
  if (!doc) {
    blocks.push({ kind: 'lines', count: 12 });
    blocks.push({ kind: 'closing', left: { title: 'NGƯỜI GHI BIÊN BẢN', name: null }, right: { title: 'CHỦ TRÌ HỘI NGHỊ', name: null } });
    return { document: { title: `Biên bản hội nghị kiểm điểm năm ${year} - ${issuer.unitName}`, orientation: 'portrait', pageNumbers: true, blocks }, missing: minutesMissing(model) };
  }
  const o = doc.opening;
  const a = doc.attendance;
  // The unit as the meeting recorded it (a frozen record keeps the name of the day).
  const unitName = doc.collective.name;
  blocks.push(
    line(
      `Hồi ${o.startTime ? timeVi(o.startTime) : '…… giờ …… phút'}, ${o.date ? longDate(o.date) : 'ngày …… tháng …… năm ……'}, tại ${orBlank(o.place)}, ` +
        `${unitName} tiến hành hội nghị kiểm điểm, đánh giá, xếp loại chất lượng tập thể và đảng viên năm ${year}.`,
    ),
  );
  blocks.push({ kind: 'heading', level: 2, text: 'I. Thành phần hội nghị' });
  const absent = a.absentExcused.length + a.absentUnexcused.length;
  blocks.push(
    line(
      `Tổng số đảng viên của chi bộ: ${a.total} đồng chí; có mặt: ${a.present} đồng chí; vắng: ${absent} đồng chí (có lý do: ${a.absentExcused.length}; không có lý do: ${a.absentUnexcused.length})` +
        (a.notRequired.length > 0 ? `; không phải dự họp: ${a.notRequired.length} đồng chí.` : '.'),
    ),
    line(`Số đảng viên có quyền biểu quyết: ${a.voters} đồng chí; có mặt: ${a.presentVoters} đồng chí.`),
    p('Đảng viên có mặt: ', a.presentNames.length > 0 ? `${a.presentNames.join(', ')}.` : 'chưa điểm danh.'),
  );
  for (const x of a.absentExcused) blocks.push(p('Vắng có lý do: ', `đồng chí ${x.name} — ${orBlank(x.reason, '(không ghi lý do)')}.`));
  for (const x of a.absentUnexcused) blocks.push(p('Vắng không có lý do: ', `đồng chí ${x}.`));
  for (const x of a.notRequired) blocks.push(p('Không phải dự họp: ', `đồng chí ${x.name} — ${x.reason.toLocaleLowerCase('vi')}.`));
  for (const x of doc.notReviewed) blocks.push(p('Không kiểm điểm, xếp loại: ', `đồng chí ${x.name} — ${x.reason}`));
  blocks.push(p('Đại biểu cấp trên dự: ', orBlank(doc.upperLevelAttendee, 'không có.')));
  blocks.push(p('Chủ trì hội nghị: ', doc.chair ? `đồng chí ${doc.chair.name}, ${doc.chair.role}.` : '…………'));
  blocks.push(p('Thư ký hội nghị (người ghi biên bản): ', doc.secretary ? `đồng chí ${doc.secretary.name}, ${doc.secretary.role}.` : '…………'));

  blocks.push({ kind: 'heading', level: 2, text: 'II. Nội dung hội nghị' });
  blocks.push({ kind: 'heading', level: 3, text: `1. Kiểm điểm tập thể ${doc.collective.name} (Mẫu 01)` }, ...subjectBlocks(doc.collective));
  blocks.push({ kind: 'heading', level: 3, text: '2. Kiểm điểm, đánh giá, xếp loại đảng viên' });
  doc.members.forEach((s, i) => blocks.push({ kind: 'heading', level: 3, text: `2.${i + 1}. ${s.heading} (${s.form})` }, ...subjectBlocks(s)));

  blocks.push({ kind: 'heading', level: 2, text: 'III. Kết quả biểu quyết xếp loại' });
  blocks.push(line('Số phiếu (tỷ lệ %) của lần biểu quyết cuối cùng đối với từng đảng viên và tập thể chi bộ:'), resultsTable(doc));

  blocks.push({ kind: 'heading', level: 2, text: 'IV. Kết luận của hội nghị' });
  blocks.push(line(`Hội nghị đề nghị cấp có thẩm quyền công nhận kết quả xếp loại chất lượng đảng viên năm ${year} như sau:`));
  for (const c of doc.conclusions) blocks.push(line(`- ${c.name}: ${c.count} đồng chí${c.members.length > 0 ? ` (${c.members.join(', ')})` : ''}.`));
  if (doc.pending.length > 0) blocks.push(line(`- Chưa có kết quả: ${doc.pending.join(', ')}.`));
  blocks.push(p(`Tập thể ${doc.collective.name}: `, doc.collective.conclusion ? `tự xếp loại "${LEVEL_NAMES[doc.collective.conclusion]}".` : 'chưa có kết quả biểu quyết.'));
  if (doc.quotaWarning) blocks.push(p('Lưu ý: ', doc.quotaWarning));

  blocks.push({ kind: 'heading', level: 2, text: 'V. Kế hoạch khắc phục hạn chế, khuyết điểm' });
  if (doc.remediation.length === 0) blocks.push(line('Không có hạn chế, khuyết điểm phải khắc phục.'));
  for (const r of doc.remediation) blocks.push({ kind: 'paragraph', runs: [{ text: `${r.subject}:`, bold: true }], indent: true }, remediationTable(r.items));

  blocks.push(
    line(
      `Hội nghị kết thúc lúc ${o.endTime ? timeVi(o.endTime) : '…… giờ …… phút'} cùng ngày. Biên bản đã được đọc lại trước hội nghị và được hội nghị nhất trí thông qua` +
        (doc.approval ? ` lúc ${timeVi(doc.approval.time)}, ${longDate(doc.approval.date)}.` : '.'),
    ),
  );
  blocks.push({ kind: 'closing', left: { title: 'NGƯỜI GHI BIÊN BẢN', name: doc.secretary?.name ?? null }, right: { title: 'CHỦ TRÌ HỘI NGHỊ', name: doc.chair?.name ?? null } });
  return { document: { title: `Biên bản hội nghị kiểm điểm năm ${year} - ${unitName}`, orientation: 'portrait', pageNumbers: true, blocks }, missing: minutesMissing(model) };
}

export function renderMinutesForm(model: MinutesFormModel, options?: RenderOptions): FormOutput {
  return toOutput(buildMinutesForm(model), options);
}

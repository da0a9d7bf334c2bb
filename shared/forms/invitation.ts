// Giấy mời dự hội nghị kiểm điểm (domain-background.md §5, a common template): one invitation per member
// asked to attend (everyone on the roll but the exempt and the suspended), and one for the upper-level
// attendee when there is one, each on its own page — date, weekday and time, place and content from the
// meeting's preparation, the request to study the Mẫu 01 draft sent beforehand; signed T/M CHI BỘ / BÍ
// THƯ. What the preparation lacks is listed with where to fill it. Layer: shared.
import { longDate, shortDate } from '../documents/dates';
import type { Block, Run } from '../documents/model';
import { formatDocumentNumber } from '../documents/numbering';
import { committeeName, issuerSignature, secretaryMissing, type IssuerInfo } from './issuer';
import { timeVi, weekdayVi } from './review-where';
import { toOutput, type BuiltForm, type FormOutput, type MissingItem, type RenderOptions } from './types';

export interface InvitationModel {
  issuer: IssuerInfo;
  year: number;
  /** null: the chi bộ has no meeting this year yet. */
  meeting: {
    date: string | null;
    startTime: string | null;
    place: string | null;
    /** The date the Mẫu 01 draft was sent to the members; the invitation is dated that day. */
    draftSentOn: string | null;
    upperLevelAttendee: string | null;
  } | null;
  /** Invitees in the order of business (name and role). */
  invitees: { fullName: string; role: string }[];
  where: { create: string; preparation: string; attendance: string };
}

export const INVITATION_CONTENT = [
  'Kiểm điểm, tự đánh giá, xếp loại chất lượng tập thể chi bộ (Mẫu 01).',
  'Kiểm điểm, tự đánh giá, xếp loại chất lượng đảng viên (Mẫu 02A, 02B, 02C).',
  'Biểu quyết đề nghị mức xếp loại chất lượng tập thể chi bộ và đảng viên.',
  'Thông qua kế hoạch khắc phục hạn chế, khuyết điểm và biên bản hội nghị.',
];

const para = (runs: Run[]): Block => ({ kind: 'paragraph', runs, indent: true });

function invitation(model: InvitationModel, to: string): Block[] {
  const { issuer, year } = model;
  const m = model.meeting;
  const when = m?.date ? `${m.startTime ? timeVi(m.startTime) : '…… giờ …… phút'}, ${weekdayVi(m.date)}, ${longDate(m.date)}` : '…… giờ …… phút, ngày …… tháng …… năm ……';
  const reportTo = issuer.upperBody ? committeeName(issuer.upperBody) : null;
  return [
    {
      kind: 'header',
      header: { upperBody: issuer.upperBody, issuingBody: issuer.issuingBody, number: formatDocumentNumber(null, 'GM', 'CB'), place: issuer.place, date: m?.draftSentOn ?? null, year },
    },
    { kind: 'title', type: 'GIẤY MỜI', lines: [] },
    { kind: 'paragraph', runs: [{ text: `${issuer.issuingBody} trân trọng kính mời:` }], indent: true },
    { kind: 'paragraph', runs: [{ text: to, bold: true }], align: 'center', indent: false },
    para([{ text: 'Đến dự: ', bold: true }, { text: `Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng tập thể và đảng viên năm ${year} của ${issuer.issuingBody}.` }]),
    para([{ text: 'Thời gian: ', bold: true }, { text: `${when}.` }]),
    para([{ text: 'Địa điểm: ', bold: true }, { text: `${m?.place ?? '……………………………………'}.` }]),
    para([{ text: 'Nội dung:', bold: true }]),
    ...INVITATION_CONTENT.map((c, i): Block => para([{ text: `${i + 1}. ${c}` }])),
    para([
      {
        text:
          `Đề nghị đồng chí nghiên cứu dự thảo báo cáo kiểm điểm của chi bộ (Mẫu 01)${m?.draftSentOn ? ` gửi ngày ${shortDate(m.draftSentOn)}` : ' gửi kèm'}, ` +
          'chuẩn bị bản tự kiểm điểm, tự đánh giá, xếp loại cá nhân và dự hội nghị đầy đủ, đúng giờ.',
        italic: true,
      },
    ]),
    {
      kind: 'closing',
      recipients: ['- Như trên,', ...(reportTo ? [`- ${reportTo} (để báo cáo),`] : []), '- Lưu Chi bộ.'],
      right: issuerSignature(issuer),
    },
  ];
}

function invitationMissing(model: InvitationModel): MissingItem[] {
  const unit = model.issuer.unitName;
  const m = model.meeting;
  if (!m) return [{ field: 'meeting', message: `${unit} chưa có hội nghị kiểm điểm năm ${model.year}: giấy mời để trống thời gian, địa điểm.`, where: model.where.create }];
  const out: MissingItem[] = [];
  const w = model.where.preparation;
  if (!m.date) out.push({ field: 'meeting.date', message: 'Chưa có ngày họp: giấy mời để trống ngày.', where: w });
  if (!m.startTime) out.push({ field: 'meeting.startTime', message: 'Chưa có giờ bắt đầu hội nghị: giấy mời để trống giờ.', where: w });
  if (!m.place) out.push({ field: 'meeting.place', message: 'Chưa có địa điểm họp: giấy mời để trống địa điểm.', where: w });
  if (!m.draftSentOn) out.push({ field: 'meeting.draftSentOn', message: 'Chưa ghi ngày gửi dự thảo Mẫu 01 cho đảng viên: giấy mời để trống ngày ký.', where: w });
  if (model.invitees.length === 0) out.push({ field: 'meeting.roster', message: `${unit} không có đảng viên phải dự họp.`, where: model.where.attendance });
  return [...out, ...secretaryMissing(model.issuer)];
}

export function buildInvitations(model: InvitationModel): BuiltForm {
  const people = model.invitees.map((i) => `Đồng chí ${i.fullName} — ${i.role}`);
  if (model.meeting?.upperLevelAttendee) people.push(model.meeting.upperLevelAttendee);
  const list = people.length > 0 ? people : ['Đồng chí ……………………………………'];
  const blocks: Block[] = [];
  list.forEach((to, i) => {
    if (i > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push(...invitation(model, to));
  });
  return { document: { title: `Giấy mời dự hội nghị kiểm điểm năm ${model.year} - ${model.issuer.unitName}`, orientation: 'portrait', pageNumbers: false, blocks }, missing: invitationMissing(model) };
}

export function renderInvitations(model: InvitationModel, options?: RenderOptions): FormOutput {
  return toOutput(buildInvitations(model), options);
}

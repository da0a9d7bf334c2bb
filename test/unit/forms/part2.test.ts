// The part-2 forms as pure functions on hand-made models: Mẫu 01/02 filled (A I–VI, B points, the ticked
// level), the biên bản (frozen copy marks, draft), the giấy mời, Mẫu 03 and the quyết định công nhận, the
// Đảng ủy's report and statistics — and, for each, the missing list saying what is missing and where.
import { describe, expect, it } from 'vitest';
import { renderBlocks } from '../../../shared/documents/render-html';
import type { Block } from '../../../shared/documents/model';
import {
  buildFilledReview,
  buildInvitations,
  buildMinutesForm,
  buildReRatingDecision,
  buildRecognitionDecision,
  buildYearReport,
  buildYearStatistics,
  copyMark,
  provinceCommittee,
  weekdayVi,
  whereMeeting,
  type FilledReviewModel,
  type IssuerInfo,
  type MinutesFormModel,
  type ReviewRecordForForm,
  type YearReportModel,
} from '../../../shared/forms';
import type { MinutesDocument, MinutesSubject } from '../../../shared/meeting/minutes';
import { partASections } from '../../../shared/forms/review-texts';
import { cellIssuer, composedName, decomposedName } from './fixtures';

const headings = (blocks: Block[]): string[] => blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading').map((b) => b.text);
const PREP = whereMeeting('Chi bộ thôn Đông', { index: 1, title: 'Chuẩn bị hội nghị' });
const where = { preparation: PREP, subject: whereMeeting('Chi bộ thôn Đông', { index: 3, title: 'Kiểm điểm tập thể chi bộ (Mẫu 01)' }), votes: 'v', finalize: 'f' };
const communeIssuer: IssuerInfo = { upperBody: 'Đảng bộ tỉnh Phú Thọ', issuingBody: 'Đảng ủy xã Xuân Hòa', unitName: 'Đảng bộ xã Xuân Hòa', kind: 'commune', place: 'Xuân Hòa', secretaryName: null };

const record = (over: Partial<ReviewRecordForForm> = {}): ReviewRecordForForm => ({
  date: '2026-12-08',
  summary: 'Hoàn thành các chỉ tiêu của thôn.',
  tasks: { donePct: 100, latePct: 0, exceededPct: 20 },
  civilServantRating: null,
  shortcomings: 'Sinh hoạt có lúc chưa đều.',
  disqualifiers: [],
  carryOver: [{ fromYear: 2025, content: 'Thu đảng phí chậm', status: 'Đã khắc phục', extent: null, obstacles: null, responsibility: 'Chi ủy' }],
  remediation: [{ content: 'Sinh hoạt chưa đều', measure: 'Họp đúng ngày 5 hằng tháng', deadline: 'Năm 2027', responsible: 'Bí thư' }],
  score: { common: 25.5, tasks: 60, total: 85.5 },
  criteria: [
    { group: 'common', title: 'Chính trị tư tưởng', maxPoints: 30, score: 25.5 },
    { group: 'tasks', title: 'Kết quả nhiệm vụ', maxPoints: 70, score: 60 },
  ],
  proposedLevel: 'HTT',
  comments: [{ speaker: 'Trần Thị Lan', content: 'Cần đổi mới sinh hoạt.' }],
  response: 'Tiếp thu.',
  votes: [],
  voted: 'HTT',
  where,
  finalized: true,
  ...over,
});

const model01 = (over: Partial<FilledReviewModel> = {}): FilledReviewModel => ({ form: '01', year: 2026, issuer: cellIssuer, member: null, number: 3, record: record(), noRecord: null, decided: null, ...over });

describe('Mẫu 01 and 02 filled from the meeting', () => {
  it('Mẫu 01: sections A I–VI with the recorded text, B with points and the proposed level ticked, T/M CHI BỘ', () => {
    const built = buildFilledReview(model01());
    const h = headings(built.document.blocks);
    for (const s of partASections('01')) expect(h).toContain(s.heading);
    expect(h).toContain('B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI');
    const body = renderBlocks(built.document.blocks);
    expect(body).toContain('Số 03-BC/CB');
    expect(body).toContain('Hoàn thành các chỉ tiêu của thôn.');
    expect(body).toContain('Thu đảng phí chậm (năm 2025)');
    expect(body).toContain('Họp đúng ngày 5 hằng tháng');
    expect(body).toContain('25,5/30 điểm');
    expect(body).toContain('85,5/100 điểm');
    expect(body).toContain('<span class="box">X</span><span>Hoàn thành tốt nhiệm vụ</span>');
    expect(body.match(/<span class="box">X<\/span>/g)).toHaveLength(1);
    expect(body).toContain('T/M CHI BỘ');
    expect(built.missing).toEqual([]);
  });

  it('Mẫu 01 without a meeting, or with a meeting lacking date, summary, score and proposal, lists each with where to fill it', () => {
    const none = buildFilledReview(model01({ record: null, noRecord: { message: 'Chi bộ thôn Đông chưa có hội nghị kiểm điểm năm 2026.', where: whereMeeting('Chi bộ thôn Đông', null) } }));
    expect(none.missing).toEqual([{ field: 'meeting', message: 'Chi bộ thôn Đông chưa có hội nghị kiểm điểm năm 2026.', where: 'Hội nghị kiểm điểm › Chi bộ thôn Đông › Tạo hội nghị kiểm điểm' }]);
    expect(renderBlocks(none.document.blocks)).toContain('class="lines"');
    const half = buildFilledReview(model01({ record: record({ date: null, summary: null, score: null, proposedLevel: null, finalized: false }) }));
    expect(half.missing.map((m) => m.field)).toEqual(['meeting.date', 'review.summary', 'review.scores', 'review.proposedLevel', 'meeting.finalized']);
    expect(half.missing[0]!.where).toBe('Hội nghị kiểm điểm › Chi bộ thôn Đông › Bước 1 — Chuẩn bị hội nghị');
    expect(half.missing.every((m) => m.message === m.message.normalize('NFC') && m.where.length > 0)).toBe(true);
  });

  it('Mẫu 02C: the member fields (name normalized), the chi ủy block with the vote, the decided result', () => {
    const member = { fullName: decomposedName, birthDate: '1978-02-03', partyRole: 'Đảng viên', post: null, workplace: null, residence: null };
    const built = buildFilledReview({
      ...model01(),
      form: '02C',
      member,
      number: null,
      record: record({
        voted: 'HTT',
        votes: [{ round: 1, mode: 'Biểu quyết giơ tay', denominatorText: '13 đảng viên có quyền biểu quyết', levels: [{ level: 'HTT', name: 'Hoàn thành tốt nhiệm vụ', count: 12, percent: 92.31 }], ballots: null, resultText: 'Thông qua.' }],
      }),
      decided: { level: 'HTT', text: 'công nhận theo Quyết định số 25-QĐ/ĐU.' },
    });
    const body = renderBlocks(built.document.blocks);
    expect(body).toContain(composedName);
    expect(body).toContain('NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY (CHI BỘ)');
    expect(body).toContain('Hoàn thành tốt nhiệm vụ: 12 (92,31%)');
    expect(body).toContain('KẾT QUẢ XẾP LOẠI CỦA CẤP CÓ THẨM QUYỀN');
    expect(body).toContain('Quyết định số 25-QĐ/ĐU');
    expect(built.missing).toEqual([expect.objectContaining({ field: 'member.residence', where: `Đảng viên › ${composedName} › Sửa thông tin › Nơi cư trú` })]);
  });
});

const subject = (over: Partial<MinutesSubject> = {}): MinutesSubject => ({
  memberId: null,
  heading: 'Tập thể Chi bộ thôn Đông',
  name: 'Chi bộ thôn Đông',
  role: null,
  form: 'Mẫu 01',
  attendance: null,
  summary: null,
  shortcomings: null,
  score: null,
  tasks: null,
  disqualifiers: [],
  carryOver: [],
  comments: [],
  response: null,
  computedLevel: null,
  computedReasons: [],
  needsDecision: false,
  overrideRequest: null,
  proposedLevel: null,
  votes: [],
  conclusion: null,
  conclusionText: 'Chưa có kết quả biểu quyết.',
  ...over,
});

const minutes = (over: Partial<MinutesDocument> = {}): MinutesDocument => ({
  header: { upperOrg: 'ĐẢNG BỘ XÃ XUÂN HÒA', unit: 'CHI BỘ THÔN ĐÔNG', placeAndDate: '' },
  title: '',
  year: 2026,
  opening: { date: '2026-12-08', startTime: '07:30', endTime: '11:00', place: 'Nhà văn hóa' },
  attendance: { total: 3, present: 3, presentNames: ['A', 'B', 'C'], absentExcused: [], absentUnexcused: [], notRequired: [], voters: 3, presentVoters: 3 },
  chair: { name: 'Nguyễn Văn Bình', role: 'Bí thư' },
  secretary: { name: 'Lê Văn Thư', role: 'Chi ủy viên' },
  upperLevelAttendee: null,
  notReviewed: [],
  collective: subject(),
  members: [],
  conclusions: [],
  pending: [],
  quotaWarning: null,
  remediation: [],
  signatures: { left: { title: '', name: null }, right: { title: '', name: null } },
  ...over,
});

const minutesModel = (over: Partial<MinutesFormModel> = {}): MinutesFormModel => ({
  issuer: cellIssuer,
  year: 2026,
  minutes: minutes(),
  number: null,
  frozen: true,
  copyNo: 0,
  where: { create: 'c', preparation: PREP, attendance: 'a', minutes: 'm', finalize: 'f' },
  ...over,
});

describe('biên bản hội nghị', () => {
  it('the original has no mark; a re-print says "BẢN SAO" with its number; signatures left and right', () => {
    const original = renderBlocks(buildMinutesForm(minutesModel()).document.blocks);
    expect(original).not.toContain('BẢN SAO');
    expect(original).toContain('NGƯỜI GHI BIÊN BẢN');
    expect(original).toContain('Hồi 07 giờ 30 phút, ngày 08 tháng 12 năm 2026');
    expect(copyMark(1)).toBe('BẢN SAO (in lần thứ 2)');
    expect(renderBlocks(buildMinutesForm(minutesModel({ copyNo: 2 })).document.blocks)).toContain('BẢN SAO (in lần thứ 3)');
    const closing = buildMinutesForm(minutesModel()).document.blocks.find((b) => b.kind === 'closing') as Extract<Block, { kind: 'closing' }>;
    expect(closing.left).toMatchObject({ title: 'NGƯỜI GHI BIÊN BẢN', name: 'Lê Văn Thư' });
    expect(closing.right).toMatchObject({ title: 'CHỦ TRÌ HỘI NGHỊ', name: 'Nguyễn Văn Bình' });
  });

  it('a meeting in progress without date, chair or secretary prints a DỰ THẢO and lists them', () => {
    const built = buildMinutesForm(minutesModel({ frozen: false, copyNo: null, minutes: minutes({ opening: { date: null, startTime: null, endTime: null, place: null }, chair: null, secretary: null }) }));
    expect(renderBlocks(built.document.blocks)).toContain('DỰ THẢO');
    expect(built.missing.map((m) => m.field)).toEqual(['meeting.date', 'meeting.startTime', 'meeting.place', 'meeting.chair', 'meeting.secretary', 'meeting.endTime', 'meeting.finalized']);
    expect(built.missing.find((m) => m.field === 'meeting.chair')!.where).toBe(PREP);
    const none = buildMinutesForm(minutesModel({ minutes: null, frozen: false, copyNo: null }));
    expect(none.missing).toEqual([expect.objectContaining({ field: 'meeting', where: 'c' })]);
  });
});

describe('giấy mời', () => {
  it('one page per invitee with weekday and time; missing preparation listed', () => {
    const built = buildInvitations({
      issuer: cellIssuer,
      year: 2026,
      meeting: { date: '2026-12-08', startTime: '07:30', place: 'Nhà văn hóa', draftSentOn: '2026-12-02', upperLevelAttendee: null },
      invitees: [
        { fullName: 'Nguyễn Văn Bình', role: 'Bí thư' },
        { fullName: 'Trần Thị Lan', role: 'Đảng viên' },
      ],
      where: { create: 'c', preparation: PREP, attendance: 'a' },
    });
    const body = renderBlocks(built.document.blocks);
    expect(body.match(/GIẤY MỜI/g)).toHaveLength(2);
    expect(body).toContain('07 giờ 30 phút, thứ Ba, ngày 08 tháng 12 năm 2026');
    expect(built.missing).toEqual([]);
    expect(weekdayVi('2026-12-06')).toBe('Chủ nhật');
    const empty = buildInvitations({ issuer: cellIssuer, year: 2026, meeting: { date: null, startTime: null, place: null, draftSentOn: null, upperLevelAttendee: null }, invitees: [], where: { create: 'c', preparation: PREP, attendance: 'a' } });
    expect(empty.missing.map((m) => m.field)).toEqual(['meeting.date', 'meeting.startTime', 'meeting.place', 'meeting.draftSentOn', 'meeting.roster']);
  });
});

describe('decisions of the Đảng ủy', () => {
  it('Mẫu 03 from a re-rating; without one, blank with where to record it', () => {
    const base = { issuer: communeIssuer, year: 2026, basis: ['- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;'], subjectLabel: 'đồng chí Mai Văn Sơn', where: 'Thẩm định và quyết định › Năm 2026 › Xếp loại lại (Mẫu 03)' };
    const built = buildReRatingDecision({
      ...base,
      reRating: { subjectKind: 'member', subjectName: 'Mai Văn Sơn', unitName: 'Chi bộ thôn Đông', oldLevel: 'HTT', newLevel: 'HTNV', reason: 'Vi phạm', decisionNo: '30-QĐ/ĐU', decidedOn: '2026-12-28', recognition: { decisionNo: '25-QĐ/ĐU', decidedOn: '2026-12-22' } },
    });
    const body = renderBlocks(built.document.blocks);
    expect(body).toContain('Mẫu 03-HD KĐ.ĐG');
    expect(body).toContain('Số 30-QĐ/ĐU');
    expect(body).toContain('từ mức &quot;Hoàn thành tốt nhiệm vụ&quot; thành mức &quot;Hoàn thành nhiệm vụ&quot;');
    expect(built.missing).toEqual([]);
    expect(buildReRatingDecision({ ...base, reRating: null }).missing).toEqual([expect.objectContaining({ field: 'reRating', where: base.where })]);
  });

  it('quyết định công nhận: counts per level in Điều 1 and the list; a draft names what still blocks it', () => {
    const base = { issuer: communeIssuer, year: 2026, basis: [], scopeName: 'Chi bộ thôn Đông', where: 'w', blockers: ['Chưa quyết định mức xếp loại của đồng chí A.'] };
    const rows = { organizations: [{ name: 'Chi bộ thôn Đông', unitName: '', level: 'HTT' as const, note: null }], members: [{ name: 'A', unitName: 'Chi bộ thôn Đông', level: null, note: null }] };
    const draft = buildRecognitionDecision({ ...base, ...rows, decision: null });
    const body = renderBlocks(draft.document.blocks);
    expect(body).toContain('DỰ THẢO');
    expect(body).toContain('Chưa quyết định');
    expect(draft.missing[0]!.message).toContain('Chưa quyết định mức xếp loại của đồng chí A.');
    const issued = buildRecognitionDecision({ ...base, ...rows, decision: { decisionNo: '25-QĐ/ĐU', decidedOn: '2026-12-22' } });
    expect(issued.missing).toEqual([]);
    expect(renderBlocks(issued.document.blocks)).toContain('(Kèm theo Quyết định số 25-QĐ/ĐU ngày 22/12/2026 của Ban Thường vụ Đảng ủy xã Xuân Hòa)');
  });
});

describe('report and statistics of the Đảng ủy', () => {
  const model: YearReportModel = {
    issuer: communeIssuer,
    upperLevelName: 'Ban Thường vụ Tỉnh ủy Phú Thọ',
    province: 'Tỉnh Phú Thọ',
    where: { decision: 'd', meetings: 'm' },
    stats: {
      year: 2026,
      scopeName: 'Đảng bộ xã Xuân Hòa',
      provisional: true,
      organizations: [{ type: 'Thôn, bản', total: 2, rated: 1, levels: { HTXS: 0, HTT: 1, HTNV: 0, KHTNV: 0 }, notRated: 1, notRatedReasons: ['Chi bộ thôn Tây: chưa hoàn tất hội nghị'] }],
      cells: [{ name: 'Chi bộ thôn Đông', onRoll: 8, notRated: 1, classified: 7, rated: 7, probationary: 1, levels: { HTXS: 1, HTT: 5, HTNV: 1, KHTNV: 0 }, pending: 0 }],
      notRated: [{ reason: 'Miễn công tác và sinh hoạt đảng', count: 1, names: ['Dương Văn Bình (Chi bộ thôn Đông)'] }],
      quota: [{ label: 'Đảng viên thuộc Chi bộ thôn Đông', base: 5, htxs: 1, allowed: 1, ratePercent: 20, violation: false }],
      htxs: [{ name: 'Nguyễn Văn Bình', unitName: 'Chi bộ thôn Đông', total: 95 }],
      khtnv: [],
      meetings: { cells: 2, held: 1, finalized: 1, recognized: 0 },
      recognitions: [],
      reRatings: [],
      shortcomings: [],
      remediationItems: 2,
    },
  };

  it('the statistics table: landscape, levels with %, not rated with reasons, provisional figures flagged', () => {
    const built = buildYearStatistics(model);
    expect(built.document.orientation).toBe('landscape');
    const body = renderBlocks(built.document.blocks);
    expect(body).toContain('71,43'); // 5 of 7
    expect(body).toContain('14,29'); // 1 of 7
    expect(body).toContain('Miễn công tác và sinh hoạt đảng');
    expect(body).toContain('số liệu tạm thời');
    expect(built.missing.map((m) => m.field)).toEqual(['meetings', 'recognition']);
  });

  it('the report: totals in sentences and the province committee as recipient', () => {
    const body = renderBlocks(buildYearReport(model).document.blocks);
    expect(body).toContain('&quot;Hoàn thành tốt nhiệm vụ&quot; 5 đồng chí (71,43%)');
    expect(body).toContain('Ban Tổ chức Tỉnh ủy Phú Thọ');
    expect(provinceCommittee('Thành phố Hà Nội')).toBe('Thành ủy Hà Nội');
  });
});

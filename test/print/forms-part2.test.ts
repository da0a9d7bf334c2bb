// The forms of part 2 — filled from the review meeting and the Đảng ủy's decisions — printed through the
// core (print.pdf / print.docx / batch / CLI) on the demo chi bộ of the meeting fixture (a finalized
// 15-member meeting; the decisions, the recognition and a re-rating as the decision stage makes them), and
// checked with poppler: A4, only Tinos embedded, the text layer in NFC with the header lines, the title,
// every section heading and the filled values (names, points, vote counts and percentages, levels). A
// finalized meeting's minutes print from the frozen record; a re-print is marked "BẢN SAO" and counted.
// Page images go to test-output/print/part2/ for a look against the layout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { browserAvailable } from '../support/browser';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import { COLLECTIVE_PLAN, DEMO_MEMBERS, runDemoMeeting, seedDemoCell, type DemoCell } from '../support/meeting-fixture';
import { runCli } from '../../electron/core/cli/run-cli';
import { partASections } from '../../shared/forms/review-texts';
import { INVITATION_CONTENT } from '../../shared/forms/invitation';
import type { MeetingView } from '../../shared/meeting/types';
import { formatNumberVi } from '../../shared/rules/input-errors';
import { LEVEL_NAMES } from '../../shared/rules/levels';
import { OUT, expectGoodPdf, pdfInfo, pdfText, run, sofficeAvailable } from './support';

const enabled = browserAvailable();
const DIR = join(OUT, 'part2');
let t: TempCore;
let cell: DemoCell;
let view: MeetingView;
let westId: string;

const YEAR = 2026;
const CELL_HEADER = ['ĐẢNG BỘ XÃ XUÂN HÒA', 'CHI BỘ THÔN ĐÔNG HÒA', 'ĐẢNG CỘNG SẢN VIỆT NAM'];
const COMMUNE_HEADER = ['ĐẢNG BỘ TỈNH PHÚ THỌ', 'ĐẢNG ỦY XÃ XUÂN HÒA', 'ĐẢNG CỘNG SẢN VIỆT NAM'];

beforeAll(async () => {
  if (!enabled) return;
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  t = openTempCore({ now: () => new Date('2026-12-20T09:00:00+07:00') });
  cell = await seedDemoCell(t.client);
  view = await runDemoMeeting(cell);
  // The decision stage as test/core/decision-stage.test.ts runs it: the rule gap decided, the excess HTXS
  // lowered with a reason, the chi bộ's results recognized, then one member re-rated (Mẫu 03).
  unwrap(await t.client.call('decision.setLevel', { year: YEAR, memberId: cell.ids.hoa!, level: 'HTNV' }));
  unwrap(await t.client.call('decision.setLevel', { year: YEAR, memberId: cell.ids.ha!, level: 'HTT', reason: 'Vượt tỷ lệ 20% số đảng viên hoàn thành tốt nhiệm vụ' }));
  unwrap(await t.client.call('decision.lock', { year: YEAR, scope: { basicOrgId: cell.cellId }, decisionNo: '25-QĐ/ĐU', decidedOn: '2026-12-22' }));
  unwrap(
    await t.client.call('decision.reRate', { year: YEAR, memberId: cell.ids.son!, newLevel: 'HTNV', reason: 'Phát hiện vi phạm sau khi có quyết định công nhận', decisionNo: '30-QĐ/ĐU', decidedOn: '2026-12-28' }),
  );
  // A second cell whose meeting is created but not prepared (no date, no chair).
  const west = unwrap(await t.client.call('org.create', { parentId: cell.rootId, kind: 'basic-cell', type: 'village', name: 'Chi bộ thôn Tây' }));
  westId = west.id;
  unwrap(
    await t.client.call('member.create', { fullName: 'Cao Văn Tây', gender: 'male', birthDate: '1970-01-01', admittedOn: '1995-01-01', confirmedOn: '1996-01-01', orgUnitId: west.id, category: 'outside', partyRole: 'secretary', status: 'official' }),
  );
  unwrap(await t.client.call('meeting.create', { year: YEAR, orgUnitId: west.id }));
});
afterAll(() => t?.cleanup());

const pts = (n: number) => formatNumberVi(n);

async function printPdf(form: string, subject: unknown, name: string) {
  const path = join(DIR, `${name}.pdf`);
  const r = unwrap(await t.client.call('print.pdf', { form: form as 'register', year: YEAR, subject: subject as never, path }));
  expect(r.pages).toBe(pdfInfo(path).pages);
  run('pdftoppm', ['-r', '60', '-png', path, join(DIR, name)]);
  return { path, result: r };
}

function scoreLines(s: { common: number; tasks: number; total: number }): string[] {
  return [`Nhóm tiêu chí chung: ${pts(s.common)}/30 điểm`, `Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: ${pts(s.tasks)}/70 điểm`, `Tổng điểm: ${pts(s.total)}/100 điểm`];
}

const memberView = (key: string) => view.members.find((m) => m.memberId === cell.ids[key])!;
const scoreOf = (s: { assessment: { score: { common: number; tasks: number; totalTenths: number } | null } }) => ({ common: s.assessment.score!.common, tasks: s.assessment.score!.tasks, total: s.assessment.score!.totalTenths / 10 });

describe.skipIf(!enabled)('part-2 forms as PDF', () => {
  it('Mẫu 01 of the chi bộ from its meeting: A I–VI filled, B points and the proposed level ticked, T/M CHI BỘ', async () => {
    const { path, result } = await printPdf('01', { kind: 'org', id: cell.cellId }, 'mau-01');
    const text = expectGoodPdf(path, [
      'Mẫu 01-HD KĐ.ĐG', ...CELL_HEADER, 'Xuân Hòa, ngày 08 tháng 12 năm 2026', 'BÁO CÁO', 'Kiểm điểm, tự đánh giá, xếp loại chất lượng năm 2026', 'của Chi bộ thôn Đông Hòa',
      'A. NỘI DUNG KIỂM ĐIỂM', ...partASections('01').map((s) => s.heading), 'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI', 'I. Đánh giá theo các nhóm tiêu chí', 'II. Đề xuất xếp loại',
      COLLECTIVE_PLAN.summary, COLLECTIVE_PLAN.shortcomings, COLLECTIVE_PLAN.remediation[0]!.measure, 'hoàn thành 100% nhiệm vụ', ...scoreLines(scoreOf(view.collective)),
      'X Hoàn thành tốt nhiệm vụ', 'Nơi nhận:', 'T/M CHI BỘ', 'BÍ THƯ', 'Nguyễn Văn Hùng',
    ]);
    expect(text).not.toContain('X Hoàn thành xuất sắc nhiệm vụ');
    expect(result.missing.map((m) => m.field)).toEqual([]);
  });

  it('Mẫu 02A of the bí thư: header fields, A and B filled, the chi ủy’s assessment with the vote and the recognized result', async () => {
    const hung = memberView('hung');
    const { path } = await printPdf('02', { kind: 'member', id: cell.ids.hung! }, 'mau-02a-hung');
    expectGoodPdf(path, [
      'Mẫu 02A-HD KĐ.ĐG', ...CELL_HEADER, 'Xuân Hòa, ngày 08 tháng 12 năm 2026', 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN', 'Năm 2026', '(Dùng cho cá nhân giữ chức vụ lãnh đạo, quản lý)',
      'Họ và tên: Nguyễn Văn Hùng', 'Ngày sinh:', 'Chức vụ đảng: Bí thư', 'Đơn vị công tác: UBND xã Xuân Hòa', 'Chi bộ: Chi bộ thôn Đông Hòa',
      'A. NỘI DUNG KIỂM ĐIỂM', ...partASections('02A').map((s) => s.heading), 'B. TỰ ĐÁNH GIÁ, XẾP LOẠI', 'I. Tự đánh giá, chấm điểm theo các nhóm tiêu chí', 'II. Đề xuất xếp loại',
      ...scoreLines(scoreOf(hung.subject!)), 'X Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành xuất sắc nhiệm vụ (công chức)', 'vượt mức 40%', 'NGƯỜI TỰ KIỂM ĐIỂM',
      'NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY (CHI BỘ)', 'Đồng chí bí thư gương mẫu', 'tỷ lệ tính trên 13 đảng viên có quyền biểu quyết', 'Hoàn thành xuất sắc nhiệm vụ: 10 (76,92%)', 'Hoàn thành tốt nhiệm vụ: 2 (15,38%)',
      'Chi bộ đề nghị xếp loại: "Hoàn thành xuất sắc nhiệm vụ"', 'KẾT QUẢ XẾP LOẠI CỦA CẤP CÓ THẨM QUYỀN', 'Quyết định số 25-QĐ/ĐU ngày 22 tháng 12 năm 2026',
    ]);
  });

  it('Mẫu 02C of a member re-rated after the recognition, and of one typed with a ballot vote', async () => {
    const son = await printPdf('02', { kind: 'member', id: cell.ids.son! }, 'mau-02c-son');
    expectGoodPdf(son.path, ['Mẫu 02C-HD KĐ.ĐG', '(Dùng cho đảng viên không làm việc trong hệ thống chính trị)', 'Họ và tên: Mai Văn Sơn', 'KẾT QUẢ XẾP LOẠI CỦA CẤP CÓ THẨM QUYỀN', 'xếp loại lại theo Quyết định số 30-QĐ/ĐU ngày 28/12/2026', 'X Hoàn thành nhiệm vụ']);
    expect(son.result.missing.map((m) => m.field)).toEqual(expect.arrayContaining(['review.summary', 'member.residence']));
    expect(son.result.missing.find((m) => m.field === 'review.summary')!.where).toMatch(/^Hội nghị kiểm điểm › Chi bộ thôn Đông Hòa › Bước \d+ — Kiểm điểm đảng viên: Mai Văn Sơn$/);
    const ha = await printPdf('02', { kind: 'member', id: cell.ids.ha! }, 'mau-02c-ha');
    expectGoodPdf(ha.path, ['Họ và tên: Phạm Thị Hà', 'bỏ phiếu kín — phiếu phát ra 12, thu về 12, hợp lệ 11, không hợp lệ 1', 'Hoàn thành xuất sắc nhiệm vụ: 9 (69,23%)']);
  });

  it('biên bản from the frozen minutes: attendance, chair and secretary, votes with counts and %, conclusions; a re-print is "BẢN SAO" and counted', async () => {
    const first = await printPdf('bien-ban', { kind: 'org', id: cell.cellId }, 'bien-ban');
    const text = expectGoodPdf(first.path, [
      ...CELL_HEADER, 'Xuân Hòa, ngày 08 tháng 12 năm 2026', 'BB/CB', 'BIÊN BẢN', 'Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng', 'tập thể và đảng viên năm 2026',
      'Hồi 07 giờ 30 phút, ngày 08 tháng 12 năm 2026, tại Nhà văn hóa thôn Đông Hòa', 'I. Thành phần hội nghị', 'Tổng số đảng viên của chi bộ: 15 đồng chí; có mặt: 13 đồng chí',
      'Vắng có lý do: đồng chí Lý Thị Hương — Ốm, đang điều trị tại bệnh viện huyện', 'Không phải dự họp: đồng chí Dương Văn Bình', 'Đại biểu cấp trên dự: Đồng chí Vũ Văn Quang',
      'Chủ trì hội nghị: đồng chí Nguyễn Văn Hùng, Bí thư', 'Thư ký hội nghị (người ghi biên bản): đồng chí Lê Văn Minh, Chi ủy viên',
      'II. Nội dung hội nghị', '1. Kiểm điểm tập thể Chi bộ thôn Đông Hòa (Mẫu 01)', '2. Kiểm điểm, đánh giá, xếp loại đảng viên', 'Đồng chí Nguyễn Văn Hùng — Bí thư (Mẫu 02A)',
      'Hoàn thành xuất sắc nhiệm vụ: 10 (76,92%)', 'III. Kết quả biểu quyết xếp loại', 'Nguyễn Văn Hùng 10 (76,92%) 2 (15,38%) 0 (0%) 0 (0%) HTXS', 'Không hoàn thành nhiệm vụ: 1 đồng chí (Đặng Văn Tuấn)', 'IV. Kết luận của hội nghị', 'V. Kế hoạch khắc phục hạn chế, khuyết điểm',
      'Bố trí lịch sinh hoạt chi hội hằng tháng', 'Hội nghị kết thúc lúc 11 giờ 15 phút', 'NGƯỜI GHI BIÊN BẢN', 'CHỦ TRÌ HỘI NGHỊ', 'Lê Văn Minh',
    ]);
    expect(text).not.toContain('BẢN SAO');
    expect(text).not.toContain('DỰ THẢO');
    expect(first.result.missing).toEqual([]);

    // The register changes after the meeting: the finalized minutes still print as frozen.
    unwrap(await t.client.call('org.rename', { id: cell.cellId, name: 'Chi bộ thôn Đông Hòa Mới' }));
    const again = await printPdf('bien-ban', { kind: 'org', id: cell.cellId }, 'bien-ban-ban-sao');
    const copy = expectGoodPdf(again.path, ['BẢN SAO (in lần thứ 2)', 'BIÊN BẢN', 'CHI BỘ THÔN ĐÔNG HÒA', 'Chi bộ thôn Đông Hòa tiến hành hội nghị']);
    expect(copy).not.toMatch(/Đông Hòa Mới|ĐÔNG HÒA MỚI/);
    unwrap(await t.client.call('org.rename', { id: cell.cellId, name: 'Chi bộ thôn Đông Hòa' }));
    const word = unwrap(await t.client.call('print.docx', { form: 'bien-ban', year: YEAR, subject: { kind: 'org', id: cell.cellId }, path: join(DIR, 'bien-ban-ban-sao.docx') }));
    expect(word.bytes).toBeGreaterThan(0);
    const preview = unwrap(await t.client.call('print.preview', { form: 'bien-ban', year: YEAR, subject: { kind: 'org', id: cell.cellId } }));
    expect(preview.html).toContain('BẢN SAO (in lần thứ 4)');
    // The preview does not count: the log holds the original, the PDF copy and the Word copy.
    const db = new Database(t.dbPath, { readonly: true });
    try {
      const rows = db.prepare('SELECT copy_no AS copyNo, format FROM print_log WHERE meeting_id = ? ORDER BY copy_no').all(view.id);
      expect(rows).toEqual([
        { copyNo: 0, format: 'pdf' },
        { copyNo: 1, format: 'pdf' },
        { copyNo: 2, format: 'docx' },
      ]);
    } finally {
      db.close();
    }
  });

  it('giấy mời: one per member asked to attend, with date, weekday, time, place and content; a meeting not prepared lists what is missing', async () => {
    const { path, result } = await printPdf('giay-moi', { kind: 'org', id: cell.cellId }, 'giay-moi');
    const text = expectGoodPdf(path, [
      ...CELL_HEADER, 'Xuân Hòa, ngày 02 tháng 12 năm 2026', 'GM/CB', 'GIẤY MỜI', 'Chi bộ thôn Đông Hòa trân trọng kính mời:', 'Đồng chí Nguyễn Văn Hùng — Bí thư', 'Đồng chí Vũ Văn Quang',
      'Thời gian: 07 giờ 30 phút, thứ Ba, ngày 08 tháng 12 năm 2026.', 'Địa điểm: Nhà văn hóa thôn Đông Hòa.', ...INVITATION_CONTENT, 'gửi ngày 02/12/2026', 'T/M CHI BỘ',
    ]);
    expect(text.match(/GIẤY MỜI/g)).toHaveLength(15); // 14 members asked to attend (the exempt one is not) + the upper-level attendee
    expect(text).not.toContain('Đồng chí Dương Văn Bình');
    expect(result.missing).toEqual([]);
    const west = await printPdf('giay-moi', { kind: 'org', id: westId }, 'giay-moi-chua-chuan-bi');
    expectGoodPdf(west.path, ['GIẤY MỜI', 'Đồng chí Cao Văn Tây — Bí thư', 'Thời gian: …… giờ …… phút, ngày …… tháng …… năm ……']);
    expect(west.result.missing.map((m) => m.field)).toEqual(['meeting.date', 'meeting.startTime', 'meeting.place', 'meeting.draftSentOn']);
    expect(west.result.missing[0]!.where).toBe('Hội nghị kiểm điểm › Chi bộ thôn Tây › Bước 1 — Chuẩn bị hội nghị');
  });

  it('biên bản of a meeting not started: DỰ THẢO, and the missing date, chair and secretary with where to fill them', async () => {
    const { path, result } = await printPdf('bien-ban', { kind: 'org', id: westId }, 'bien-ban-du-thao');
    expectGoodPdf(path, ['DỰ THẢO', 'CHI BỘ THÔN TÂY', 'BIÊN BẢN', 'NGƯỜI GHI BIÊN BẢN', 'CHỦ TRÌ HỘI NGHỊ']);
    const fields = result.missing.map((m) => m.field);
    expect(fields).toEqual(expect.arrayContaining(['meeting.date', 'meeting.chair', 'meeting.secretary', 'meeting.finalized']));
    expect(result.missing.find((m) => m.field === 'meeting.chair')!.where).toBe('Hội nghị kiểm điểm › Chi bộ thôn Tây › Bước 1 — Chuẩn bị hội nghị');
    const db = new Database(t.dbPath, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM print_log WHERE meeting_id <> ?').get(view.id)).toEqual({ n: 0 }); // drafts are not counted
    } finally {
      db.close();
    }
  });

  it('Mẫu 03 from the re-rating record', async () => {
    const { path, result } = await printPdf('03', { kind: 'member', id: cell.ids.son! }, 'mau-03');
    expectGoodPdf(path, [
      'Mẫu 03-HD KĐ.ĐG', ...COMMUNE_HEADER, 'Số 30-QĐ/ĐU', 'Xuân Hòa, ngày 28 tháng 12 năm 2026', 'QUYẾT ĐỊNH', 'Về việc đánh giá, xếp loại lại chất lượng năm 2026', 'đối với đồng chí Mai Văn Sơn',
      'BAN THƯỜNG VỤ ĐẢNG ỦY XÃ XUÂN HÒA', 'Căn cứ Điều lệ Đảng Cộng sản Việt Nam', 'Quy định số 366-QĐ/TW ngày 30/08/2025 của Bộ Chính trị', 'Hướng dẫn số 43-HD/BTCTW',
      'Căn cứ Quyết định số 25-QĐ/ĐU ngày 22 tháng 12 năm 2026', 'Phát hiện vi phạm sau khi có quyết định công nhận', 'Điều 1.', 'Điều 2.', 'Điều 3.',
      'từ mức "Hoàn thành tốt nhiệm vụ" thành mức "Hoàn thành nhiệm vụ"', 'Nơi nhận:', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ',
    ]);
    expect(result.missing).toEqual([]);
    const none = unwrap(await t.client.call('print.preview', { form: '03', year: YEAR, subject: { kind: 'member', id: cell.ids.lan! } }));
    expect(none.missing).toEqual([expect.objectContaining({ field: 'reRating', where: 'Thẩm định và quyết định › Năm 2026 › Xếp loại lại (Mẫu 03)' })]);
  });

  it('quyết định công nhận with its list, the later re-rating noted', async () => {
    const { path, result } = await printPdf('quyet-dinh', { kind: 'none' }, 'quyet-dinh-cong-nhan');
    expectGoodPdf(path, [
      ...COMMUNE_HEADER, 'Số 25-QĐ/ĐU', 'Xuân Hòa, ngày 22 tháng 12 năm 2026', 'QUYẾT ĐỊNH', 'Công nhận kết quả đánh giá, xếp loại chất lượng năm 2026', 'BAN THƯỜNG VỤ ĐẢNG ỦY XÃ XUÂN HÒA',
      'Điều 1.', 'Hoàn thành xuất sắc nhiệm vụ: 1; Hoàn thành tốt nhiệm vụ: 10; Hoàn thành nhiệm vụ: 2; Không hoàn thành nhiệm vụ: 1', 'DANH SÁCH',
      '(Kèm theo Quyết định số 25-QĐ/ĐU ngày 22/12/2026 của Ban Thường vụ Đảng ủy xã Xuân Hòa)', 'I. Tổ chức đảng', 'II. Đảng viên', 'Nguyễn Văn Hùng', 'Đặng Văn Tuấn',
      'HTNV (QĐ số 30-QĐ/ĐU ngày 28/12/2026)',
    ]);
    expect(result.missing).toEqual([]);
    const draft = unwrap(await t.client.call('print.preview', { form: 'quyet-dinh', year: YEAR, subject: { kind: 'org', id: westId } }));
    expect(draft.html).toContain('DỰ THẢO');
    expect(draft.missing).toEqual([expect.objectContaining({ field: 'recognition', where: 'Thẩm định và quyết định › Năm 2026 › Quyết định công nhận' })]);
  });

  it('báo cáo tổng hợp and biểu thống kê of the commune: organizations by type, members with the four levels and %, not rated with reasons, HTXS against the quota', async () => {
    const report = await printPdf('bao-cao', { kind: 'none' }, 'bao-cao-tong-hop');
    expectGoodPdf(report.path, [
      ...COMMUNE_HEADER, 'BC/ĐU', 'BÁO CÁO', 'Tổng hợp kết quả kiểm điểm, đánh giá, xếp loại chất lượng', 'tổ chức đảng và đảng viên năm 2026', '(Số liệu tạm thời',
      'I. Tình hình tổ chức kiểm điểm', 'II. Kết quả đánh giá, xếp loại', '1. Tổ chức đảng', '2. Đảng viên', 'III. Hạn chế, khuyết điểm và kế hoạch khắc phục', 'IV. Kiến nghị, đề xuất',
      'Tổng số 16 đảng viên; không xếp loại 1', 'miễn công tác và sinh hoạt đảng: 1', 'đã có kết quả 14 (trong đó dự bị 1); chưa có kết quả 1',
      '"Hoàn thành xuất sắc nhiệm vụ" 1 đồng chí (7,14%)', '"Hoàn thành tốt nhiệm vụ" 9 đồng chí (64,29%)', '"Hoàn thành nhiệm vụ" 3 đồng chí (21,43%)', '"Không hoàn thành nhiệm vụ" 1 đồng chí (7,14%)',
      'Quyết định số 25-QĐ/ĐU ngày 22/12/2026', COLLECTIVE_PLAN.shortcomings, 'Ban Thường vụ Tỉnh ủy Phú Thọ (để báo cáo)', 'Ban Tổ chức Tỉnh ủy Phú Thọ', 'T/M ĐẢNG ỦY',
    ]);
    expect(report.result.missing.map((m) => m.field)).toEqual(['meetings', 'recognition']);

    const stats = await printPdf('thong-ke', { kind: 'none' }, 'bieu-thong-ke');
    expectGoodPdf(
      stats.path,
      [
        ...COMMUNE_HEADER, 'BIỂU THỐNG KÊ', 'Kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2026', 'I. Tổ chức đảng', 'Thôn, bản', 'Chi bộ thôn Tây: chưa hoàn tất hội nghị',
        'II. Đảng viên', 'Chi bộ thôn Đông Hòa', 'Tổng cộng', '64,29', '21,43', 'III. Đảng viên không xếp loại (lý do)', 'Miễn công tác và sinh hoạt đảng', 'Dương Văn Bình (Chi bộ thôn Đông Hòa)',
        'IV. Tỷ lệ "Hoàn thành xuất sắc nhiệm vụ" so với quy định', 'V. Danh sách đảng viên "Hoàn thành xuất sắc nhiệm vụ" và "Không hoàn thành nhiệm vụ"', 'Nguyễn Văn Hùng', 'Đặng Văn Tuấn',
        LEVEL_NAMES.HTXS, LEVEL_NAMES.HTT, LEVEL_NAMES.HTNV, LEVEL_NAMES.KHTNV,
      ],
      'landscape',
    );
  });

  it('Mẫu 04 of the chi bộ: the biên bản (meeting date, check code, prints), the recognition and re-rating decisions, levels and forms counted; numbers once issued', async () => {
    const decision = unwrap(await t.client.call('decision.get', { year: YEAR }));
    const mine = decision.subjects.filter((s) => s.orgUnitId === cell.cellId);
    const count = (level: string) => mine.filter((s) => s.kind === 'member' && s.finalLevel === level).length;
    const levels = `Đảng viên: HTXS ${count('HTXS')}, HTT ${count('HTT')}, HTNV ${count('HTNV')}, KHTNV ${count('KHTNV')}`;
    const db = new Database(t.dbPath, { readonly: true });
    const hash = (db.prepare('SELECT content_hash AS h FROM meeting WHERE id = ?').get(view.id) as { h: string }).h;
    db.close();
    const reviewed = view.members.filter((m) => m.subject);
    const byForm = (f: string) => reviewed.filter((m) => m.form === f).length;

    // Before the register has numbered the report and the biên bản: the meeting's date stands in, and the missing list says where to issue them.
    // A reference wraps in its narrow column and poppler reads a table row's lines across its cells: a
    // reference is found in the PDF's text layer as its words in order (a few words of the next cell
    // may come between), and whole in the HTML it was printed from.
    const inOrder = (layer: string, phrase: string) => {
      const words = layer.split(' ');
      const [first, ...rest] = phrase.split(' ');
      const found = words.some((w, start) => {
        if (w !== first) return false;
        let at = start;
        for (const r of rest) {
          const next = words.indexOf(r, at + 1);
          if (next < 0 || next - at > 12) return false;
          at = next;
        }
        return true;
      });
      expect(found, `"${phrase}" in the text layer`).toBe(true);
    };
    const before = await printPdf('04', { kind: 'org', id: cell.cellId }, 'mau-04-chua-cap-so');
    const text = expectGoodPdf(before.path, [
      'Mẫu 04-HD KĐ.ĐG', ...CELL_HEADER, 'DANH MỤC HỒ SƠ', 'kiểm điểm, đánh giá, xếp loại chất lượng năm 2026', `mã kiểm tra ${hash.slice(0, 8)}`, 'đã in 3 lần',
      'Tập thể: HTT', levels, `${reviewed.length} bản (02A: ${byForm('02A')}; 02B: ${byForm('02B')}; 02C: ${byForm('02C')})`,
    ]);
    for (const ref of ['Hội nghị ngày 08/12/2026', 'Số 25-QĐ/ĐU, ngày 22/12/2026', 'Quyết định đánh giá, xếp loại lại (Mẫu 03)', 'Số 30-QĐ/ĐU, ngày 28/12/2026']) inOrder(text, ref);
    expect(text).not.toContain('-BC/CB');
    const html = unwrap(await t.client.call('print.preview', { form: '04', year: YEAR, subject: { kind: 'org', id: cell.cellId } })).html;
    for (const ref of ['Số 25-QĐ/ĐU, ngày 22/12/2026', 'Số 30-QĐ/ĐU, ngày 28/12/2026', `Bản đã chốt, mã kiểm tra ${hash.slice(0, 8)}; đã in 3 lần`]) expect(html).toContain(ref);
    expect(before.result.missing.map((m) => m.field)).toEqual(['dossier.report', 'dossier.minutesNumber']);
    expect(before.result.missing[0]!.where).toBe('In biểu mẫu › Mẫu 01 — Báo cáo kiểm điểm, tự đánh giá, xếp loại của chi bộ (theo hội nghị) › Cấp số (hoặc Sổ văn bản)');

    // The office issues both numbers (the report's edited to 04: three were numbered on paper); Mẫu 04 now carries them.
    unwrap(await t.client.call('documents.setTerm', { orgUnitId: cell.cellId, startsOn: '2025-05-20', label: 'Nhiệm kỳ 2025–2030' }));
    unwrap(await t.client.call('documents.issue', { orgUnitId: cell.cellId, typeCode: 'BC', issuedOn: '2026-12-09', title: 'Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng năm 2026', number: 4 }));
    unwrap(await t.client.call('documents.issue', { orgUnitId: cell.cellId, typeCode: 'BB', issuedOn: '2026-12-08', title: 'Biên bản hội nghị kiểm điểm, đánh giá, xếp loại chất lượng năm 2026' }));
    const after = await printPdf('04', { kind: 'org', id: cell.cellId }, 'mau-04');
    const afterText = expectGoodPdf(after.path, [`mã kiểm tra ${hash.slice(0, 8)}`, levels]);
    for (const ref of ['Số 04-BC/CB, ngày 09/12/2026', 'Số 01-BB/CB, ngày 08/12/2026', 'Số 25-QĐ/ĐU, ngày 22/12/2026']) inOrder(afterText, ref);
    const filled = unwrap(await t.client.call('print.preview', { form: '04', year: YEAR, subject: { kind: 'org', id: cell.cellId } })).html;
    for (const ref of ['Số 04-BC/CB, ngày 09/12/2026', 'Số 01-BB/CB, ngày 08/12/2026']) expect(filled).toContain(ref);
    expect(after.result.missing).toEqual([]);

    // The chi bộ without a finalized meeting or a decision: each missing reference named with where to fill it.
    const west = unwrap(await t.client.call('print.preview', { form: '04', year: YEAR, subject: { kind: 'org', id: westId } }));
    expect(west.missing.map((m) => m.field)).toEqual(['dossier.report', 'dossier.minutes', 'dossier.recognition']);
    expect(west.missing[1]!.message).toContain('chưa chốt');
    expect(west.missing[2]!.where).toBe('Thẩm định và quyết định › Năm 2026 › Quyết định công nhận');
  });

  it('DOCX of Mẫu 01, Mẫu 02 and the biên bản: Word files that open in LibreOffice with the same headings', async () => {
    const cases = [
      { form: '01', subject: { kind: 'org', id: cell.cellId }, name: 'mau-01', expected: ['BÁO CÁO', ...partASections('01').map((s) => s.heading), 'II. Đề xuất xếp loại', COLLECTIVE_PLAN.summary, 'T/M CHI BỘ'] },
      { form: '02', subject: { kind: 'member', id: cell.ids.hung! }, name: 'mau-02a', expected: ['BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN', 'Nguyễn Văn Hùng', ...partASections('02A').map((s) => s.heading), '☒ Hoàn thành xuất sắc nhiệm vụ', 'NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY (CHI BỘ)'] },
      { form: 'bien-ban', subject: { kind: 'org', id: cell.cellId }, name: 'bien-ban', expected: ['BIÊN BẢN', 'I. Thành phần hội nghị', 'II. Nội dung hội nghị', 'III. Kết quả biểu quyết xếp loại', 'NGƯỜI GHI BIÊN BẢN', 'CHỦ TRÌ HỘI NGHỊ'] },
    ];
    const docxDir = join(DIR, 'docx');
    mkdirSync(docxDir, { recursive: true });
    for (const c of cases) {
      const r = unwrap(await t.client.call('print.docx', { form: c.form as 'register', year: YEAR, subject: c.subject as never, path: join(docxDir, `${c.name}.docx`) }));
      expect(readFileSync(r.path!).subarray(0, 2).toString()).toBe('PK');
      const xml = run('unzip', ['-p', r.path!, 'word/document.xml']);
      expect(xml).toContain(c.expected[0]!);
    }
    if (!sofficeAvailable()) {
      if (process.env.CI === 'true') throw new Error('LibreOffice (soffice) không có; .ci/run phải cài gói libreoffice-writer-nogui.');
      return;
    }
    run('soffice', [`-env:UserInstallation=file://${join(docxDir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', docxDir, ...cases.map((c) => join(docxDir, `${c.name}.docx`))]);
    for (const c of cases) {
      const pdf = join(docxDir, `${c.name}.pdf`);
      expect(pdfInfo(pdf).size).toMatch(/\(A4\)$/);
      const text = pdfText(pdf);
      for (const e of c.expected) expect(text, `"${e}" in ${c.name}.docx`).toContain(e);
    }
  }, 240_000);

  it('batch: Mẫu 02 of every member the meeting reviewed, one PDF each; the CLI prints the statistics', async () => {
    const out = join(DIR, 'batch-02');
    const { jobId, total } = unwrap(await t.client.call('print.batchStart', { form: '02', year: YEAR, orgId: cell.cellId, out, combined: false, format: 'pdf' }));
    expect(total).toBe(DEMO_MEMBERS.filter((m) => m.review).length);
    for (;;) {
      const s = unwrap(await t.client.call('print.batchStatus', { jobId }));
      if (s.state !== 'running') {
        expect(s).toMatchObject({ state: 'done', done: total });
        expect(s.files).toHaveLength(total);
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const forms = unwrap(await t.client.call('print.forms', {})).map((f) => f.code);
    expect(forms).toEqual(expect.arrayContaining(['01', '02', 'bien-ban', 'giay-moi', '03', 'quyet-dinh', 'bao-cao', 'thong-ke']));

    t.core.close(); // the CLI opens the file itself
    try {
      const o = { out: '', err: '' };
      const io = { stdout: (s: string) => (o.out += s), stderr: (s: string) => (o.err += s), readInput: () => '' };
      const file = join(DIR, 'cli-thong-ke.pdf');
      expect(await runCli(['print', '--db', t.dbPath, '--form', 'thong-ke', '--year', '2026', '--out', file], io)).toBe(0);
      expect(JSON.parse(o.out)).toMatchObject({ form: 'thong-ke', path: file, format: 'pdf' });
      expectGoodPdf(file, ['BIỂU THỐNG KÊ', 'Chi bộ thôn Đông Hòa'], 'landscape');
    } finally {
      t = openTempCore({ now: () => new Date('2026-12-20T09:00:00+07:00') }, t.dir);
    }
  });
});

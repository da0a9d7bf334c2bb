// Every form of part 1 printed to PDF by Chromium through the core (print.pdf) and checked with poppler:
// A4 (landscape for the register), Tinos and no other font embedded, the text layer in NFC with the
// header lines, the title, every section heading and the filled values — including a name typed with
// decomposed accents and control characters — and page numbers from page 2. Page images go to
// test-output/print/ for a look against the layout values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { browserAvailable } from '../support/browser';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import { partASections } from '../../shared/forms/review-texts';
import { DOSSIER_TITLES } from '../../shared/forms/dossier-list';
import { OUT, NAME, expectGoodPdf, pageImages, pdfInfo, pdfText, seedFixture, type Fixture } from './support';

const enabled = browserAvailable();
let t: TempCore;
let f: Fixture;

beforeAll(async () => {
  if (!enabled) return;
  t = openTempCore({ now: () => new Date('2026-11-21T09:00:00+07:00') });
  f = await seedFixture(t);
});
afterAll(() => t?.cleanup());

const HEADER = ['ĐẢNG BỘ XÃ XUÂN HÒA', 'CHI BỘ THÔN ĐÔNG', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Xuân Hòa, ngày …… tháng …… năm 2026'];

async function print(form: string, subject: unknown, name: string): Promise<string> {
  const path = join(OUT, `${name}.pdf`);
  const r = unwrap(await t.client.call('print.pdf', { form: form as 'register', year: 2026, subject: subject as never, path }));
  expect(r.path).toBe(path);
  expect(r.pages).toBe(pdfInfo(path).pages);
  pageImages(path, name);
  return path;
}

/** Page 1 carries no number; page 2 starts with "2" (centred in the top margin). */
function expectPageNumbersFromPage2(path: string): void {
  expect(pdfInfo(path).pages).toBeGreaterThan(1);
  expect(pdfText(path, 1)).not.toMatch(/^1 /);
  expect(pdfText(path, 2)).toMatch(/^2 /);
}

describe.skipIf(!enabled)('part-1 forms as PDF', () => {
  it('blank Mẫu 01 for the chi bộ', async () => {
    const path = await print('blank-01', { kind: 'org', id: f.cellId }, 'mau-01-trong');
    expectGoodPdf(path, [
      'Mẫu 01-HD KĐ.ĐG', ...HEADER, 'BC/CB', 'BÁO CÁO', 'Kiểm điểm, tự đánh giá, xếp loại chất lượng năm 2026', 'của Chi bộ thôn Đông',
      'A. NỘI DUNG KIỂM ĐIỂM', ...partASections('01').map((s) => s.heading), 'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI', 'I. Đánh giá theo các nhóm tiêu chí',
      '1. Nhóm tiêu chí chung: ……/30 điểm', '2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: ……/70 điểm', 'Tổng điểm: ……/100 điểm', 'II. Đề xuất xếp loại',
      'Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ', 'Nơi nhận:', 'T/M CHI BỘ', 'BÍ THƯ', 'Nguyễn Văn Bình',
    ]);
    expectPageNumbersFromPage2(path);
  });

  it('blank Mẫu 02 chosen by category (02B), for a member typed with decomposed accents', async () => {
    const path = await print('blank-02', { kind: 'member', id: f.memberId }, 'mau-02b-trong');
    const text = expectGoodPdf(path, [
      'Mẫu 02B-HD KĐ.ĐG', ...HEADER, 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN', 'Năm 2026', '(Dùng cho cá nhân không giữ chức vụ lãnh đạo, quản lý)',
      `Họ và tên: ${NAME}`, 'Ngày sinh: 03/02/1978', 'Đơn vị công tác: Trường Tiểu học Xuân Hòa', 'A. NỘI DUNG KIỂM ĐIỂM', ...partASections('02B').map((s) => s.heading),
      'B. TỰ ĐÁNH GIÁ, XẾP LOẠI', 'I. Tự đánh giá, chấm điểm theo các nhóm tiêu chí', '……/30 điểm', '……/70 điểm', '……/100 điểm', 'II. Đề xuất xếp loại', 'NGƯỜI TỰ KIỂM ĐIỂM',
    ]);
    expect(text).not.toContain('\u0007');
    expectPageNumbersFromPage2(path);
  });

  it('blank Mẫu 02A and 02C (leader items; fully blank header)', async () => {
    const a = await print('blank-02A', { kind: 'member', id: f.leaderId }, 'mau-02a-trong');
    expectGoodPdf(a, ['Mẫu 02A-HD KĐ.ĐG', 'Chức vụ chính quyền, đoàn thể: Phó Chủ tịch UBND xã', ...partASections('02A').map((s) => s.heading), 'Trách nhiệm nêu gương của bản thân và gia đình']);
    const c = await print('blank-02C', { kind: 'none' }, 'mau-02c-trong');
    expectGoodPdf(c, ['Mẫu 02C-HD KĐ.ĐG', 'ĐẢNG BỘ XÃ XUÂN HÒA', '(Dùng cho đảng viên không làm việc trong hệ thống chính trị)', ...partASections('02C').map((s) => s.heading)]);
  });

  it('sổ danh sách đảng viên (Mẫu 7-HSĐV), landscape, 14 columns', async () => {
    const path = await print('register', { kind: 'org', id: f.cellId }, 'so-danh-sach');
    expectGoodPdf(
      path,
      ['Mẫu 7-HSĐV', 'SỔ DANH SÁCH ĐẢNG VIÊN', 'Chi bộ thôn Đông', 'Quê quán', 'Ghi chú', 'Ngày từ trần', NAME, 'Nguyễn Văn Bình', '10/06/2005', '35079876', '204567PT', 'Dự bị'],
      'landscape',
    );
  });

  it('phiếu xác nhận thông tin đảng viên with history, discipline and award', async () => {
    const path = await print('member-sheet', { kind: 'member', id: f.memberId }, 'phieu-xac-nhan');
    expectGoodPdf(path, [
      ...HEADER, 'PHIẾU XÁC NHẬN THÔNG TIN ĐẢNG VIÊN', `Đồng chí ${NAME}`, 'I. Thông tin cá nhân', 'II. Thông tin về Đảng', 'III. Trình độ, công tác', 'IV. Quá trình sinh hoạt đảng',
      'V. Chuyển sinh hoạt đảng', 'VI. Kỷ luật', 'VII. Khen thưởng', 'VIII. Ý kiến khác của đảng viên', '025178001234', 'Giấy khen đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền',
      'XÁC NHẬN CỦA CHI ỦY', 'ĐẢNG VIÊN',
    ]);
    const preview = unwrap(await t.client.call('print.preview', { form: 'member-sheet', year: 2026, subject: { kind: 'member', id: f.leaderId } }));
    expect(preview.html).toContain('Chậm nộp đảng phí');
  });

  it('phiếu biểu quyết for the chi bộ: one per classified member, the dự bị marked', async () => {
    const path = await print('ballots', { kind: 'org', id: f.cellId }, 'phieu-bieu-quyet');
    const text = expectGoodPdf(path, ['CHI BỘ THÔN ĐÔNG', 'PHIẾU BIỂU QUYẾT', 'Xếp loại chất lượng đảng viên năm 2026', `Đồng chí: ${NAME}`, 'Nguyễn Văn Bình — Bí thư', 'Không hoàn thành nhiệm vụ']);
    expect(text.match(/PHIẾU BIỂU QUYẾT/g)).toHaveLength(4);
    expect(text).toContain('Lê Văn Dự — Đảng viên (dự bị)');
  });

  it('Mẫu 04 with the number of the report already issued, and the meeting and decision still missing', async () => {
    const path = await print('04', { kind: 'org', id: f.cellId }, 'mau-04');
    // Cells wrap in their columns and poppler reads a row's lines across them: the PDF has each line,
    // the HTML it was printed from the whole texts.
    expectGoodPdf(path, ['Mẫu 04-HD KĐ.ĐG', ...HEADER, 'DANH MỤC HỒ SƠ', 'kiểm điểm, đánh giá, xếp loại chất lượng năm 2026', 'Số 01-BC/CB, ngày', '20/11/2026', '4 bản (02A: 1; 02B: 1; 02C: 2)']);
    const p = unwrap(await t.client.call('print.preview', { form: '04', year: 2026, subject: { kind: 'org', id: f.cellId } }));
    for (const whole of [DOSSIER_TITLES.collectiveReport, 'Số 01-BC/CB, ngày 20/11/2026']) expect(p.html).toContain(whole);
    expect(p.missing.map((m) => m.field)).toEqual(['dossier.minutes', 'dossier.recognition']);
    expect(p.missing[0]!.where).toBe('Hội nghị kiểm điểm › Chi bộ thôn Đông › Tạo hội nghị kiểm điểm');
  });

  it('preview: self-contained HTML with the font inlined, and what is missing with where to fill it', async () => {
    const p = unwrap(await t.client.call('print.preview', { form: 'blank-02A', year: 2026, subject: { kind: 'member', id: f.secretaryId } }));
    expect(p.html).toContain("@font-face{font-family:'KiemDiem Tinos'");
    expect(p.html).toContain('data:font/woff2;base64,');
    expect(p.html).not.toMatch(/<script|src="http|url\(http/i);
    expect(p.missing).toEqual([expect.objectContaining({ field: 'member.post', where: 'Đảng viên › Nguyễn Văn Bình › Sửa thông tin › Chức vụ chính quyền, đoàn thể' }), expect.objectContaining({ field: 'member.workplace' })]);
    const refused = await t.client.call('print.preview', { form: 'ballots', year: 2026, subject: { kind: 'member', id: f.memberId } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('invalid-subject');
    const noYear = await t.client.call('print.preview', { form: 'register', year: 2030, subject: { kind: 'org', id: f.cellId } });
    expect(!noYear.ok && noYear.error.code).toBe('not-found');
    expect(unwrap(await t.client.call('print.forms', {})).map((x) => x.code)).toContain('member-sheet');
  });
});

// Word files of the part-1 forms (print.docx) open in LibreOffice headless (soffice --convert-to pdf),
// and the converted text holds the same headings as the PDF. Under CI=true this must run (.ci/run
// installs libreoffice-writer-nogui); elsewhere it is skipped, with a message, only when soffice is absent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import { partASections } from '../../shared/forms/review-texts';
import { OUT, NAME, pdfInfo, pdfText, run, seedFixture, sofficeAvailable, type Fixture } from './support';

const available = sofficeAvailable();
if (!available && process.env.CI === 'true') throw new Error('LibreOffice (soffice) không có; .ci/run phải cài gói libreoffice-writer-nogui.');
if (!available) console.warn('Bỏ qua kiểm thử DOCX: máy này không có LibreOffice (soffice).');

const DIR = join(OUT, 'docx');
let t: TempCore;
let f: Fixture;

beforeAll(async () => {
  if (!available) return;
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  t = openTempCore({ now: () => new Date('2026-11-21T09:00:00+07:00') });
  f = await seedFixture(t);
});
afterAll(() => t?.cleanup());

describe.skipIf(!available)('part-1 forms as Word files', () => {
  it('every form converts in LibreOffice and keeps its headings and values', async () => {
    const cases: { form: string; subject: unknown; name: string; expected: string[]; landscape?: boolean }[] = [
      { form: 'blank-01', subject: { kind: 'org', id: f.cellId }, name: 'mau-01', expected: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'CHI BỘ THÔN ĐÔNG', 'BÁO CÁO', ...partASections('01').map((s) => s.heading), 'II. Đề xuất xếp loại', 'Nơi nhận:', 'T/M CHI BỘ'] },
      { form: 'blank-02', subject: { kind: 'member', id: f.memberId }, name: 'mau-02b', expected: ['BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN', NAME, ...partASections('02B').map((s) => s.heading), 'B. TỰ ĐÁNH GIÁ, XẾP LOẠI', 'Hoàn thành xuất sắc nhiệm vụ'] },
      { form: 'blank-02A', subject: { kind: 'org', id: f.cellId }, name: 'mau-02a', expected: ['(Dùng cho cá nhân giữ chức vụ lãnh đạo, quản lý)', ...partASections('02A').map((s) => s.heading)] },
      { form: 'blank-02C', subject: { kind: 'none' }, name: 'mau-02c', expected: ['(Dùng cho đảng viên không làm việc trong hệ thống chính trị)', ...partASections('02C').map((s) => s.heading)] },
      { form: 'register', subject: { kind: 'org', id: f.cellId }, name: 'so-danh-sach', expected: ['SỔ DANH SÁCH ĐẢNG VIÊN', 'Quê quán', NAME, '35079876'], landscape: true },
      { form: 'member-sheet', subject: { kind: 'member', id: f.memberId }, name: 'phieu-xac-nhan', expected: ['PHIẾU XÁC NHẬN THÔNG TIN ĐẢNG VIÊN', 'I. Thông tin cá nhân', 'VII. Khen thưởng', '025178001234', 'XÁC NHẬN CỦA CHI ỦY'] },
      { form: 'ballots', subject: { kind: 'org', id: f.cellId }, name: 'phieu-bieu-quyet', expected: ['PHIẾU BIỂU QUYẾT', NAME, 'Không hoàn thành nhiệm vụ'] },
      { form: '04', subject: { kind: 'org', id: f.cellId }, name: 'mau-04', expected: ['DANH MỤC HỒ SƠ', '01-BC/CB', '20/11/2026'] },
    ];
    for (const c of cases) {
      const r = unwrap(await t.client.call('print.docx', { form: c.form as 'register', year: 2026, subject: c.subject as never, path: join(DIR, `${c.name}.docx`) }));
      expect(readFileSync(r.path!).subarray(0, 2).toString()).toBe('PK');
    }
    const profile = join(DIR, 'lo-profile');
    run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', DIR, ...cases.map((c) => join(DIR, `${c.name}.docx`))]);
    for (const c of cases) {
      const pdf = join(DIR, `${c.name}.pdf`);
      const info = pdfInfo(pdf);
      expect(info.size, c.name).toMatch(/\(A4\)$/);
      const [w, h] = info.size.split(' x ').map((x) => parseFloat(x)) as [number, number];
      expect(w > h, `${c.name} orientation`).toBe(Boolean(c.landscape));
      const text = pdfText(pdf);
      for (const e of c.expected) expect(text, `"${e}" in ${c.name}.docx`).toContain(e);
      run('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '1', pdf, join(DIR, c.name)]);
    }
  }, 240_000);
});

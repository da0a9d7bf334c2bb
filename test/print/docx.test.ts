// Every form of the print registry (PRINT_FORMS) as a Word file (print.docx), driven by the registry: a
// form without a case here fails to type-check, and a form that does not offer Word fails the run. The
// files are written through the core from the two fixtures the print tests use (part 1: the small commune
// of ./support with a name typed in decomposed accents; part 2: the demo chi bộ with its finalized meeting
// and the Đảng ủy's decisions), every run in the layout's one office font (Times New Roman, the HD 36
// font), then converted to PDF in ONE LibreOffice call (soffice --headless) and checked with poppler: A4
// in the form's orientation, fonts embedded, the text layer in NFC with the header lines, the number, the
// place and date, the title, every heading and signature of the form's block model, and filled values.
// Page images go to test-output/print/docx/. Under CI=true this must run (.ci/run installs
// libreoffice-writer-nogui); elsewhere it is skipped, with a message, only when soffice is absent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import { COLLECTIVE_PLAN, runDemoMeeting, seedDemoCell, type DemoCell } from '../support/meeting-fixture';
import { openDatabase } from '../../db/open';
import { buildForm } from '../../electron/core/print/build-form';
import { placeAndDate } from '../../shared/documents/dates';
import { DEFAULT_LAYOUT } from '../../shared/documents/layout';
import type { Block, PartyDocument } from '../../shared/documents/model';
import { cleanLine, upper } from '../../shared/documents/text';
import { PRINT_FORMS, PRINT_FORM_CODES, type PrintFormCode, type PrintSubject } from '../../shared/forms/registry';
import { OUT, NAME, pdfFonts, pdfInfo, pdfText, run, seedFixture, sofficeAvailable, type Fixture } from './support';

const available = sofficeAvailable();
if (!available && process.env.CI === 'true') throw new Error('LibreOffice (soffice) không có; .ci/run phải cài gói libreoffice-writer-nogui.');
if (!available) console.warn('Bỏ qua kiểm thử DOCX: máy này không có LibreOffice (soffice).');

const DIR = join(OUT, 'docx');
const YEAR = 2026;
/** The cores' clocks (the register and the confirmation sheet print "as of" today). */
const TODAY = { part1: '2026-11-21', part2: '2026-12-20' } as const;
let part1: TempCore;
let part2: TempCore;
let f: Fixture;
let cell: DemoCell;

beforeAll(async () => {
  if (!available) return;
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  part1 = openTempCore({ now: () => new Date(`${TODAY.part1}T09:00:00+07:00`) });
  f = await seedFixture(part1);
  part2 = openTempCore({ now: () => new Date(`${TODAY.part2}T09:00:00+07:00`) });
  cell = await seedDemoCell(part2.client);
  await runDemoMeeting(cell);
  // The decision stage as forms-part2.test.ts runs it: levels decided, the results recognized, one member re-rated.
  const c = part2.client;
  unwrap(await c.call('decision.setLevel', { year: YEAR, memberId: cell.ids.hoa!, level: 'HTNV' }));
  unwrap(await c.call('decision.setLevel', { year: YEAR, memberId: cell.ids.ha!, level: 'HTT', reason: 'Vượt tỷ lệ 20% số đảng viên hoàn thành tốt nhiệm vụ' }));
  unwrap(await c.call('decision.lock', { year: YEAR, scope: { basicOrgId: cell.cellId }, decisionNo: '25-QĐ/ĐU', decidedOn: '2026-12-22' }));
  unwrap(await c.call('decision.reRate', { year: YEAR, memberId: cell.ids.son!, newLevel: 'HTNV', reason: 'Phát hiện vi phạm sau khi có quyết định công nhận', decisionNo: '30-QĐ/ĐU', decidedOn: '2026-12-28' }));
}, 120_000);
afterAll(() => {
  part1?.cleanup();
  part2?.cleanup();
});

interface Case {
  fixture: 'part1' | 'part2';
  subject: PrintSubject;
  /** Values filled from the data (not in the form's fixed wording). */
  filled: string[];
}

/** One case per form: `Record<PrintFormCode, …>` makes a new form in the registry a type error here. */
function cases(): Record<PrintFormCode, Case> {
  const p1 = (subject: PrintSubject, filled: string[]): Case => ({ fixture: 'part1', subject, filled });
  const p2 = (subject: PrintSubject, filled: string[]): Case => ({ fixture: 'part2', subject, filled });
  const org1: PrintSubject = { kind: 'org', id: f.cellId };
  const org2: PrintSubject = { kind: 'org', id: cell.cellId };
  return {
    'blank-01': p1(org1, ['của Chi bộ thôn Đông', 'Nguyễn Văn Bình']),
    'blank-02': p1({ kind: 'member', id: f.memberId }, [NAME]),
    'blank-02A': p1(org1, ['Chi bộ thôn Đông']),
    'blank-02B': p1({ kind: 'member', id: f.memberId }, [NAME, 'Trường Tiểu học Xuân Hòa']),
    'blank-02C': p1({ kind: 'none' }, ['(Dùng cho đảng viên không làm việc trong hệ thống chính trị)']),
    register: p1(org1, [NAME, '35079876']),
    'member-sheet': p1({ kind: 'member', id: f.memberId }, [NAME, '025178001234']),
    ballots: p1(org1, [NAME, 'Trần Quốc Khánh']),
    '04': p1(org1, ['01-BC/CB', '20/11/2026']),
    '01': p2(org2, [COLLECTIVE_PLAN.summary, 'Nguyễn Văn Hùng']),
    '02': p2({ kind: 'member', id: cell.ids.son! }, ['Họ và tên: Mai Văn Sơn', 'xếp loại lại theo Quyết định số 30-QĐ/ĐU ngày 28/12/2026']),
    'bien-ban': p2(org2, ['Tổng số đảng viên của chi bộ: 15 đồng chí; có mặt: 13 đồng chí', 'Lê Văn Minh']),
    'giay-moi': p2(org2, ['Đồng chí Nguyễn Văn Hùng — Bí thư', 'Địa điểm: Nhà văn hóa thôn Đông Hòa.']),
    '03': p2({ kind: 'member', id: cell.ids.son! }, ['đối với đồng chí Mai Văn Sơn', 'Phát hiện vi phạm sau khi có quyết định công nhận']),
    'quyet-dinh': p2({ kind: 'none' }, ['Đặng Văn Tuấn', 'HTNV (QĐ số 30-QĐ/ĐU ngày 28/12/2026)']),
    'bao-cao': p2({ kind: 'none' }, ['"Hoàn thành tốt nhiệm vụ" 9 đồng chí (64,29%)', 'Quyết định số 25-QĐ/ĐU ngày 22/12/2026']),
    'thong-ke': p2({ kind: 'none' }, ['Chi bộ thôn Đông Hòa', '64,29', 'Dương Văn Bình (Chi bộ thôn Đông Hòa)']),
  };
}

/** What the Word file must show of a document's block model: header, number, date, title, headings, signatures. */
function modelTexts(doc: PartyDocument): string[] {
  const out: string[] = [];
  const visit = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      switch (b.kind) {
        case 'header': {
          const h = b.header;
          out.push('ĐẢNG CỘNG SẢN VIỆT NAM', upper(h.issuingBody), placeAndDate(h.place, h.date, h.year));
          if (h.upperBody) out.push(upper(h.upperBody));
          if (h.number) out.push(cleanLine(h.number));
          break;
        }
        case 'title':
          if (b.type) out.push(upper(b.type));
          out.push(...b.lines.map(cleanLine), ...(b.subtitle ?? []).map(cleanLine));
          break;
        case 'heading':
          out.push(b.level === 1 ? upper(b.text) : cleanLine(b.text));
          break;
        case 'closing':
          if (b.recipients) out.push('Nơi nhận:');
          for (const s of [b.left, b.right]) {
            if (s?.authority) out.push(upper(s.authority));
            if (s?.title) out.push(upper(s.title));
          }
          break;
        case 'group':
          visit(b.blocks);
          break;
        default:
          break;
      }
    }
  };
  visit(doc.blocks);
  return [...new Set(out.filter((t) => t !== ''))];
}

describe.skipIf(!available)('every printable form as a Word file', () => {
  it('each form of the registry offers Word, converts in LibreOffice, and keeps its header, title, headings and values', async () => {
    const all = cases();
    expect(Object.keys(all).sort()).toEqual([...PRINT_FORM_CODES].sort());
    const expected = new Map<PrintFormCode, string[]>();
    // The block model of each form, read on a second connection before printing (a print may be counted).
    const handles = { part1: openDatabase(part1.dbPath), part2: openDatabase(part2.dbPath) };
    try {
      for (const form of PRINT_FORM_CODES) {
        const c = all[form];
        const built = await buildForm(handles[c.fixture].kysely, form, YEAR, c.subject, { today: TODAY[c.fixture] });
        expected.set(form, modelTexts(built.document));
        expect(built.document.orientation, form).toBe(form === 'register' || form === 'thong-ke' ? 'landscape' : 'portrait');
      }
    } finally {
      handles.part1.close();
      handles.part2.close();
    }

    for (const form of PRINT_FORM_CODES) {
      expect(PRINT_FORMS[form].formats, `${form} offers Word`).toContain('docx');
      const core = all[form].fixture === 'part1' ? part1 : part2;
      const r = unwrap(await core.client.call('print.docx', { form, year: YEAR, subject: all[form].subject, path: join(DIR, `${form}.docx`) }));
      expect(readFileSync(r.path!).subarray(0, 2).toString(), form).toBe('PK');
      const xml = run('unzip', ['-p', r.path!, 'word/*.xml']);
      const fonts = new Set([...xml.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map((m) => m[1]));
      expect([...fonts], `fonts of ${form}.docx`).toEqual([DEFAULT_LAYOUT.font.officeFamily]);
    }

    const started = Date.now();
    run('soffice', [`-env:UserInstallation=file://${join(DIR, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', DIR, ...PRINT_FORM_CODES.map((form) => join(DIR, `${form}.docx`))]);
    console.info(`soffice: ${PRINT_FORM_CODES.length} tệp trong ${Math.round((Date.now() - started) / 1000)} s`);

    for (const form of PRINT_FORM_CODES) {
      const pdf = join(DIR, `${form}.pdf`);
      const info = pdfInfo(pdf);
      const landscape = form === 'register' || form === 'thong-ke';
      expect(info.size, `${form} page size`).toMatch(/\(A4\)$/);
      const [w, h] = info.size.split(' x ').map((x) => parseFloat(x)) as [number, number];
      expect(w > h, `${form} in landscape`).toBe(landscape);
      for (const font of pdfFonts(pdf)) expect(font.embedded, `${font.name} embedded in ${form}.pdf`).toBe(true);
      const text = pdfText(pdf);
      expect(text, `${form}: the text layer is NFC`).toBe(text.normalize('NFC'));
      // Spaces aside: where LibreOffice lacks a Vietnamese glyph in the Times substitute (Debian's
      // fonts-liberation 1.x) it takes it from another font, and pdftotext may see a gap there ("k ỷ luật").
      const squeezed = text.replace(/\s+/g, '');
      for (const e of [...expected.get(form)!, ...all[form].filled]) expect(squeezed, `"${e}" in ${form}.docx`).toContain(e.normalize('NFC').replace(/\s+/g, ''));
      run('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '2', pdf, join(DIR, form)]);
    }
  }, 300_000);
});

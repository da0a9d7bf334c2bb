// Test support for the print tests: a small commune entered through the API (known values, a name with
// decomposed accents and control characters), poppler helpers, and the output folder
// test-output/print/ (git-ignored) where the PDFs, Word files and page images of a run are kept.
// Layer: test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { sampleCommune, unwrap, type TempCore } from '../support/temp-core';

export const OUT = join(import.meta.dirname, '..', '..', 'test-output', 'print');
mkdirSync(OUT, { recursive: true });

/** Typed in with combining accents, a zero-width space and a bell character. */
export const DECOMPOSED_NAME = 'Nguye\u0302\u0303n Thi\u0323 Ho\u0302\u0300ng\u200B\u0007';
export const NAME = 'Nguyễn Thị Hồng';

export interface Fixture {
  cellId: string;
  communeOrgId: string;
  secretaryId: string;
  memberId: string;
  leaderId: string;
}

const person = (over: Record<string, unknown>) => ({
  gender: 'male',
  birthDate: '1965-04-12',
  ethnicity: 'Kinh',
  hometown: 'Xã Xuân Hòa, tỉnh Phú Thọ',
  residence: 'Thôn Đông, xã Xuân Hòa',
  admittedOn: '1990-05-19',
  confirmedOn: '1991-05-19',
  status: 'official',
  partyRole: 'member',
  category: 'outside',
  education: '12/12',
  politicalTheory: 'elementary',
  ...over,
});

/** Commune, one chi bộ with a bí thư, a member entered with decomposed text, a leader, a dự bị; year 2026. */
export async function seedFixture(t: TempCore): Promise<Fixture> {
  const c = t.client;
  unwrap(await c.call('commune.setup', sampleCommune));
  const root = unwrap(await c.call('org.list', {})).find((u) => u.kind === 'commune')!;
  const cell = unwrap(await c.call('org.create', { parentId: root.id, kind: 'basic-cell', type: 'village', name: 'Chi bộ thôn Đông' }));
  const secretary = unwrap(await c.call('member.create', person({ fullName: 'Nguyễn Văn Bình', orgUnitId: cell.id, partyRole: 'secretary', cardNo: '35071234', recordNo: '102345PT' }) as never));
  const member = unwrap(
    await c.call('member.create', person({ fullName: DECOMPOSED_NAME, gender: 'female', birthDate: '1978-02-03', admittedOn: '2005-06-10', confirmedOn: '2006-06-10', orgUnitId: cell.id, category: 'staff', workplace: 'Trường Tiểu học Xuân Hòa', post: null, citizenId: '025178001234', cardNo: '35079876', recordNo: '204567PT' }) as never),
  );
  const leader = unwrap(await c.call('member.create', person({ fullName: 'Trần Quốc Khánh', orgUnitId: cell.id, category: 'leader', workplace: 'UBND xã Xuân Hòa', post: 'Phó Chủ tịch UBND xã', cardNo: '35075555', recordNo: '305678PT' }) as never));
  unwrap(await c.call('member.create', person({ fullName: 'Lê Văn Dự', orgUnitId: cell.id, birthDate: '1998-08-08', admittedOn: '2026-03-01', confirmedOn: null, status: 'probationary', cardNo: null, recordNo: '406789PT' }) as never));
  unwrap(await c.call('member.addDiscipline', { memberId: leader.id, kind: 'reprimand', decidedOn: '2024-06-10', body: 'Chi bộ thôn Đông', reason: 'Chậm nộp đảng phí' }));
  unwrap(await c.call('member.addAward', { memberId: member.id, title: 'Giấy khen đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền', decidedOn: '2025-01-15', body: 'Đảng ủy xã Xuân Hòa' }));
  unwrap(await c.call('year.create', { year: 2026 }));
  unwrap(await c.call('documents.setTerm', { orgUnitId: cell.id, startsOn: '2025-05-20' }));
  unwrap(await c.call('documents.issue', { orgUnitId: cell.id, typeCode: 'BC', issuedOn: '2026-11-20', title: 'Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng năm 2026' }));
  return { cellId: cell.id, communeOrgId: root.id, secretaryId: secretary.id, memberId: member.id, leaderId: leader.id };
}

export const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Text of a PDF (or of some pages), whitespace collapsed. */
export function pdfText(path: string, first?: number, last?: number): string {
  const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
  return run('pdftotext', [...range, path, '-']).replace(/\s+/g, ' ').trim();
}

export function pdfInfo(path: string): { pages: number; size: string } {
  const info = run('pdfinfo', [path]);
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), size: /Page size:\s+(.*)/.exec(info)?.[1]?.trim() ?? '' };
}

/** Names of the fonts a PDF embeds (subset prefixes removed) and whether each is embedded. */
export function pdfFonts(path: string): { name: string; embedded: boolean }[] {
  return run('pdffonts', [path])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      return { name: cols[0]!.replace(/^[A-Z]{6}\+/, ''), embedded: cols.at(-5) === 'yes' };
    });
}

/** The checks every printed form must pass: A4, only Tinos embedded, text in NFC containing `expected`. */
export function expectGoodPdf(path: string, expected: readonly string[], orientation: 'portrait' | 'landscape' = 'portrait'): string {
  const info = pdfInfo(path);
  expect(info.size).toBe(orientation === 'portrait' ? '594.96 x 841.92 pts (A4)' : '841.92 x 594.96 pts (A4)');
  const fonts = pdfFonts(path);
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) {
    expect(f.name, `font ${f.name} in ${path}`).toMatch(/^Tinos-(Regular|Bold|Italic|BoldItalic)$/);
    expect(f.embedded).toBe(true);
  }
  const text = pdfText(path);
  expect(text, 'the text layer is NFC').toBe(text.normalize('NFC'));
  for (const e of expected) expect(text, `"${e}" in ${path}`).toContain(e.normalize('NFC'));
  return text;
}

/** Page images for looking at (test-output/print/<name>-<page>.png). */
export function pageImages(pdf: string, name: string, dpi = 60): void {
  run('pdftoppm', ['-r', String(dpi), '-png', pdf, join(OUT, name)]);
}

export const sofficeAvailable = (): boolean => ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].some(existsSync);

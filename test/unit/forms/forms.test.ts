// The part-1 forms as pure functions: official structure (sections A I–VI, B …/30 …/70 …/100 and the
// four level boxes), values filled from the model, and every missing piece listed with where to fill it.
import { describe, expect, it } from 'vitest';
import { renderBlocks } from '../../../shared/documents/render-html';
import type { Block } from '../../../shared/documents/model';
import { buildBallots, buildBlankReview, buildDossierList, buildMemberRegister, buildMemberSheet, DOSSIER_TITLES, renderBlankReview, REGISTER_COLUMNS, type RegisterRow } from '../../../shared/forms';
import { cellIssuer, composedName, criteria, decomposedName } from './fixtures';

const headings = (blocks: Block[]): string[] => blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading').map((b) => b.text);

describe('blank Mẫu 01 and 02', () => {
  it('Mẫu 01 has parts A (I–VI) and B, the number line and T/M CHI BỘ', () => {
    const built = buildBlankReview({ form: '01', year: 2026, issuer: cellIssuer, member: null, criteria });
    const h = headings(built.document.blocks);
    expect(h[0]).toBe('A. NỘI DUNG KIỂM ĐIỂM');
    for (const roman of ['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.']) expect(h.some((x) => x.startsWith(roman + ' '))).toBe(true);
    expect(h).toContain('B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI');
    const body = renderBlocks(built.document.blocks);
    expect(body).toContain("Số\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0-BC/CB");
    expect(body).toContain('…/30 điểm'.replace('…', '……'));
    expect(body).toContain('……/100 điểm');
    expect(body.match(/class="box"/g)).toHaveLength(4);
    expect(body).toContain('T/M CHI BỘ');
    expect(body).toContain('Nguyễn Văn Bình');
    expect(built.missing).toEqual([]);
  });

  it('Mẫu 02A prints the member and the leader items; missing posts are listed with where to fill them', () => {
    const member = { fullName: decomposedName, birthDate: '1970-02-03', partyRole: 'Đảng viên', post: null, workplace: 'UBND xã Xuân Hòa', residence: null };
    const built = buildBlankReview({ form: '02A', year: 2026, issuer: cellIssuer, member, criteria });
    const out = renderBlankReview({ form: '02A', year: 2026, issuer: cellIssuer, member, criteria });
    expect(out.html).toContain(composedName);
    expect(out.html).toContain('03/02/1970');
    expect(out.html).toContain('(Dùng cho cá nhân giữ chức vụ lãnh đạo, quản lý)');
    expect(out.html).toContain('Mẫu 02A-HD KĐ.ĐG');
    expect(headings(built.document.blocks)).toContain('V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)');
    expect(out.missing).toEqual([expect.objectContaining({ field: 'member.post', where: `Đảng viên › ${composedName} › Sửa thông tin › Chức vụ chính quyền, đoàn thể` })]);
  });

  it('without criteria of the year, says so and still prints the …/30 …/70 …/100 lines', () => {
    const out = renderBlankReview({ form: '02C', year: 2026, issuer: { ...cellIssuer, secretaryName: null }, member: null, criteria: null });
    expect(out.html).toContain('……/70 điểm');
    expect(out.missing.map((m) => m.field).sort()).toEqual(['unit.secretary', 'year.criteria']);
    expect(out.missing.every((m) => m.where.length > 0 && m.message.length > 0)).toBe(true);
  });
});

const row = (over: Partial<RegisterRow> = {}): RegisterRow => ({
  fullName: 'Trần Văn An',
  birthDate: '1960-05-01',
  gender: 'male',
  ethnicity: 'Kinh',
  religion: null,
  hometown: 'Xã Xuân Hòa',
  education: '10/10',
  politicalTheory: 'Sơ cấp',
  professionalLevel: null,
  occupationNow: 'Nông dân',
  admittedOn: '1985-03-10',
  confirmedOn: '1986-03-10',
  cardNo: '12345678',
  recordNo: '123456PT',
  serviceFlags: null,
  transferredOutOn: null,
  transferredOutTo: null,
  transferredInOn: null,
  transferredInFrom: null,
  diedOn: null,
  leftOn: null,
  leftForm: null,
  note: null,
  official: true,
  onRoll: true,
  ...over,
});

describe('sổ danh sách đảng viên (Mẫu 7-HSĐV)', () => {
  it('has 14 columns on landscape A4 and lists missing data of members on the roll only', () => {
    expect(REGISTER_COLUMNS).toHaveLength(14);
    expect(REGISTER_COLUMNS.reduce((s, c) => s + c.widthMm, 0)).toBeLessThanOrEqual(297 - 30 - 15);
    const built = buildMemberRegister({
      issuer: cellIssuer,
      asOf: '2026-11-21',
      sections: [{ unitName: 'Chi bộ thôn Đông', rows: [row(), row({ fullName: 'Lê Thị Cúc', hometown: null, cardNo: null }), row({ fullName: 'Đỗ Văn Dũng', hometown: null, onRoll: false, diedOn: '2025-01-02' })] }],
    });
    expect(built.document.orientation).toBe('landscape');
    const body = renderBlocks(built.document.blocks);
    expect(body).toContain('SỔ DANH SÁCH ĐẢNG VIÊN');
    expect(body).toContain('02/01/2025');
    expect(built.missing.map((m) => m.field)).toEqual(['member.hometown', 'member.cardNo']);
  });
});

describe('confirmation sheet, ballots and Mẫu 04', () => {
  it('the sheet prints every section and asks for empty fields', () => {
    const built = buildMemberSheet({
      issuer: cellIssuer,
      year: 2026,
      printedOn: '2026-11-21',
      member: {
        fullName: 'Trần Văn An', gender: 'Nam', birthDate: '1960-05-01', ethnicity: 'Kinh', religion: null, hometown: null, residence: 'Thôn Đông', citizenId: null, phone: null,
        unitName: 'Chi bộ thôn Đông', status: 'Chính thức', statusSince: '1986-03-10', admittedOn: '1985-03-10', confirmedOn: '1986-03-10', cardNo: '12345678', recordNo: '1PT',
        partyRole: 'Đảng viên', communeCommittee: false, category: 'Ngoài hệ thống chính trị', workplace: null, post: null, education: '10/10', professionalLevel: null, politicalTheory: 'Sơ cấp', notes: null, official: true,
      },
      statusHistory: [{ status: 'Dự bị', from: '1985-03-10', to: '1986-03-09', place: null, reason: null }],
      transfers: [],
      disciplines: [{ kind: 'Khiển trách', decidedOn: '2020-04-01', body: 'Chi bộ thôn Đông', reason: 'Vi phạm quy chế' }],
      awards: [{ title: 'Huy hiệu 40 năm tuổi Đảng', decidedOn: '2025-03-10', body: 'Tỉnh ủy Phú Thọ', note: null }],
    });
    expect(headings(built.document.blocks)).toEqual([
      'I. Thông tin cá nhân', 'II. Thông tin về Đảng', 'III. Trình độ, công tác', 'IV. Quá trình sinh hoạt đảng', 'V. Chuyển sinh hoạt đảng', 'VI. Kỷ luật', 'VII. Khen thưởng', 'VIII. Ý kiến khác của đảng viên',
    ]);
    const body = renderBlocks(built.document.blocks);
    expect(body).toContain('Huy hiệu 40 năm tuổi Đảng');
    expect(body).toContain('Khiển trách');
    expect(built.missing.map((m) => m.field).sort()).toEqual(['member.citizenId', 'member.hometown']);
  });

  it('ballots: one per member and copy, three per page, each with the four levels', () => {
    const built = buildBallots({ issuer: cellIssuer, year: 2026, copies: 2, members: [{ fullName: 'A', partyRole: 'Bí thư', probationary: false }, { fullName: 'B', partyRole: 'Đảng viên', probationary: true }] });
    const groups = built.document.blocks.filter((b) => b.kind === 'group');
    expect(groups).toHaveLength(4);
    expect(built.document.blocks.filter((b) => b.kind === 'pageBreak')).toHaveLength(1);
    expect(built.document.pageNumbers).toBe(false);
    expect(renderBlocks(built.document.blocks).match(/class="box"/g)).toHaveLength(16);
    expect(buildBallots({ issuer: cellIssuer, year: 2026, copies: 1, members: [] }).missing[0]?.field).toBe('year.roster');
  });

  it('Mẫu 04 lists the dossier with references', () => {
    const built = buildDossierList({ issuer: cellIssuer, year: 2026, entries: [{ title: DOSSIER_TITLES.collectiveReport, reference: 'Số 05-BC/CB, ngày 05/12/2026', sheets: null, note: null }] });
    const body = renderBlocks(built.document.blocks);
    expect(body).toContain('DANH MỤC HỒ SƠ');
    expect(body).toContain('Số 05-BC/CB, ngày 05/12/2026');
  });
});

// The eligibility view: register statuses mapped onto the rules engine at the review date, the temporary
// attendance case, order of business and counts per cell.
import { describe, expect, it } from 'vitest';
import { buildEligibilityView, reviewStatusOf, type RosterMember, type RosterUnit } from '../../../shared/review/eligibility-view';
import { RULE_SETS } from '../../../shared/rules/rule-sets';

const units: RosterUnit[] = [
  { id: 'root', parentId: null, kind: 'commune', name: 'Đảng bộ xã Xuân Hòa', closedOn: null },
  { id: 'school', parentId: 'root', kind: 'basic-committee', name: 'Đảng bộ Trường Liên cấp', closedOn: null },
  { id: 'math', parentId: 'school', kind: 'cell', name: 'Chi bộ tổ Toán', closedOn: null },
  { id: 'west', parentId: 'root', kind: 'basic-cell', name: 'Chi bộ thôn Tây', closedOn: null },
  { id: 'east', parentId: 'root', kind: 'basic-cell', name: 'Chi bộ thôn Đông', closedOn: null },
  { id: 'old', parentId: 'root', kind: 'basic-cell', name: 'Chi bộ thôn Cũ', closedOn: '2025-06-30' },
];

let n = 0;
function member(patch: Partial<RosterMember>): RosterMember {
  n += 1;
  return {
    id: `m${n}`,
    fullName: `Nguyễn Văn ${String.fromCharCode(64 + n)}`,
    orgUnitId: 'east',
    status: 'official',
    admittedOn: '2000-01-01',
    confirmedOn: '2001-01-01',
    category: 'outside',
    partyRole: 'member',
    statusPlace: null,
    ...patch,
  };
}

const view = (members: RosterMember[]) =>
  buildEligibilityView({ reviewYear: 2026, reviewDate: '2026-12-01', ruleSet: RULE_SETS['QD366-2025'], units, members });

describe('reviewStatusOf', () => {
  it('keeps the four engine statuses, maps temporary by the full-membership date, drops members off the roll', () => {
    expect(reviewStatusOf({ status: 'exempt', confirmedOn: null }, '2026-12-01')).toBe('exempt');
    expect(reviewStatusOf({ status: 'temporary', confirmedOn: '2026-12-01' }, '2026-12-01')).toBe('official');
    expect(reviewStatusOf({ status: 'temporary', confirmedOn: '2026-12-02' }, '2026-12-01')).toBe('probationary');
    expect(reviewStatusOf({ status: 'temporary', confirmedOn: null }, '2026-12-01')).toBe('probationary');
    for (const status of ['transferred-out', 'deceased', 'left'] as const) expect(reviewStatusOf({ status, confirmedOn: '2001-01-01' }, '2026-12-01')).toBeNull();
  });
});

describe('buildEligibilityView', () => {
  it('lists cells in tree order with per-cell counts and totals, skipping closed empty cells', () => {
    const v = view([
      member({ orgUnitId: 'east' }),
      member({ orgUnitId: 'east', status: 'probationary', admittedOn: '2026-03-01', confirmedOn: null }),
      member({ orgUnitId: 'east', status: 'deceased' }),
      member({ orgUnitId: 'math', category: 'staff' }),
      member({ orgUnitId: 'west', status: 'suspended' }),
    ]);
    expect(v.units.map((u) => u.name)).toEqual(['Chi bộ thôn Đông', 'Chi bộ thôn Tây', 'Chi bộ tổ Toán']);
    expect(v.units.map((u) => u.basicOrgId)).toEqual(['east', 'west', 'school']);
    expect(v.units[0]!.counts).toEqual({ onRoll: 2, reviewed: 2, classified: 2, voters: 1 });
    expect(v.units[1]!.counts).toEqual({ onRoll: 1, reviewed: 0, classified: 0, voters: 0 });
    expect(v.units[2]!.members[0]!.form).toBe('02B');
    expect(v.totals).toEqual({ onRoll: 4, reviewed: 3, classified: 3, voters: 2 });
    expect(v).toMatchObject({ reviewYear: 2026, reviewDate: '2026-12-01', ruleSet: 'QD366-2025' });
  });

  it('gives each exclusion its reason from the rules engine', () => {
    const v = view([
      member({ fullName: 'A Miễn', status: 'exempt' }),
      member({ fullName: 'B Đình', status: 'suspended' }),
      member({ fullName: 'C Mới', status: 'probationary', admittedOn: '2026-07-01', confirmedOn: null }),
      member({ fullName: 'D Đủ', status: 'probationary', admittedOn: '2026-06-01', confirmedOn: null }),
    ]);
    const rows = Object.fromEntries(v.units[0]!.members.map((m) => [m.fullName, m]));
    expect(rows['A Miễn']).toMatchObject({ reviewed: false, classified: false, canVote: false, reasons: [{ code: 'member-exempt' }] });
    expect(rows['B Đình']).toMatchObject({ reviewed: false, reasons: [{ code: 'member-suspended', ref: 'QĐ 366-QĐ/TW, Điều 5, khoản 2' }] });
    expect(rows['C Mới']).toMatchObject({ reviewed: false, classified: false, canVote: false, reasons: [{ code: 'member-admitted-recently' }] });
    expect(rows['D Đủ']).toMatchObject({ reviewed: true, classified: true, canVote: false, reasons: [{ code: 'member-probationary' }] });
  });

  it('reviews a temporary member at the official cell and asks for the temporary cell’s comments', () => {
    const v = view([member({ status: 'temporary', statusPlace: 'Chi bộ khu phố 3, phường Bến Thành', confirmedOn: '2010-05-05' })]);
    const row = v.units[0]!.members[0]!;
    expect(row).toMatchObject({ status: 'temporary', reviewStatus: 'official', reviewed: true, canVote: true, reasons: [] });
    expect(row.notes).toEqual([
      {
        code: 'temporary-attendance',
        message:
          'Đảng viên đang sinh hoạt đảng tạm thời tại Chi bộ khu phố 3, phường Bến Thành: kiểm điểm, xếp loại tại chi bộ chính thức; cần có nhận xét bằng văn bản của chi bộ nơi sinh hoạt tạm thời.',
        ref: 'HD 43-HD/BTCTW, mục 7.6',
      },
    ]);
  });

  it('orders members for the meeting: bí thư, phó bí thư, chi ủy viên, then by given name', () => {
    const v = view([
      member({ fullName: 'Trần Văn Bình' }),
      member({ fullName: 'Lê Thị Ánh', partyRole: 'committee-member' }),
      member({ fullName: 'Phạm Văn Yên', partyRole: 'secretary' }),
      member({ fullName: 'Ngô Văn An' }),
      member({ fullName: 'Đỗ Thị Hà', partyRole: 'deputy-secretary' }),
    ]);
    expect(v.units[0]!.members.map((m) => m.fullName)).toEqual(['Phạm Văn Yên', 'Đỗ Thị Hà', 'Lê Thị Ánh', 'Ngô Văn An', 'Trần Văn Bình']);
  });

  it('keeps a closed cell that still has members on its roll', () => {
    const v = view([member({ orgUnitId: 'old' })]);
    expect(v.units.map((u) => u.orgUnitId)).toEqual(['old', 'east', 'west', 'math']);
    expect(v.units[0]!.counts.onRoll).toBe(1);
  });
});

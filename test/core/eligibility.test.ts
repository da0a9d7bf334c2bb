// The eligibility view of a review year through the real core: a small register with every case of
// rules.md §3 (official, probationary, exempt, suspended, admitted 5 months and exactly 6 months before
// the review date, temporary attendance elsewhere) and members no longer on the roll.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, sampleCommune, unwrap, type TempCore } from '../support/temp-core';
import type { OrgUnit } from '../../shared/domain/org-unit';
import type { MemberStatus } from '../../shared/domain/enums';
import type { EligibilityMember, EligibilityView } from '../../shared/review/eligibility-view';

let t: TempCore;
let village: OrgUnit;
let mathCell: OrgUnit;

interface Seed {
  admittedOn?: string;
  confirmedOn?: string | null;
  partyRole?: 'secretary' | 'member';
  category?: 'leader' | 'staff' | 'outside';
  orgUnitId?: string;
  /** A later status change: [status, from date, place or reason]. */
  then?: [MemberStatus, string, string];
}

/** Adds a member through the register API (official unless confirmedOn is null), then changes its status. */
async function seed(fullName: string, o: Seed = {}): Promise<void> {
  const confirmedOn = o.confirmedOn === undefined ? '2001-03-03' : o.confirmedOn;
  const m = unwrap(
    await t.client.call('member.create', {
      fullName,
      gender: 'male',
      birthDate: '1980-01-01',
      admittedOn: o.admittedOn ?? '2000-03-03',
      confirmedOn,
      orgUnitId: o.orgUnitId ?? village.id,
      category: o.category ?? 'outside',
      partyRole: o.partyRole ?? 'member',
      status: confirmedOn === null ? 'probationary' : 'official',
    }),
  );
  if (o.then) {
    const [status, fromDate, text] = o.then;
    const place = status === 'temporary' ? text : null;
    unwrap(await t.client.call('member.changeStatus', { id: m.id, status, fromDate, place, reason: place ? null : text }));
  }
}

const probationary = (admittedOn: string): Seed => ({ admittedOn, confirmedOn: null });

beforeEach(async () => {
  // "Today" is before the review date, as when the office prepares the round.
  t = openTempCore({ now: () => new Date('2026-11-21T09:00:00+07:00') });
  unwrap(await t.client.call('commune.setup', sampleCommune));
  const root = unwrap(await t.client.call('org.list')).find((u) => u.kind === 'commune')!;
  village = unwrap(await t.client.call('org.create', { parentId: root.id, kind: 'basic-cell', type: 'village', name: 'Chi bộ thôn Đông' }));
  const school = unwrap(await t.client.call('org.create', { parentId: root.id, kind: 'basic-committee', type: 'school', name: 'Đảng bộ Trường Liên cấp' }));
  mathCell = unwrap(await t.client.call('org.create', { parentId: school.id, kind: 'cell', type: 'school', name: 'Chi bộ tổ Toán' }));
  unwrap(await t.client.call('year.create', { year: 2026 }));

  await seed('Nguyễn Văn An', { partyRole: 'secretary', category: 'leader' });
  await seed('Trần Thị Bình', probationary('2026-01-10'));
  await seed('Lê Văn Cường', { then: ['exempt', '2026-05-01', 'QĐ 12-QĐ/ĐU ngày 25/4/2026, tuổi cao sức yếu'] });
  await seed('Phạm Văn Dũng', { then: ['suspended', '2026-09-01', 'QĐ 30-QĐ/UBKT ngày 28/8/2026'] });
  await seed('Hoàng Thị Hoa', probationary('2026-07-01'));
  await seed('Vũ Văn Khánh', probationary('2026-06-01'));
  await seed('Đặng Văn Long', probationary('2026-06-02'));
  await seed('Bùi Thị Mai', { confirmedOn: '2012-04-04', admittedOn: '2011-04-04', then: ['temporary', '2026-03-01', 'Chi bộ khu phố 3, phường Bến Thành'] });
  await seed('Đỗ Văn Nam', { ...probationary('2026-02-01'), then: ['temporary', '2026-08-01', 'Chi bộ thôn Bắc, xã Tân Lập'] });
  await seed('Ngô Văn Phúc', { then: ['transferred-out', '2026-04-01', 'Chuyển sinh hoạt đến Đảng bộ phường Hà Đông'] });
  await seed('Dương Văn Quang', { then: ['deceased', '2026-02-01', 'Từ trần'] });
  await seed('Lý Văn Sơn', { then: ['left', '2026-03-15', 'QĐ xóa tên 05-QĐ/ĐU'] });
  await seed('Mai Thị Thu', { orgUnitId: mathCell.id, category: 'staff' });
});
afterEach(() => t.cleanup());

function byName(view: EligibilityView): Record<string, EligibilityMember> {
  return Object.fromEntries(view.units.flatMap((u) => u.members).map((m) => [m.fullName, m]));
}

describe('eligibility.get', () => {
  it('gives every member of the roll the right flags, form and reason at the review date 01/12/2026', async () => {
    const view = unwrap(await t.client.call('eligibility.get', { year: 2026 }));
    expect(view).toMatchObject({ reviewYear: 2026, reviewDate: '2026-12-01', ruleSet: 'QD366-2025' });
    const m = byName(view);
    const flags = (name: string) => {
      const row = m[name]!;
      return [row.reviewed, row.classified, row.canVote, row.reasons.map((r) => r.code), row.notes.map((n) => n.code)];
    };
    expect(flags('Nguyễn Văn An')).toEqual([true, true, true, [], []]);
    expect(flags('Trần Thị Bình')).toEqual([true, true, false, ['member-probationary'], []]);
    expect(flags('Lê Văn Cường')).toEqual([false, false, false, ['member-exempt'], []]);
    expect(flags('Phạm Văn Dũng')).toEqual([false, false, false, ['member-suspended'], []]);
    expect(flags('Hoàng Thị Hoa')).toEqual([false, false, false, ['member-admitted-recently'], []]);
    // Admitted 2026-06-01: six calendar months are reached exactly on 2026-12-01.
    expect(flags('Vũ Văn Khánh')).toEqual([true, true, false, ['member-probationary'], []]);
    expect(flags('Đặng Văn Long')).toEqual([false, false, false, ['member-admitted-recently'], []]);
    expect(flags('Bùi Thị Mai')).toEqual([true, true, true, [], ['temporary-attendance']]);
    expect(flags('Đỗ Văn Nam')).toEqual([true, true, false, ['member-probationary'], ['temporary-attendance']]);

    expect(m['Nguyễn Văn An']!.form).toBe('02A');
    expect(m['Mai Thị Thu']!.form).toBe('02B');
    expect(m['Trần Thị Bình']!.form).toBe('02C');
    expect(m['Hoàng Thị Hoa']!.reasons[0]!.message).toBe(
      'Đảng viên kết nạp ngày 01/07/2026, đến ngày kiểm điểm 01/12/2026 chưa đủ 6 tháng (đủ từ ngày 01/01/2027): không kiểm điểm, không xếp loại chất lượng.',
    );
    expect(m['Lê Văn Cường']!.reasons[0]!.ref).toBe('QĐ 366-QĐ/TW, Điều 5, khoản 2');
    expect(m['Bùi Thị Mai']).toMatchObject({ status: 'temporary', reviewStatus: 'official' });
    expect(m['Bùi Thị Mai']!.notes[0]).toMatchObject({ ref: 'HD 43-HD/BTCTW, mục 7.6' });
    expect(m['Bùi Thị Mai']!.notes[0]!.message).toContain('Chi bộ khu phố 3, phường Bến Thành');
    expect(m['Đỗ Văn Nam']!.reviewStatus).toBe('probationary');

    for (const gone of ['Ngô Văn Phúc', 'Dương Văn Quang', 'Lý Văn Sơn']) expect(m[gone]).toBeUndefined();
  });

  it('counts per cell and in total, cells in tree order, the bí thư first', async () => {
    const view = unwrap(await t.client.call('eligibility.get', { year: 2026 }));
    expect(view.units.map((u) => [u.name, u.basicOrgId])).toEqual([
      ['Chi bộ thôn Đông', village.id],
      ['Chi bộ tổ Toán', mathCell.parentId],
    ]);
    expect(view.units[0]!.counts).toEqual({ onRoll: 9, reviewed: 5, classified: 5, voters: 2 });
    expect(view.units[1]!.counts).toEqual({ onRoll: 1, reviewed: 1, classified: 1, voters: 1 });
    expect(view.totals).toEqual({ onRoll: 10, reviewed: 6, classified: 6, voters: 3 });
    expect(view.units[0]!.members[0]!.fullName).toBe('Nguyễn Văn An');
  });

  it('follows the review date of the year’s settings', async () => {
    unwrap(await t.client.call('year.update', { year: 2026, settings: { reviewDate: '2026-12-02' } }));
    const m = byName(unwrap(await t.client.call('eligibility.get', { year: 2026 })));
    expect(m['Đặng Văn Long']).toMatchObject({ reviewed: true, classified: true, canVote: false });
  });

  it('refuses a year that has not been created', async () => {
    const r = await t.client.call('eligibility.get', { year: 2027 });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found', details: { path: 'year' } } });
  });
});

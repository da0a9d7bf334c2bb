// The register through the real core on a temporary database, over the in-process transport:
// set-up, org tree, members, and every refusal of bad input (nothing written).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, sampleCommune, unwrap, type TempCore } from '../support/temp-core';
import type { OrgUnit } from '../../shared/domain/org-unit';

let t: TempCore;
let root: OrgUnit;
let cell: OrgUnit;
const fixedNow = () => new Date('2026-11-21T09:00:00+07:00');

const memberInput = (patch: Record<string, unknown> = {}) => ({
  fullName: 'Nguyễn Văn An',
  gender: 'male' as const,
  birthDate: '1970-05-01',
  citizenId: '025070001234',
  cardNo: '12345678',
  admittedOn: '1995-03-03',
  confirmedOn: '1996-03-03',
  orgUnitId: cell.id,
  category: 'outside' as const,
  status: 'official' as const,
  ...patch,
});

beforeEach(async () => {
  t = openTempCore({ now: fixedNow });
  unwrap(await t.client.call('commune.setup', sampleCommune));
  root = unwrap(await t.client.call('org.list')).find((u) => u.kind === 'commune')!;
  cell = unwrap(await t.client.call('org.create', { parentId: root.id, kind: 'basic-cell', type: 'village', name: 'Chi bộ thôn Đông' }));
});
afterEach(() => t.cleanup());

describe('set-up', () => {
  it('creates the commune with its root org unit and refuses a second set-up', async () => {
    const info = unwrap(await t.client.call('app.info'));
    expect(info.hasCommune).toBe(true);
    expect(root.name).toBe('Đảng bộ xã Xuân Hòa');
    const again = await t.client.call('commune.setup', sampleCommune);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('already-set-up');
  });
  it('refuses invalid input over the transport with a Vietnamese message naming the field', async () => {
    const r = await t.client.call('commune.update', { ...sampleCommune, placeName: '   ' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'Địa danh ghi trên văn bản: không được để trống.', details: { path: 'placeName' } } });
    expect(unwrap(await t.client.call('commune.get'))!.placeName).toBe('Xuân Hòa');
  });
  it('refuses unknown methods and wrongly typed input', async () => {
    expect(await t.core.dispatch('member.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await t.core.dispatch('org.rename', { id: 5 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await t.core.dispatch('app.info', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('org tree', () => {
  it('adds a đảng bộ cơ sở with a cell, moves the cell, refuses moving a unit under itself', async () => {
    const school = unwrap(await t.client.call('org.create', { parentId: root.id, kind: 'basic-committee', type: 'school', name: 'Đảng bộ Trường Liên cấp' }));
    const police = unwrap(await t.client.call('org.create', { parentId: root.id, kind: 'basic-committee', type: 'police', name: 'Đảng bộ Công an xã' }));
    const math = unwrap(await t.client.call('org.create', { parentId: school.id, kind: 'cell', type: 'school', name: 'Chi bộ tổ Toán' }));
    expect(unwrap(await t.client.call('org.move', { id: math.id, newParentId: police.id })).parentId).toBe(police.id);
    const self = await t.client.call('org.move', { id: police.id, newParentId: police.id });
    expect(self).toMatchObject({ ok: false, error: { code: 'invalid-move' } });
    const under = await t.client.call('org.move', { id: police.id, newParentId: math.id });
    expect(under.ok).toBe(false);
    const cellUnderRoot = await t.client.call('org.create', { parentId: root.id, kind: 'cell', type: 'village', name: 'Sai chỗ' });
    expect(cellUnderRoot).toMatchObject({ ok: false, error: { code: 'invalid-placement' } });
  });
  it('renames a unit', async () => {
    const renamed = unwrap(await t.client.call('org.rename', { id: cell.id, name: 'Chi bộ thôn Đông Hòa' }));
    expect(renamed.name).toBe('Chi bộ thôn Đông Hòa');
  });
  it('refuses closing a unit that still has members, then closes it once they are transferred', async () => {
    const other = unwrap(await t.client.call('org.create', { parentId: root.id, kind: 'basic-cell', type: 'village', name: 'Chi bộ thôn Tây' }));
    const m = unwrap(await t.client.call('member.create', memberInput()));
    const refused = await t.client.call('org.close', { id: cell.id, closedOn: '2026-07-01', reason: 'Sáp nhập thôn' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'has-members' } });
    expect(unwrap(await t.client.call('org.list')).find((u) => u.id === cell.id)!.closedOn).toBeNull();
    unwrap(await t.client.call('member.transfer', { id: m.id, toOrgUnitId: other.id, onDate: '2026-07-01', reason: 'Sáp nhập thôn' }));
    const closed = unwrap(await t.client.call('org.close', { id: cell.id, closedOn: '2026-07-01', reason: 'Sáp nhập thôn' }));
    expect(closed.closedOn).toBe('2026-07-01');
    const intoClosed = await t.client.call('member.create', memberInput({ citizenId: null, cardNo: null, orgUnitId: cell.id }));
    expect(intoClosed).toMatchObject({ ok: false, error: { details: { path: 'orgUnitId' } } });
  });
});

describe('members', () => {
  it('adds, reads, lists in name order and edits a member', async () => {
    unwrap(await t.client.call('member.create', memberInput()));
    unwrap(await t.client.call('member.create', memberInput({ fullName: 'Trần Thị Bình', gender: 'female', citizenId: '025170001235', cardNo: '12345679' })));
    unwrap(await t.client.call('member.create', memberInput({ fullName: 'Đặng Văn Ân', citizenId: null, cardNo: null })));
    const list = unwrap(await t.client.call('member.list', {}));
    expect(list.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Đặng Văn Ân', 'Trần Thị Bình']);
    expect(list[1]!.searchKey).toBe('dang van an');
    const edited = unwrap(await t.client.call('member.update', { id: list[0]!.id, data: { ...memberInput(), fullName: 'Nguyễn Văn Anh', phone: '0912345678' } }));
    expect(edited.fullName).toBe('Nguyễn Văn Anh');
    const detail = unwrap(await t.client.call('member.get', { id: list[0]!.id }));
    expect(detail.member.phone).toBe('0912345678');
    expect(detail.statusHistory).toMatchObject([{ status: 'official', fromDate: '1996-03-03', toDate: null }]);
  });
  it('refuses duplicate CCCD and số thẻ, naming the other member, and writes nothing', async () => {
    unwrap(await t.client.call('member.create', memberInput()));
    const dupId = await t.client.call('member.create', memberInput({ fullName: 'Lê Văn Cường', cardNo: '87654321' }));
    expect(dupId).toMatchObject({ ok: false, error: { code: 'duplicate-citizen-id', details: { path: 'citizenId' } } });
    if (!dupId.ok) expect(dupId.error.message).toContain('Nguyễn Văn An');
    const dupCard = await t.client.call('member.create', memberInput({ fullName: 'Lê Văn Cường', citizenId: '025070009999' }));
    expect(dupCard).toMatchObject({ ok: false, error: { code: 'duplicate-card-no', details: { path: 'cardNo' } } });
    expect(unwrap(await t.client.call('member.list', {}))).toHaveLength(1);
  });
  it('refuses impossible and future dates and a bad CCCD', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ citizenId: '12345' }, 'citizenId'],
      [{ confirmedOn: '1990-01-01' }, 'confirmedOn'],
      [{ birthDate: '2027-01-01' }, 'birthDate'],
      [{ admittedOn: '1995-02-30' }, 'admittedOn'],
    ];
    for (const [patch, field] of cases) {
      const r = await t.client.call('member.create', memberInput(patch));
      expect(r.ok, JSON.stringify(patch)).toBe(false);
      if (!r.ok) expect((r.error.details as { path: string }).path).toBe(field);
    }
    expect(unwrap(await t.client.call('member.list', {}))).toHaveLength(0);
  });
  it('changes status with history and refuses inconsistent changes', async () => {
    const m = unwrap(await t.client.call('member.create', memberInput({ status: 'probationary', confirmedOn: null, admittedOn: '2026-02-01', birthDate: '2000-01-01', citizenId: null, cardNo: null })));
    expect((await t.client.call('member.changeStatus', { id: m.id, status: 'official', fromDate: '2026-01-01', reason: null })).ok).toBe(false);
    const official = unwrap(await t.client.call('member.changeStatus', { id: m.id, status: 'official', fromDate: '2026-11-01', reason: 'Quyết định số 12-QĐ/ĐU' }));
    expect(official.confirmedOn).toBe('2026-11-01');
    expect(await t.client.call('member.changeStatus', { id: m.id, status: 'temporary', fromDate: '2026-11-10' })).toMatchObject({ ok: false, error: { details: { path: 'place' } } });
    expect(await t.client.call('member.changeStatus', { id: m.id, status: 'exempt', fromDate: '2026-11-10' })).toMatchObject({ ok: false, error: { details: { path: 'reason' } } });
    unwrap(await t.client.call('member.changeStatus', { id: m.id, status: 'temporary', fromDate: '2026-11-10', place: 'Chi bộ Công ty ABC, Hà Nội' }));
    const detail = unwrap(await t.client.call('member.get', { id: m.id }));
    expect(detail.statusHistory.map((h) => [h.status, h.fromDate, h.toDate])).toEqual([
      ['probationary', '2026-02-01', '2026-10-31'],
      ['official', '2026-11-01', '2026-11-09'],
      ['temporary', '2026-11-10', null],
    ]);
  });
  it('transfers a member between cells with history', async () => {
    const other = unwrap(await t.client.call('org.create', { parentId: root.id, kind: 'basic-cell', type: 'village', name: 'Chi bộ thôn Tây' }));
    const m = unwrap(await t.client.call('member.create', memberInput()));
    expect(await t.client.call('member.transfer', { id: m.id, toOrgUnitId: root.id, onDate: '2026-10-01' })).toMatchObject({ ok: false, error: { details: { path: 'toOrgUnitId' } } });
    unwrap(await t.client.call('member.transfer', { id: m.id, toOrgUnitId: other.id, onDate: '2026-10-01', reason: 'Chuyển nơi ở' }));
    const detail = unwrap(await t.client.call('member.get', { id: m.id }));
    expect(detail.member.orgUnitId).toBe(other.id);
    expect(detail.transfers).toMatchObject([{ fromOrgUnitId: cell.id, toOrgUnitId: other.id, onDate: '2026-10-01' }]);
    expect(await t.client.call('member.update', { id: m.id, data: { ...memberInput(), orgUnitId: cell.id } })).toMatchObject({ ok: false, error: { code: 'use-transfer' } });
  });
  it('records discipline and awards', async () => {
    const m = unwrap(await t.client.call('member.create', memberInput()));
    unwrap(await t.client.call('member.addDiscipline', { memberId: m.id, kind: 'reprimand', decidedOn: '2026-03-01', body: 'Chi bộ thôn Đông', reason: 'Vi phạm quy định sinh hoạt', dutyRelated: true }));
    unwrap(await t.client.call('member.addAward', { memberId: m.id, title: 'Giấy khen', decidedOn: '2025-12-20', body: 'Đảng ủy xã' }));
    const detail = unwrap(await t.client.call('member.get', { id: m.id }));
    expect(detail.disciplines).toMatchObject([{ kind: 'reprimand', dutyRelated: true }]);
    expect(detail.awards).toMatchObject([{ title: 'Giấy khen' }]);
  });
  it('stores decomposed input as NFC', async () => {
    const m = unwrap(await t.client.call('member.create', memberInput({ fullName: 'Phạm Thị Hằng'.normalize('NFD'), hometown: 'Xã Xuân Hòa'.normalize('NFD') })));
    const detail = unwrap(await t.client.call('member.get', { id: m.id }));
    expect(detail.member.fullName).toBe('Phạm Thị Hằng'.normalize('NFC'));
    expect(detail.member.hometown).toBe('Xã Xuân Hòa'.normalize('NFC'));
  });
});

describe('dashboard', () => {
  it('counts members by status, category and unit', async () => {
    unwrap(await t.client.call('member.create', memberInput()));
    unwrap(await t.client.call('member.create', memberInput({ fullName: 'Trần Thị Bình', citizenId: null, cardNo: null, category: 'staff', status: 'probationary', confirmedOn: null, admittedOn: '2026-06-01' })));
    const d = unwrap(await t.client.call('dashboard.get'));
    expect(d.activeMembers).toBe(2);
    expect(d.byStatus.official).toBe(1);
    expect(d.byStatus.probationary).toBe(1);
    expect(d.byCategory).toEqual({ leader: 0, staff: 1, outside: 1 });
    expect(d.byOrgUnit.find((u) => u.orgUnitId === cell.id)).toMatchObject({ active: 2, official: 1, probationary: 1 });
    expect(d.missingCitizenId).toBe(1);
  });
});

describe('persistence', () => {
  it('keeps data across a restart on the same file', async () => {
    unwrap(await t.client.call('member.create', memberInput()));
    t.core.close();
    const again = openTempCore({ now: fixedNow }, t.dir);
    try {
      expect(unwrap(await again.client.call('member.list', {})).map((r) => r.fullName)).toEqual(['Nguyễn Văn An']);
    } finally {
      again.core.close();
    }
  });
});

// The Đảng ủy's decision numbers through the document numbering register: locking the recognition
// decision and re-rating (Mẫu 03) issue their QĐ number in the register in the same transaction as the
// decision — the next number by default, a higher typed one continues the register, a used one is
// refused, a lower gap needs confirming; a refused decision consumes no number and a refused number
// records no decision. Layer: test (core).
import { afterEach, describe, expect, it } from 'vitest';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import { runDemoMeeting, seedDemoCell, type DemoCell } from '../support/meeting-fixture';
import type { Result } from '../../shared/contract/result';

let t: TempCore;
let cell: DemoCell;

afterEach(() => t.cleanup());

async function world(options: { communeTerm?: boolean } = {}) {
  t = openTempCore({ now: () => new Date('2026-12-20T09:00:00+07:00') });
  cell = await seedDemoCell(t.client, options);
  await runDemoMeeting(cell);
}

function refused(r: Result<unknown>, code: string, path?: string): string {
  expect(r.ok).toBe(false);
  if (r.ok) return '';
  expect(r.error.code).toBe(code);
  if (path) expect(r.error.details).toMatchObject({ path });
  return r.error.message;
}

const decideAll = async () => {
  unwrap(await t.client.call('decision.setLevel', { year: 2026, memberId: cell.ids.hoa!, level: 'HTNV' }));
  unwrap(await t.client.call('decision.setLevel', { year: 2026, memberId: cell.ids.ha!, level: 'HTT', reason: 'Vượt tỷ lệ' }));
};
const lock = (decisionNo: string, extra: { fillGap?: boolean; decidedOn?: string } = {}) =>
  t.client.call('decision.lock', { year: 2026, scope: 'commune', decisionNo, decidedOn: extra.decidedOn ?? '2026-12-22', ...(extra.fillGap ? { fillGap: true } : {}) });
const nextQd = async () => unwrap(await t.client.call('documents.nextNumber', { orgUnitId: cell.rootId, typeCode: 'QĐ', issuedOn: '2026-12-22' }));
const qds = async () => unwrap(await t.client.call('documents.list', { orgUnitId: cell.rootId, typeCode: 'QĐ' }));
const recognitions = async () => unwrap(await t.client.call('decision.get', { year: 2026 })).recognitions;
/** Other decisions of the Đảng ủy earlier in the year: numbers 1 and 2. */
const issueEarlier = async () => {
  for (const title of ['Quyết định chuẩn y kết quả bầu cử chi ủy', 'Quyết định thành lập tổ giúp việc']) {
    unwrap(await t.client.call('documents.issue', { orgUnitId: cell.rootId, typeCode: 'QĐ', issuedOn: '2026-11-02', title }));
  }
};

describe('the recognition decision takes its number from the register', () => {
  it('issues the next QĐ number with the lock; the register goes on from it', async () => {
    await world();
    await issueEarlier();
    expect((await nextQd()).formatted).toBe('Số 03-QĐ/ĐU');
    await decideAll();
    const recognition = unwrap(await lock('03-QĐ/ĐU'));
    expect(recognition.decisionNo).toBe('03-QĐ/ĐU');
    const issued = (await qds()).find((d) => d.number === 3)!;
    expect(issued).toMatchObject({ formatted: 'Số 03-QĐ/ĐU', issuedOn: '2026-12-22', title: 'Quyết định công nhận kết quả đánh giá, xếp loại chất lượng năm 2026 của Đảng bộ xã Xuân Hòa', voidedOn: null });
    expect((await nextQd()).number).toBe(4);
  });

  it('refuses to void the number of the locked decision in the register, but voids another QĐ number', async () => {
    await world();
    await issueEarlier();
    await decideAll();
    unwrap(await lock('03-QĐ/ĐU'));
    const [first, , third] = (await qds()).sort((x, y) => x.number - y.number);
    const message = refused(await t.client.call('documents.void', { id: third!.id, reason: 'Nhầm' }), 'decision-in-force', 'id');
    expect(message).toContain('Số 03-QĐ/ĐU là số của quyết định công nhận kết quả xếp loại đã khóa ngày 22/12/2026');
    expect((await qds()).find((d) => d.number === 3)!.voidedOn).toBeNull();
    expect(unwrap(await t.client.call('documents.void', { id: first!.id, reason: 'Ban hành nhầm' })).voidedOn).toBe('2026-12-20');
  });

  it('accepts a higher number typed by the user ("Số 15", "15") and continues the register from it', async () => {
    await world();
    await decideAll();
    expect(unwrap(await lock('Số 15')).decisionNo).toBe('15-QĐ/ĐU');
    expect((await nextQd()).formatted).toBe('Số 16-QĐ/ĐU');
  });

  it('refuses a number already used and locks nothing', async () => {
    await world();
    await issueEarlier();
    await decideAll();
    const message = refused(await lock('02-QĐ/ĐU'), 'number-taken', 'decisionNo');
    expect(message).toContain('Số 02 của loại quyết định đã cấp ngày 02/11/2026 ("Quyết định thành lập tổ giúp việc")');
    expect(await recognitions()).toEqual([]);
    expect((await qds()).map((d) => d.number).sort()).toEqual([1, 2]);
    expect((await nextQd()).number).toBe(3);
  });

  it('consumes no number when the lock is refused (quota, rule gap)', async () => {
    await world();
    await issueEarlier();
    refused(await lock('03-QĐ/ĐU'), 'lock-blocked');
    expect((await qds()).map((d) => d.number).sort()).toEqual([1, 2]);
    expect((await nextQd()).number).toBe(3);
  });

  it('needs a confirmation for a lower number never used (a gap), then issues it', async () => {
    await world();
    await issueEarlier();
    unwrap(await t.client.call('documents.issue', { orgUnitId: cell.rootId, typeCode: 'QĐ', issuedOn: '2026-11-10', title: 'Quyết định ban hành quy chế', number: 6 }));
    await decideAll();
    expect(refused(await lock('04-QĐ/ĐU'), 'number-not-increasing', 'decisionNo')).toContain('phải xác nhận');
    expect(await recognitions()).toEqual([]);
    expect(unwrap(await lock('04-QĐ/ĐU', { fillGap: true })).decisionNo).toBe('04-QĐ/ĐU');
    expect((await nextQd()).number).toBe(7);
  });

  it('says clearly when the typed text is not a QĐ number of the Đảng ủy', async () => {
    await world();
    await decideAll();
    for (const text of ['15/QĐ-UBND', '15-BC/ĐU', '15-QĐ/CB', 'mười lăm']) {
      expect(refused(await lock(text), 'invalid-decision-no', 'decisionNo')).toMatch(/không đúng dạng số quyết định của Đảng ủy: hãy ghi số và ký hiệu như 16-QĐ\/ĐU/);
    }
    expect(await qds()).toEqual([]);
  });

  it('without a committee term of the Đảng ủy: refused, pointing to the Sổ văn bản, nothing locked', async () => {
    await world({ communeTerm: false });
    await decideAll();
    expect(refused(await lock('15-QĐ/ĐU'), 'no-term', 'decisionNo')).toContain('hãy mở mục “Sổ văn bản”, chọn Đảng bộ xã Xuân Hòa và nhập ngày bắt đầu nhiệm kỳ');
    expect(await recognitions()).toEqual([]);
  });
});

describe('the re-rating decision (Mẫu 03) takes its number from the register', () => {
  it('issues the next number; a used number or a refused re-rating consumes nothing and changes nothing', async () => {
    await world();
    await decideAll();
    unwrap(await lock('15-QĐ/ĐU'));
    const reRate = (decisionNo: string, newLevel: 'HTNV' | 'HTT' = 'HTNV') =>
      t.client.call('decision.reRate', { year: 2026, memberId: cell.ids.son!, newLevel, reason: 'Phát hiện vi phạm sau khi công nhận', decisionNo, decidedOn: '2026-12-28' });
    // Same level as now: refused before any number is issued.
    refused(await reRate('16-QĐ/ĐU', 'HTT'), 'invalid-input');
    expect((await nextQd()).number).toBe(16);
    // The lock's number: refused, the level stays.
    expect(refused(await reRate('15-QĐ/ĐU'), 'number-taken', 'decisionNo')).toContain('Quyết định công nhận kết quả đánh giá');
    const son = async () => unwrap(await t.client.call('decision.get', { year: 2026 })).subjects.find((s) => s.memberId === cell.ids.son)!;
    expect((await son()).finalLevel).toBe('HTT');
    expect((await son()).reRatings).toEqual([]);

    const record = unwrap(await reRate('16'));
    expect(record.decisionNo).toBe('16-QĐ/ĐU');
    expect((await qds()).find((d) => d.number === 16)).toMatchObject({ issuedOn: '2026-12-28', title: 'Quyết định đánh giá, xếp loại lại chất lượng năm 2026 đối với đồng chí Mai Văn Sơn' });
    expect((await nextQd()).number).toBe(17);
    expect((await son()).finalLevel).toBe('HTNV');
  });
});

// The document numbering register through the real core: numbers per issuing body and type run through
// the committee term (not reset yearly), the preview is editable before issuing, a number already issued
// is refused, a lower unused one (a gap) only with confirmation, a voided number is never reused, and — as a property over random
// sequences of operations — issued numbers per (body, type, term) are consecutive and unique.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openTempCore, sampleCommune, unwrap, type TempCore } from '../support/temp-core';
import type { IssuedDocument } from '../../shared/documents/register';

let t: TempCore;
let cellId: string;
let communeOrgId: string;

beforeEach(async () => {
  t = openTempCore({ now: () => new Date('2026-11-21T09:00:00+07:00') });
  unwrap(await t.client.call('commune.setup', sampleCommune));
  const root = unwrap(await t.client.call('org.list', {})).find((u) => u.kind === 'commune')!;
  communeOrgId = root.id;
  cellId = unwrap(await t.client.call('org.create', { parentId: root.id, kind: 'basic-cell', type: 'village', name: 'Chi bộ thôn Đông' })).id;
});
afterEach(() => t.cleanup());

// Results are read loosely here (value or error); the typed client is used where the shape matters.
const call = (m: string, i: unknown): Promise<any> => t.core.dispatch(m, i);

/** An issue result read loosely: `value` when it succeeded, `error` when refused. */
interface Issued {
  ok: boolean;
  value: IssuedDocument;
  error?: { code: string; message: string; details?: unknown };
}

function okValue(r: Issued): IssuedDocument {
  if (!r.ok) throw new Error(`expected ok, got ${r.error?.code}: ${r.error?.message}`);
  return r.value;
}

async function issue(orgUnitId: string, typeCode: string, issuedOn: string, number?: number): Promise<Issued> {
  return call('documents.issue', { orgUnitId, typeCode, issuedOn, title: `Báo cáo kiểm điểm ${issuedOn}`, ...(number === undefined ? {} : { number }) });
}

describe('document numbering register', () => {
  it('refuses to number before the committee term is known', async () => {
    const r = await call('documents.nextNumber', { orgUnitId: cellId, typeCode: 'BC', issuedOn: '2026-12-05' });
    expect(r.error?.code).toBe('no-term');
    expect(r.error?.message).toMatch(/nhiệm kỳ/);
  });

  it('numbers per body and type through the term, across years, and prints "Số 03-BC/CB"', async () => {
    unwrap(await t.client.call('documents.setTerm', { orgUnitId: cellId, startsOn: '2025-05-20', label: 'Nhiệm kỳ 2025–2030' }));
    unwrap(await t.client.call('documents.setTerm', { orgUnitId: communeOrgId, startsOn: '2025-07-01' }));
    expect((await issue(cellId, 'BC', '2025-12-01')).value.formatted).toBe('Số 01-BC/CB');
    expect((await issue(cellId, 'BC', '2026-01-10')).value.number).toBe(2); // not reset in the new year
    expect((await issue(cellId, 'BB', '2026-01-10')).value.formatted).toBe('Số 01-BB/CB');
    expect((await issue(communeOrgId, 'BC', '2026-01-11')).value.formatted).toBe('Số 01-BC/ĐU');
    const preview = unwrap(await t.client.call('documents.nextNumber', { orgUnitId: cellId, typeCode: 'BC', issuedOn: '2026-12-05' }));
    expect(preview).toMatchObject({ number: 3, formatted: 'Số 03-BC/CB', termStartsOn: '2025-05-20', issuerCode: 'CB' });
    expect((await call('documents.nextNumber', { orgUnitId: cellId, typeCode: 'XX' })).error).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('Loại văn bản') });
    const list = unwrap(await t.client.call('documents.list', { orgUnitId: cellId, year: 2026 }));
    expect(list.map((d) => d.formatted)).toEqual(['Số 01-BB/CB', 'Số 02-BC/CB']);
  });

  it('accepts an edited higher number, refuses a taken or lower one, and never reuses a voided number', async () => {
    unwrap(await t.client.call('documents.setTerm', { orgUnitId: cellId, startsOn: '2025-05-20' }));
    okValue(await issue(cellId, 'BC', '2026-01-05'));
    const skipped = okValue(await issue(cellId, 'BC', '2026-02-05', 7)); // six paper documents issued outside the app
    expect(skipped.number).toBe(7);
    const taken = await issue(cellId, 'BC', '2026-03-05', 7);
    expect(taken.error).toMatchObject({ code: 'number-taken', details: { path: 'number' } });
    expect(taken.error!.message).toContain('Số tiếp theo là 08');
    expect((await issue(cellId, 'BC', '2026-03-05', 4)).error?.code).toBe('number-not-increasing');
    expect((await issue(cellId, 'BC', '2026-01-01')).error?.code).toBe('date-before-last');
    const eight = okValue(await issue(cellId, 'BC', '2026-03-05'));
    const voided = unwrap(await t.client.call('documents.void', { id: eight.id, reason: 'Ghi nhầm trích yếu' }));
    expect(voided.voidedOn).toBe('2026-11-21');
    expect((await call('documents.void', { id: eight.id, reason: 'lần hai' })).error?.code).toBe('already-voided');
    expect((await issue(cellId, 'BC', '2026-03-06')).value.number).toBe(9);
    expect((await issue(cellId, 'BC', '2026-03-07', 8)).error?.code).toBe('number-taken');
  });

  it('edited numbers: consecutive by default, a higher one continues from it, a gap only when confirmed, a voided one stays used', async () => {
    unwrap(await t.client.call('documents.setTerm', { orgUnitId: communeOrgId, startsOn: '2025-07-01', label: 'Nhiệm kỳ 2025–2030' }));
    const qd = (issuedOn: string, extra: { number?: number; fillGap?: boolean } = {}): Promise<Issued> =>
      call('documents.issue', { orgUnitId: communeOrgId, typeCode: 'QĐ', issuedOn, title: `Quyết định ${issuedOn}`, ...extra });
    // Consecutive: 1, 2, 3 without editing.
    expect([(await qd('2025-08-01')).value.number, (await qd('2025-08-02')).value.number, (await qd('2025-08-03')).value.number]).toEqual([1, 2, 3]);
    // Twelve paper decisions were issued outside the app: the office types 16 and the register continues from it.
    expect(okValue(await qd('2025-09-01', { number: 16 })).formatted).toBe('Số 16-QĐ/ĐU');
    expect(unwrap(await t.client.call('documents.nextNumber', { orgUnitId: communeOrgId, typeCode: 'QĐ', issuedOn: '2025-09-02' })).formatted).toBe('Số 17-QĐ/ĐU');
    // Reuse is refused, with the next number in the message; nothing is written.
    const reuse = await qd('2025-09-02', { number: 2 });
    expect(reuse.error).toMatchObject({ code: 'number-taken', details: { path: 'number' } });
    expect(reuse.error!.message).toMatch(/^Số 02 của loại quyết định đã cấp ngày 02\/08\/2025/);
    // A lower number never issued (a gap) needs the user's confirmation.
    const gap = await qd('2025-09-02', { number: 5 });
    expect(gap.error?.code).toBe('number-not-increasing');
    expect(gap.error!.message).toContain('phải xác nhận');
    expect(okValue(await qd('2025-09-02', { number: 5, fillGap: true })).formatted).toBe('Số 05-QĐ/ĐU');
    expect((await qd('2025-09-03', { number: 5, fillGap: true })).error?.code).toBe('number-taken');
    // Filling a gap does not move the sequence back.
    expect(okValue(await qd('2025-09-03')).number).toBe(17);
    // A voided number stays used: neither the next number nor an edit gives it again, even confirmed.
    const voided = unwrap(await t.client.call('documents.void', { id: (await qd('2025-09-04')).value.id, reason: 'Ban hành nhầm' }));
    expect(voided).toMatchObject({ number: 18, voidReason: 'Ban hành nhầm' });
    expect((await qd('2025-09-05', { number: 18, fillGap: true })).error?.code).toBe('number-taken');
    expect(okValue(await qd('2025-09-05')).number).toBe(19);
    const list = unwrap(await t.client.call('documents.list', { orgUnitId: communeOrgId, typeCode: 'QĐ' }));
    expect(list.map((d) => d.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 5, 16, 17, 18, 19]);
    expect(list.find((d) => d.number === 18)?.voidedOn).toBe('2026-11-21');
    expect((await call('documents.issue', { orgUnitId: communeOrgId, typeCode: 'QĐ', issuedOn: '2025-09-06', title: 'x', number: 0 })).error?.message).toContain('từ 1 trở lên');
  });

  it('restarts at 1 in a new term and refuses a term that would start before issued documents', async () => {
    unwrap(await t.client.call('documents.setTerm', { orgUnitId: cellId, startsOn: '2020-06-01' }));
    okValue(await issue(cellId, 'BC', '2024-12-01'));
    okValue(await issue(cellId, 'BC', '2025-01-03'));
    expect((await call('documents.setTerm', { orgUnitId: cellId, startsOn: '2025-01-01' })).error?.code).toBe('term-overlaps-documents');
    unwrap(await t.client.call('documents.setTerm', { orgUnitId: cellId, startsOn: '2025-05-20' }));
    expect((await call('documents.setTerm', { orgUnitId: cellId, startsOn: '2025-05-20' })).error?.code).toBe('duplicate-term');
    expect((await issue(cellId, 'BC', '2025-06-01')).value.number).toBe(1);
    expect(unwrap(await t.client.call('documents.terms', { orgUnitId: cellId })).map((x) => x.startsOn)).toEqual(['2020-06-01', '2025-05-20']);
  });

  it('the database itself refuses to delete or renumber an issued document', async () => {
    unwrap(await t.client.call('documents.setTerm', { orgUnitId: cellId, startsOn: '2025-05-20' }));
    const d = okValue(await issue(cellId, 'BC', '2026-01-05'));
    t.core.close();
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(t.dbPath);
    expect(() => raw.prepare('DELETE FROM issued_document WHERE id = ?').run(d.id)).toThrow(/never deleted/);
    expect(() => raw.prepare('UPDATE issued_document SET number = 5 WHERE id = ?').run(d.id)).toThrow(/never change/);
    raw.close();
  });

  it('property: issued numbers per (body, type, term) are consecutive from 1 and unique, whatever is voided or refused', async () => {
    unwrap(await t.client.call('documents.setTerm', { orgUnitId: cellId, startsOn: '2025-01-01' }));
    unwrap(await t.client.call('documents.setTerm', { orgUnitId: communeOrgId, startsOn: '2025-01-01' }));
    const op = fc.record({
      body: fc.constantFrom('cell', 'commune'),
      type: fc.constantFrom('BC', 'BB', 'QĐ'),
      action: fc.constantFrom('issue', 'issue', 'issue', 'void', 'retake'),
      pick: fc.nat(50),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const day = '2026-06-15';
        for (const o of ops) {
          const orgUnitId = o.body === 'cell' ? cellId : communeOrgId;
          const mine = unwrap(await t.client.call('documents.list', { orgUnitId, typeCode: o.type as 'BC' }));
          if (o.action === 'issue') okValue(await issue(orgUnitId, o.type, day));
          else if (mine.length > 0) {
            const target = mine[o.pick % mine.length]!;
            if (o.action === 'void' && !target.voidedOn) unwrap(await t.client.call('documents.void', { id: target.id, reason: 'Hủy để thử' }));
            if (o.action === 'retake') expect((await issue(orgUnitId, o.type, day, target.number)).error?.code).toBe('number-taken');
          }
        }
        for (const orgUnitId of [cellId, communeOrgId]) {
          for (const type of ['BC', 'BB', 'QĐ'] as const) {
            const numbers = unwrap(await t.client.call('documents.list', { orgUnitId, typeCode: type })).map((d) => d.number);
            expect(numbers).toEqual(numbers.map((_, i) => i + 1));
          }
        }
      }),
      { numRuns: 15 },
    );
  });
});

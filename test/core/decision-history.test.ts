// A member's review history: past years entered by hand under the record-only rule sets (checked by the
// rules engine, audited) or under QĐ 366 for a year decided on paper before the app, levels recognized in
// the app, and the flag for 5 consecutive HTXS years.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import { runDemoMeeting, seedDemoCell, type DemoCell } from '../support/meeting-fixture';

let t: TempCore;
let cell: DemoCell;

beforeEach(async () => {
  t = openTempCore({ now: () => new Date('2026-12-20T09:00:00+07:00') });
  cell = await seedDemoCell(t.client);
});
afterEach(() => t.cleanup());

const ruleSetOf = (year: number) => (year >= 2025 ? 'QD366-2025' : year >= 2023 ? 'QD124-2023' : 'QD132-2018');
const record = (key: string, year: number, level: 'HTXS' | 'HTT' | 'HTNV' | 'KHTNV', extra: Record<string, unknown> = {}) =>
  t.client.call('member.recordPastLevel', { memberId: cell.ids[key]!, year, level, ruleSet: ruleSetOf(year), ...extra } as never);

describe('past levels and the 5-year HTXS flag', () => {
  it('flags 5 consecutive HTXS years entered by hand, and a lower year breaks the run', async () => {
    for (const year of [2020, 2021, 2022, 2023]) unwrap(await record('hung', year, 'HTXS', { note: 'Theo hồ sơ lưu của chi bộ' }));
    let history = unwrap(await t.client.call('member.reviewHistory', { memberId: cell.ids.hung! }));
    expect(history).toMatchObject({ fullName: 'Nguyễn Văn Hùng', fiveConsecutiveHtxs: false, streaks: { current: { fromYear: 2020, toYear: 2023, length: 4 } } });
    history = unwrap(await record('hung', 2024, 'HTXS'));
    expect(history.fiveConsecutiveHtxs).toBe(true);
    expect(history.streaks.fiveConsecutive).toEqual({ fromYear: 2020, toYear: 2024 });
    expect(history.entries.map((e) => [e.year, e.level, e.source, e.ruleSet])).toEqual([
      [2020, 'HTXS', 'recorded', 'QD132-2018'],
      [2021, 'HTXS', 'recorded', 'QD132-2018'],
      [2022, 'HTXS', 'recorded', 'QD132-2018'],
      [2023, 'HTXS', 'recorded', 'QD124-2023'],
      [2024, 'HTXS', 'recorded', 'QD124-2023'],
    ]);
    expect(history.entries[0]!.reasons[0]).toMatchObject({ code: 'recorded-level' });
    // Correcting a typo replaces the year's entry and is audited.
    history = unwrap(await record('hung', 2022, 'HTT', { note: 'Sửa theo quyết định gốc' }));
    expect(history.fiveConsecutiveHtxs).toBe(false);
    expect(history.streaks.current).toEqual({ fromYear: 2023, toYear: 2024, length: 2 });
    const audit = unwrap(await t.client.call('audit.list', { entity: 'member', entityId: cell.ids.hung! }));
    expect(audit.map((a) => [a.field, a.oldValue, a.newValue])).toEqual([
      ['pastLevel.2020', null, 'HTXS'],
      ['pastLevel.2021', null, 'HTXS'],
      ['pastLevel.2022', null, 'HTXS'],
      ['pastLevel.2023', null, 'HTXS'],
      ['pastLevel.2024', null, 'HTXS'],
      ['pastLevel.2022', 'HTXS', 'HTT'],
    ]);
  });

  it('applies QĐ 124’s discipline rule: disciplined in the year means KHTNV unless the competent level decided otherwise', async () => {
    let history = unwrap(await record('lan', 2023, 'HTT', { discipline: true }));
    expect(history.entries[0]).toMatchObject({ year: 2023, level: 'KHTNV' });
    expect(history.entries[0]!.reasons.map((r) => r.code)).toEqual(['recorded-level', 'discipline-khtnv']);
    history = unwrap(await record('lan', 2023, 'HTT', { discipline: true, overrideReason: 'Tự phát hiện, tự khắc phục; BTV Đảng ủy xem xét' }));
    expect(history.entries[0]).toMatchObject({ level: 'HTT' });
  });

  it('refuses a year outside the rule set and a member not yet classified that year', async () => {
    const wrongSet = await t.client.call('member.recordPastLevel', { memberId: cell.ids.hung!, year: 2023, level: 'HTT', ruleSet: 'QD132-2018' });
    expect(wrongSet).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'Năm 2023 không thuộc phạm vi áp dụng của QĐ 132-QĐ/TW (2018–2022). Năm 2023 áp dụng QĐ 124-QĐ/TW.', details: { path: 'year' } },
    });
    const tooNew = await record('thu', 2024, 'HTT');
    expect(tooNew).toMatchObject({ ok: false, error: { code: 'not-classified' } });
    if (!tooNew.ok) expect(tooNew.error.message).toContain('Đồng chí Ngô Thị Thu không thuộc diện xếp loại năm 2024');
    expect(await t.client.call('member.reviewHistory', { memberId: 'nobody' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('records a QĐ 366 year decided on paper before the app (2025), with no points, and counts it for the 5-year flag', async () => {
    for (const year of [2021, 2022, 2023, 2024]) unwrap(await record('hung', year, 'HTXS'));
    const history = unwrap(await record('hung', 2025, 'HTXS', { note: 'Quyết định số 30-QĐ/ĐU ngày 20/12/2025' }));
    const e2025 = history.entries.find((e) => e.year === 2025)!;
    expect(e2025).toMatchObject({ level: 'HTXS', source: 'recorded', ruleSet: 'QD366-2025', decisionNo: null, note: 'Quyết định số 30-QĐ/ĐU ngày 20/12/2025' });
    expect(e2025.reasons).toEqual([expect.objectContaining({ code: 'recorded-level', message: expect.stringContaining('nhập từ hồ sơ giấy') })]);
    expect(history.fiveConsecutiveHtxs).toBe(true);
    expect(history.streaks.fiveConsecutive).toEqual({ fromYear: 2021, toYear: 2025 });
    const audit = unwrap(await t.client.call('audit.list', { entity: 'member', entityId: cell.ids.hung! }));
    expect(audit.at(-1)).toMatchObject({ field: 'pastLevel.2025', oldValue: null, newValue: 'HTXS' });
  });

  it('refuses under QĐ 366 the open review year, a year of another regulation, a discipline flag and a newly admitted member', async () => {
    const before = unwrap(await t.client.call('member.reviewHistory', { memberId: cell.ids.hung! }));
    const open = await record('hung', 2026, 'HTT');
    expect(open).toMatchObject({ ok: false, error: { code: 'invalid-input', details: { path: 'year' } } });
    if (!open.ok) expect(open.error.message).toMatch(/^Năm 2026 là đợt kiểm điểm đang làm trong phần mềm: kết quả do Đảng ủy quyết định trong phần mềm/);
    const old = await t.client.call('member.recordPastLevel', { memberId: cell.ids.hung!, year: 2024, level: 'HTT', ruleSet: 'QD366-2025' });
    expect(old).toMatchObject({ ok: false, error: { message: 'Năm 2024 không thuộc phạm vi áp dụng của QĐ 366-QĐ/TW (2025–nay). Năm 2024 áp dụng QĐ 124-QĐ/TW.', details: { path: 'year' } } });
    const under124 = await t.client.call('member.recordPastLevel', { memberId: cell.ids.hung!, year: 2025, level: 'HTT', ruleSet: 'QD124-2023' });
    expect(under124).toMatchObject({ ok: false, error: { message: 'Năm 2025 không thuộc phạm vi áp dụng của QĐ 124-QĐ/TW (2023–2024). Năm 2025 áp dụng QĐ 366-QĐ/TW.' } });
    const disciplined = await record('hung', 2025, 'KHTNV', { discipline: true });
    expect(disciplined).toMatchObject({ ok: false, error: { code: 'invalid-input', details: { path: 'discipline' } } });
    // Ngô Thị Thu was admitted in 2026: not classified in 2025.
    const notYet = await record('thu', 2025, 'HTT');
    expect(notYet).toMatchObject({ ok: false, error: { code: 'not-classified' } });
    expect(unwrap(await t.client.call('member.reviewHistory', { memberId: cell.ids.hung! }))).toEqual(before);
  });

  it('refuses a year in which the member was in a review meeting held in the app (the app decides it)', async () => {
    unwrap(await t.client.call('year.create', { year: 2025 }));
    unwrap(await t.client.call('meeting.create', { year: 2025, orgUnitId: cell.cellId }));
    const refused = await record('hung', 2025, 'HTXS');
    expect(refused).toMatchObject({ ok: false, error: { code: 'in-app-meeting', details: { path: 'year' } } });
    if (!refused.ok) expect(refused.error.message).toBe('Năm 2025 đồng chí Nguyễn Văn Hùng đã được kiểm điểm trong phần mềm: kết quả năm này do Đảng ủy quyết định trong phần mềm, không nhập tay.');
  });

  it('adds the levels the Đảng ủy recognized in the app', async () => {
    await runDemoMeeting(cell);
    unwrap(await t.client.call('decision.setLevel', { year: 2026, memberId: cell.ids.hoa!, level: 'HTNV' }));
    unwrap(await t.client.call('decision.setLevel', { year: 2026, memberId: cell.ids.ha!, level: 'HTT', reason: 'Vượt tỷ lệ' }));
    unwrap(await t.client.call('decision.lock', { year: 2026, scope: 'commune', decisionNo: '25-QĐ/ĐU', decidedOn: '2026-12-22' }));
    unwrap(await record('hung', 2024, 'HTXS'));
    let history = unwrap(await t.client.call('member.reviewHistory', { memberId: cell.ids.hung! }));
    expect(history.entries.map((e) => [e.year, e.level, e.source, e.decisionNo])).toEqual([
      [2024, 'HTXS', 'recorded', null],
      [2026, 'HTXS', 'decision', '25-QĐ/ĐU'],
    ]);
    // 2025 is missing: the run is broken.
    expect(history.streaks.current).toEqual({ fromYear: 2026, toYear: 2026, length: 1 });
    // The recognized year itself cannot be entered by hand; the paper result of 2025 (QĐ 366) closes the gap.
    expect(await record('hung', 2026, 'HTT')).toMatchObject({ ok: false, error: { code: 'already-recognized' } });
    for (const year of [2022, 2023, 2025]) unwrap(await record('hung', year, 'HTXS'));
    history = unwrap(await t.client.call('member.reviewHistory', { memberId: cell.ids.hung! }));
    expect(history.streaks.current).toEqual({ fromYear: 2022, toYear: 2026, length: 5 });
    expect(history.fiveConsecutiveHtxs).toBe(true);
  });
});

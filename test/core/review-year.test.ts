// Review years and criteria templates through the real core on a temporary database, over the
// in-process transport: defaults, copies with shifted dates, edits, every refusal (nothing stored),
// seeded templates, save, and the export → import → export round trip.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, sampleCommune, unwrap, type TempCore } from '../support/temp-core';
import { CRITERIA_FORMS } from '../../shared/review/criteria';
import { defaultCriteriaTemplate } from '../../shared/review/default-criteria';

let t: TempCore;
const fixedNow = () => new Date('2026-11-21T09:00:00+07:00');

beforeEach(async () => {
  t = openTempCore({ now: fixedNow });
  unwrap(await t.client.call('commune.setup', sampleCommune));
});
afterEach(() => t.cleanup());

/** Expects a refusal with this code and field path; returns the message. */
function refused(r: { ok: boolean; error?: { code: string; message: string; details?: unknown } }, code: string, path: string): string {
  expect(r.ok).toBe(false);
  expect(r.error?.code).toBe(code);
  expect(r.error?.details).toMatchObject({ path });
  expect(r.error!.message).toBe(r.error!.message.normalize('NFC'));
  return r.error!.message;
}

const plan2025 = {
  reviewDate: '2025-12-05',
  deadlines: { meetingsFrom: '2025-11-25', meetingsTo: '2025-12-15', decisionOn: '2025-12-25', reportOn: '2026-01-10' },
  quota: { ratePercent: 25 as const, denominator: 'htt+htxs' as const, scope: 'commune' as const, decisionRef: 'Quyết định 15-QĐ/ĐU ngày 20/11/2025' },
  vote: { method: 'strict' as const, denominator: 'present' as const },
  guidingDocument: { number: '01-HD/TU', issuedOn: '2025-11-11', issuer: 'Tỉnh ủy Phú Thọ' },
};

describe('review years', () => {
  it('creates a year from the defaults of rules.md and seeds the four example templates', async () => {
    const y = unwrap(await t.client.call('year.create', { year: 2026 }));
    expect(y.year).toBe(2026);
    expect(y.settings).toEqual({
      ruleSet: 'QD366-2025',
      reviewDate: '2026-12-01',
      deadlines: { meetingsFrom: null, meetingsTo: null, decisionOn: null, reportOn: null },
      quota: { ratePercent: 20, denominator: 'htt', scope: 'basic-org', decisionRef: null },
      vote: { method: 'cumulative', denominator: 'voters' },
      guidingDocument: { number: null, issuedOn: null, issuer: null },
    });
    expect(unwrap(await t.client.call('year.get', { year: 2026 }))).toEqual(y);
    for (const form of CRITERIA_FORMS) {
      const template = unwrap(await t.client.call('criteria.get', { year: 2026, form }));
      const example = defaultCriteriaTemplate(form);
      expect(template).toMatchObject({ form, reviewYear: 2026, source: 'default-example', title: example.title, note: example.note, totals: { common: 30, tasks: 70 } });
      expect(template.criteria).toEqual(example.criteria);
    }
  });

  it('edits the settings, then copies the year into the next one with every date shifted', async () => {
    unwrap(await t.client.call('year.create', { year: 2025 }));
    const edited = unwrap(await t.client.call('year.update', { year: 2025, settings: plan2025 }));
    expect(edited.settings).toEqual({ ruleSet: 'QD366-2025', ...plan2025 });
    // A template edited in 2025 travels to 2026.
    const custom = { title: 'Tiêu chí của tỉnh', note: null, criteria: [{ id: 'c', group: 'common' as const, title: 'Chung', maxPoints: 30 }, { id: 't', group: 'tasks' as const, title: 'Kết quả', maxPoints: 70 }] };
    unwrap(await t.client.call('criteria.save', { year: 2025, form: '02C', template: custom }));

    const copy = unwrap(await t.client.call('year.create', { year: 2026, copyFrom: 2025 }));
    expect(copy.settings).toEqual({
      ruleSet: 'QD366-2025',
      reviewDate: '2026-12-05',
      deadlines: { meetingsFrom: '2026-11-25', meetingsTo: '2026-12-15', decisionOn: '2026-12-25', reportOn: '2027-01-10' },
      quota: { ratePercent: 20, denominator: 'htt+htxs', scope: 'commune', decisionRef: null },
      vote: { method: 'strict', denominator: 'present' },
      guidingDocument: { number: '01-HD/TU', issuedOn: '2025-11-11', issuer: 'Tỉnh ủy Phú Thọ' },
    });
    const copied = unwrap(await t.client.call('criteria.get', { year: 2026, form: '02C' }));
    expect(copied).toMatchObject({ source: 'custom', title: 'Tiêu chí của tỉnh', criteria: [{ id: 'c' }, { id: 't' }] });
    expect(unwrap(await t.client.call('criteria.get', { year: 2026, form: '01' })).source).toBe('default-example');
    expect(unwrap(await t.client.call('year.list')).map((y) => y.year)).toEqual([2026, 2025]);
  });

  it('changes only the fields sent and clears a field sent as null', async () => {
    unwrap(await t.client.call('year.create', { year: 2026 }));
    unwrap(await t.client.call('year.update', { year: 2026, settings: { deadlines: { meetingsFrom: '2026-11-20', meetingsTo: '2026-12-10' } } }));
    const y = unwrap(await t.client.call('year.update', { year: 2026, settings: { deadlines: { meetingsTo: null }, vote: { method: 'strict' } } }));
    expect(y.settings.deadlines).toEqual({ meetingsFrom: '2026-11-20', meetingsTo: null, decisionOn: null, reportOn: null });
    expect(y.settings.vote).toEqual({ method: 'strict', denominator: 'voters' });
    expect(y.updatedAt).toBe(fixedNow().toISOString());
  });

  it('refuses bad input with a Vietnamese message naming the field, and stores nothing', async () => {
    const y = unwrap(await t.client.call('year.create', { year: 2026 }));
    const bad: [Record<string, unknown>, string, string, RegExp][] = [
      [{ ruleSet: 'QD999-2030' }, 'unknown-rule-set', 'settings.ruleSet', /Bộ quy tắc "QD999-2030" không tồn tại/],
      [{ quota: { ratePercent: 25 } }, 'invalid-input', 'settings.quota.decisionRef', /Tỷ lệ tối đa 25% cần ghi quyết định công nhận/],
      [{ deadlines: { meetingsFrom: '2026-12-10', meetingsTo: '2026-12-01' } }, 'invalid-input', 'settings.deadlines.meetingsTo', /không được trước/],
      [{ reviewDate: '2062-12-01' }, 'invalid-input', 'settings.reviewDate', /phải trong khoảng 01\/01\/2026 – 31\/03\/2027/],
      [{ deadlines: { reportOn: '2025-06-01' } }, 'invalid-input', 'settings.deadlines.reportOn', /Ngày báo cáo cấp trên/],
      [{ reviewDate: '2026-02-30' }, 'invalid-input', 'settings.reviewDate', /Ngày kiểm điểm \(ngày họp chi bộ\): ngày không hợp lệ/],
      [{ quota: { ratePercent: 30 } }, 'invalid-input', 'settings.quota.ratePercent', /chỉ được là 20 hoặc 25/],
      [{ vote: { denominator: 'everyone' } }, 'invalid-input', 'settings.vote.denominator', /Cách tính "quá nửa"/],
    ];
    for (const [settings, code, path, message] of bad) {
      const r = await t.client.call('year.update', { year: 2026, settings: settings as never });
      expect(refused(r, code, path), path).toMatch(message);
    }
    expect(unwrap(await t.client.call('year.get', { year: 2026 }))).toEqual(y);

    expect(refused(await t.client.call('year.create', { year: 2026 }), 'year-exists', 'year')).toBe(
      'Đợt kiểm điểm năm 2026 đã có; hãy mở đợt đó để sửa cài đặt.',
    );
    expect(refused(await t.client.call('year.create', { year: 2027, copyFrom: 2020 }), 'not-found', 'copyFrom')).toMatch(/năm 2020/);
    expect(refused(await t.client.call('year.create', { year: 1999 }), 'invalid-input', 'year')).toBe('Năm kiểm điểm: phải từ 2018 đến 2100.');
    expect(refused(await t.client.call('year.get', { year: 2030 }), 'not-found', 'year')).toMatch(/Chưa có đợt kiểm điểm năm 2030/);
    expect(unwrap(await t.client.call('year.list')).map((r) => r.year)).toEqual([2026]);
  });

  it('refuses a copy whose shifted dates leave the sane range, storing nothing', async () => {
    unwrap(await t.client.call('year.create', { year: 2025 }));
    // The guiding document is copied as it is: twelve years later it is older than the range allows.
    unwrap(await t.client.call('year.update', { year: 2025, settings: { guidingDocument: { number: '01-HD/TU', issuedOn: '2025-01-05' } } }));
    const r = await t.client.call('year.create', { year: 2037, copyFrom: 2025 });
    expect(refused(r, 'invalid-input', 'copyFrom')).toMatch(/Ngày ban hành văn bản hướng dẫn/);
    expect(unwrap(await t.client.call('year.list')).map((y) => y.year)).toEqual([2025]);
  });
});

describe('criteria templates', () => {
  beforeEach(async () => {
    unwrap(await t.client.call('year.create', { year: 2026 }));
  });

  it('saves an edited template with stable ids and refuses 28/70 without changing the stored one', async () => {
    const before = unwrap(await t.client.call('criteria.get', { year: 2026, form: '02C' }));
    const criteria = before.criteria.map((c) => (c.id === 'common-1' ? { ...c, maxPoints: 15 } : c.id === 'common-2' ? { ...c, maxPoints: 15 } : c));
    const saved = unwrap(await t.client.call('criteria.save', { year: 2026, form: '02C', template: { title: before.title, note: 'Theo HD 01-HD/TU', criteria } }));
    expect(saved).toMatchObject({ id: before.id, source: 'custom', note: 'Theo HD 01-HD/TU', totals: { common: 30, tasks: 70 } });
    expect(saved.criteria.map((c) => c.id)).toEqual(before.criteria.map((c) => c.id));

    const short = criteria.map((c) => (c.id === 'common-2' ? { ...c, maxPoints: 13 } : c));
    const r = await t.client.call('criteria.save', { year: 2026, form: '02C', template: { title: 'Sai', note: null, criteria: short } });
    expect(refused(r, 'criteria-sum-mismatch', 'template.criteria')).toBe('Nhóm tiêu chí chung cộng được 28 điểm; phải đúng 30 điểm.');
    expect(unwrap(await t.client.call('criteria.get', { year: 2026, form: '02C' }))).toEqual(saved);

    const zero = criteria.map((c, i) => (i === 2 ? { ...c, maxPoints: 0 } : c));
    expect(refused(await t.client.call('criteria.save', { year: 2026, form: '02C', template: { title: 'x', criteria: zero } }), 'invalid-input', 'template.criteria.2.maxPoints')).toMatch(
      /điểm tối đa phải lớn hơn 0/,
    );
    expect(refused(await t.client.call('criteria.get', { year: 2031, form: '02C' }), 'not-found', 'year')).toMatch(/năm 2031/);
  });

  it('export → import → export is byte-identical JSON, and the import marks the template as imported', async () => {
    const first = unwrap(await t.client.call('criteria.export', { year: 2026, form: '02A' }));
    expect(first).toMatchObject({ format: 'kiemdiem.criteria-template', version: 1, form: '02A', reviewYear: 2026 });
    const imported = unwrap(await t.client.call('criteria.import', { year: 2026, form: '02A', document: JSON.parse(JSON.stringify(first)) }));
    expect(imported.source).toBe('imported');
    const second = unwrap(await t.client.call('criteria.export', { year: 2026, form: '02A' }));
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('imports a province template with other points into the right form', async () => {
    const doc = unwrap(await t.client.call('criteria.export', { year: 2026, form: '02B' }));
    const province = { ...doc, title: 'Tiêu chí Tỉnh ủy Phú Thọ', criteria: doc.criteria.map((c) => (c.id === 'tasks-1' ? { ...c, maxPoints: 25.5 } : c.id === 'tasks-2' ? { ...c, maxPoints: 24.5 } : c)) };
    const stored = unwrap(await t.client.call('criteria.import', { year: 2026, form: '02B', document: province }));
    expect(stored).toMatchObject({ title: 'Tiêu chí Tỉnh ủy Phú Thọ', totals: { common: 30, tasks: 70 } });
    expect(stored.criteria.find((c) => c.id === 'tasks-1')!.maxPoints).toBe(25.5);
  });

  it('refuses a document for another form, of another format or version, or with bad sums — storing nothing', async () => {
    const doc = unwrap(await t.client.call('criteria.export', { year: 2026, form: '02A' }));
    const before = unwrap(await t.client.call('criteria.get', { year: 2026, form: '02C' }));
    const wrongForm = await t.client.call('criteria.import', { year: 2026, form: '02C', document: doc });
    expect(refused(wrongForm, 'wrong-form', 'document.form')).toBe(
      'Tệp là mẫu tiêu chí của Mẫu 02A; không nhập được vào Mẫu 02C (đảng viên không làm việc trong hệ thống chính trị).',
    );
    const cases: [unknown, string, string][] = [
      [{ ...doc, form: '02C', format: 'something-else' }, 'wrong-format', 'document.format'],
      [{ ...doc, form: '02C', version: 2 }, 'unsupported-version', 'document.version'],
      [{ ...doc, form: '02C', criteria: doc.criteria.slice(1) }, 'criteria-sum-mismatch', 'document.criteria'],
      ['{"format": "kiemdiem.criteria-template"}', 'wrong-format', 'document'],
      [undefined, 'wrong-format', 'document'],
    ];
    for (const [document, code, path] of cases) refused(await t.client.call('criteria.import', { year: 2026, form: '02C', document }), code, path);
    expect(unwrap(await t.client.call('criteria.get', { year: 2026, form: '02C' }))).toEqual(before);
  });
});

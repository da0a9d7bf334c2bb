// Criteria templates: the 30/70 sums in tenths, per-criterion rules, ids, the exchange document and the
// self-score sum — examples plus properties over arbitrary templates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCriteriaTemplate,
  CRITERIA_DOCUMENT_FORMAT,
  groupTotalsTenths,
  readCriteriaDocument,
  scoreFromCriteria,
  serializeCriteriaDocument,
  toCriteriaDocument,
  validateCriteriaTemplate,
  type CriteriaTemplate,
  type CriterionInput,
} from '../../../shared/review/criteria';
import { defaultCriteriaTemplate } from '../../../shared/review/default-criteria';

const template = (criteria: CriterionInput[], patch: Record<string, unknown> = {}) => ({ title: 'Mẫu thử', note: null, criteria, ...patch });
const crit = (group: 'common' | 'tasks', maxPoints: number, patch: Partial<CriterionInput> = {}): CriterionInput => ({
  group,
  title: `Tiêu chí ${group} ${maxPoints}`,
  maxPoints,
  ...patch,
});
const valid = () => template([crit('common', 20), crit('common', 10), crit('tasks', 40), crit('tasks', 30)]);

describe('checkCriteriaTemplate', () => {
  it('accepts a template whose groups sum to exactly 30 and 70 and assigns missing ids', () => {
    const r = validateCriteriaTemplate(valid());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.criteria.map((c) => c.id)).toEqual(['common-1', 'common-2', 'tasks-1', 'tasks-2']);
    expect(groupTotalsTenths(r.value.criteria)).toEqual({ common: 300, tasks: 700 });
  });

  it('adds tenths exactly: 10.1 + 19.9 = 30 and ten times 0.1 + 69 = 70 (floating point gives 69.99999…)', () => {
    const tenth = Array.from({ length: 10 }, () => crit('tasks', 0.1));
    const r = validateCriteriaTemplate(template([crit('common', 10.1), crit('common', 19.9), ...tenth, crit('tasks', 69)]));
    expect(r.ok).toBe(true);
  });

  it('refuses more than 100 criteria', () => {
    const r = validateCriteriaTemplate(template([crit('common', 30), ...Array.from({ length: 100 }, () => crit('tasks', 0.7))]));
    expect(r).toMatchObject({ ok: false, error: { details: { path: 'criteria' } } });
  });

  it('refuses 28/70 with the actual sum in Vietnamese and writes the sums into details', () => {
    const r = validateCriteriaTemplate(template([crit('common', 18), crit('common', 10), crit('tasks', 70)]));
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'criteria-sum-mismatch',
        message: 'Nhóm tiêu chí chung cộng được 28 điểm; phải đúng 30 điểm.',
        details: { path: 'criteria', sums: { common: 28, tasks: 70 } },
      },
    });
  });

  it('names both groups when both are wrong, with a decimal comma', () => {
    const r = validateCriteriaTemplate(template([crit('common', 31), crit('tasks', 68.5)]), 'template');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toBe(
      'Nhóm tiêu chí chung cộng được 31 điểm; phải đúng 30 điểm. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ cộng được 68,5 điểm; phải đúng 70 điểm.',
    );
    expect(r.error.details).toMatchObject({ path: 'template.criteria' });
  });

  it('refuses zero, negative and two-decimal maximums, blank titles, bad and duplicate ids — naming the field', () => {
    const cases: [CriterionInput[], string, RegExp][] = [
      [[crit('common', 0), crit('common', 30), crit('tasks', 70)], 'criteria.0.maxPoints', /phải lớn hơn 0/],
      [[crit('common', -5), crit('common', 35), crit('tasks', 70)], 'criteria.0.maxPoints', /phải lớn hơn 0 \(nhận được -5\)/],
      [[crit('common', 29.95), crit('common', 0.05), crit('tasks', 70)], 'criteria.0.maxPoints', /một chữ số thập phân \(nhận được 29,95\)/],
      [[crit('common', 30, { title: '   ' }), crit('tasks', 70)], 'criteria.0.title', /không được để trống/],
      [[crit('common', 30, { id: 'chung 1' }), crit('tasks', 70)], 'criteria.0.id', /chỉ được gồm/],
      [[crit('common', 30, { id: 'a' }), crit('tasks', 70, { id: 'a' })], 'criteria.1.id', /bị trùng/],
    ];
    for (const [criteria, path, message] of cases) {
      const r = validateCriteriaTemplate(template(criteria));
      expect(r.ok, path).toBe(false);
      if (r.ok) continue;
      expect(r.error.details).toMatchObject({ path });
      expect(r.error.message).toMatch(message);
    }
  });

  it('refuses structurally wrong input with a Vietnamese message and the path', () => {
    const r = validateCriteriaTemplate({ title: 'x', criteria: [{ group: 'other', title: 't', maxPoints: 30 }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.details).toMatchObject({ path: 'criteria.0.group' });
    expect(r.error.message).toMatch(/Nhóm tiêu chí/);
  });

  it('keeps given ids, puts common criteria first and normalizes text to NFC', () => {
    const decomposed = 'Tiêu chí'.normalize('NFD');
    const r = validateCriteriaTemplate(
      template([crit('tasks', 70, { id: 'kq' }), crit('common', 30, { title: `  ${decomposed}   chung `, help: '  ' })]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.criteria.map((c) => c.id)).toEqual(['common-1', 'kq']);
    expect(r.value.criteria[0]!.title).toBe('Tiêu chí chung');
    expect(r.value.criteria[0]!.help).toBeNull();
  });

  it('every template that passes sums to exactly 300 and 700 tenths (property)', () => {
    const tenths = fc.oneof(fc.integer({ min: -10, max: 400 }), fc.constantFrom(50, 100, 150, 200, 300, 350));
    const arb = fc.array(fc.record({ group: fc.constantFrom('common' as const, 'tasks' as const), tenths, odd: fc.boolean() }), { maxLength: 12 });
    fc.assert(
      fc.property(arb, (rows) => {
        const r = checkCriteriaTemplate(
          template(rows.map((row, i) => ({ group: row.group, title: `T${i}`, maxPoints: row.odd ? row.tenths / 10 + 0.001 : row.tenths / 10 }))),
        );
        if (r.ok) expect(groupTotalsTenths(r.value.criteria)).toEqual({ common: 300, tasks: 700 });
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every split of 30 and 70 into positive tenths, and refuses it once one maximum moves (property)', () => {
    const split = (total: number) =>
      fc.array(fc.integer({ min: 1, max: total - 1 }), { maxLength: 6 }).map((cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const edges = [0, ...points, total];
        return edges.slice(1).map((e, i) => e - edges[i]!);
      });
    fc.assert(
      fc.property(split(300), split(700), fc.integer({ min: -5, max: 5 }).filter((d) => d !== 0), (common, tasks, delta) => {
        const criteria = [...common.map((t) => crit('common', t / 10)), ...tasks.map((t) => crit('tasks', t / 10))];
        expect(checkCriteriaTemplate(template(criteria)).ok).toBe(true);
        const moved = criteria.map((c, i) => (i === 0 ? { ...c, maxPoints: Math.round(c.maxPoints * 10 + delta) / 10 } : c));
        expect(checkCriteriaTemplate(template(moved)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('scoreFromCriteria', () => {
  const t = defaultCriteriaTemplate('02C');

  it('sums self-scores per group in tenths', () => {
    const r = scoreFromCriteria(t, { 'common-1': 18.5, 'common-2': 9, 'tasks-1': 27.3, 'tasks-2': 19.9, 'tasks-3': 20 });
    expect(r).toEqual({ ok: true, value: { commonTenths: 275, tasksTenths: 672, totalTenths: 947, common: 27.5, tasks: 67.2 } });
  });

  it('refuses a score above the maximum, negative, with two decimals, missing or for an unknown criterion', () => {
    const full = { 'common-1': 20, 'common-2': 10, 'tasks-1': 30, 'tasks-2': 20, 'tasks-3': 20 };
    const cases: [Record<string, number>, string, RegExp][] = [
      [{ ...full, 'common-2': 10.1 }, 'scores.common-2', /\(10,1\) vượt quá điểm tối đa 10/],
      [{ ...full, 'tasks-1': -1 }, 'scores.tasks-1', /không được âm/],
      [{ ...full, 'tasks-1': 2.25 }, 'scores.tasks-1', /một chữ số thập phân/],
      [{ ...full, 'tasks-3': undefined as unknown as number }, 'scores.tasks-3', /Thiếu điểm tự chấm/],
      [{ ...full, extra: 1 }, 'scores.extra', /Không có tiêu chí mã "extra"/],
    ];
    for (const [scores, path, message] of cases) {
      const r = scoreFromCriteria(t, Object.fromEntries(Object.entries(scores).filter(([, v]) => v !== undefined)));
      expect(r.ok, path).toBe(false);
      if (r.ok) continue;
      expect(r.error.details).toEqual({ path });
      expect(r.error.message).toMatch(message);
    }
  });

  it('never exceeds the group maximums for scores within each criterion (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }), (shares) => {
        const scores = Object.fromEntries(t.criteria.map((c, i) => [c.id, Math.floor(c.maxPoints * 10 * shares[i]!) / 10]));
        const r = scoreFromCriteria(t, scores);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.commonTenths).toBeLessThanOrEqual(300);
        expect(r.value.tasksTenths).toBeLessThanOrEqual(700);
        expect(r.value.totalTenths).toBe(Object.values(scores).reduce((s, v) => s + Math.round(v * 10), 0));
      }),
    );
  });
});

describe('criteria document', () => {
  const stored: CriteriaTemplate = { ...defaultCriteriaTemplate('02B'), source: 'custom' };

  it('round-trips: document → read → document is byte-identical', () => {
    const doc = toCriteriaDocument(stored, 2026);
    expect(doc.format).toBe(CRITERIA_DOCUMENT_FORMAT);
    expect(Object.keys(doc)).toEqual(['format', 'version', 'form', 'reviewYear', 'title', 'note', 'criteria']);
    const read = readCriteriaDocument(JSON.parse(serializeCriteriaDocument(doc)), '02B');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const again = toCriteriaDocument({ ...read.value.template, form: '02B', source: 'imported' }, read.value.reviewYear);
    expect(serializeCriteriaDocument(again)).toBe(serializeCriteriaDocument(doc));
  });

  it('refuses another format, another version, another form and bad sums', () => {
    const doc = toCriteriaDocument(stored, 2026) as unknown as Record<string, unknown>;
    const cases: [unknown, string, string | undefined][] = [
      ['not an object', 'wrong-format', 'document'],
      [{ ...doc, format: 'other' }, 'wrong-format', 'document.format'],
      [{ ...doc, version: 2 }, 'unsupported-version', 'document.version'],
      [{ ...doc, form: '02C' }, 'wrong-form', 'document.form'],
      [{ ...doc, criteria: (doc.criteria as { maxPoints: number }[]).map((c, i) => (i === 0 ? { ...c, maxPoints: c.maxPoints - 2 } : c)) }, 'criteria-sum-mismatch', 'document.criteria'],
      [{ ...doc, extra: true }, 'invalid-input', 'document.extra'],
    ];
    for (const [raw, code, path] of cases) {
      const r = readCriteriaDocument(raw, '02B', 'document');
      expect(r.ok, code).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe(code);
      expect(r.error.details).toMatchObject({ path });
    }
    const wrongForm = readCriteriaDocument({ ...doc, form: '02C' }, '02B');
    expect(!wrongForm.ok && wrongForm.error.message).toBe(
      'Tệp là mẫu tiêu chí của Mẫu 02C; không nhập được vào Mẫu 02B (cá nhân không giữ chức vụ lãnh đạo, quản lý).',
    );
  });
});

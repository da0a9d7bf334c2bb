// The shipped example templates: valid, marked as examples, with stable ids.
import { describe, expect, it } from 'vitest';
import { checkCriteriaTemplate, CRITERIA_FORMS, groupTotalsTenths } from '../../../shared/review/criteria';
import { defaultCriteriaTemplate, EXAMPLE_NOTE_LEAD } from '../../../shared/review/default-criteria';

describe('default criteria templates', () => {
  it.each(CRITERIA_FORMS)('Mẫu %s passes the template rules unchanged and sums to 30/70', (form) => {
    const t = defaultCriteriaTemplate(form);
    expect(t.form).toBe(form);
    expect(groupTotalsTenths(t.criteria)).toEqual({ common: 300, tasks: 700 });
    const checked = checkCriteriaTemplate(t);
    expect(checked).toEqual({ ok: true, value: { title: t.title, note: t.note, criteria: t.criteria } });
  });

  it.each(CRITERIA_FORMS)('Mẫu %s is marked as an example for the province to adjust', (form) => {
    const t = defaultCriteriaTemplate(form);
    expect(t.source).toBe('default-example');
    expect(t.note).toContain(EXAMPLE_NOTE_LEAD);
    expect(t.note).toContain('Tỉnh ủy/Đảng ủy xã điều chỉnh theo hướng dẫn của tỉnh');
    for (const text of [t.title, t.note!, ...t.criteria.flatMap((c) => [c.title, c.help ?? ''])]) expect(text).toBe(text.normalize('NFC'));
  });

  it('cites the matching appendix and keeps stable ids', () => {
    expect(defaultCriteriaTemplate('01').note).toContain('Phụ lục 1');
    expect(defaultCriteriaTemplate('02A').note).toContain('Phụ lục 3');
    expect(defaultCriteriaTemplate('02B').note).toContain('Phụ lục 4');
    expect(defaultCriteriaTemplate('02C').note).toContain('Phụ lục 5');
    expect(defaultCriteriaTemplate('02C').criteria.map((c) => c.id)).toEqual(['common-1', 'common-2', 'tasks-1', 'tasks-2', 'tasks-3']);
    expect(defaultCriteriaTemplate('01').criteria.filter((c) => c.group === 'common')).toHaveLength(6);
  });

  it('hands out copies, so a caller cannot change the shipped example', () => {
    const a = defaultCriteriaTemplate('02C');
    a.criteria[0]!.maxPoints = 1;
    expect(defaultCriteriaTemplate('02C').criteria[0]!.maxPoints).toBe(20);
  });
});

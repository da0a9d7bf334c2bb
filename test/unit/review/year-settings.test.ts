// Review-year settings: defaults from rules.md, copies with shifted dates, patches and every refusal.
import { describe, expect, it } from 'vitest';
import {
  applySettingsPatch,
  checkYearSettings,
  copyYearSettings,
  defaultYearSettings,
  yearSettingsPatchSchema,
  type ReviewYearSettings,
} from '../../../shared/review/year-settings';

function defaults(year: number): ReviewYearSettings {
  const r = defaultYearSettings(year);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const planned = (): ReviewYearSettings => ({
  ...defaults(2025),
  reviewDate: '2025-12-05',
  deadlines: { meetingsFrom: '2025-11-25', meetingsTo: '2025-12-15', decisionOn: '2025-12-25', reportOn: '2026-01-10' },
  quota: { ratePercent: 25, denominator: 'htt+htxs', scope: 'commune', decisionRef: 'QĐ 15-QĐ/ĐU ngày 20/11/2025' },
  vote: { method: 'strict', denominator: 'present' },
  guidingDocument: { number: '01-HD/TU', issuedOn: '2025-11-11', issuer: 'Tỉnh ủy Quảng Ngãi' },
});

describe('defaultYearSettings', () => {
  it('follows rules.md: the year’s rule set, 1 December, 20 % of HTT per TCCSĐ, cumulative vote over voters', () => {
    expect(defaults(2026)).toEqual({
      ruleSet: 'QD366-2025',
      reviewDate: '2026-12-01',
      deadlines: { meetingsFrom: null, meetingsTo: null, decisionOn: null, reportOn: null },
      quota: { ratePercent: 20, denominator: 'htt', scope: 'basic-org', decisionRef: null },
      vote: { method: 'cumulative', denominator: 'voters' },
      guidingDocument: { number: null, issuedOn: null, issuer: null },
    });
    expect(defaults(2024).ruleSet).toBe('QD124-2023');
    expect(defaults(2019).ruleSet).toBe('QD132-2018');
    expect(defaultYearSettings(2017)).toMatchObject({ ok: false, error: { code: 'no-rule-set-for-year' } });
  });
});

describe('copyYearSettings', () => {
  it('shifts every date of the round by the year difference and keeps the other choices', () => {
    const r = copyYearSettings(planned(), 2025, 2026);
    expect(r).toEqual({
      ok: true,
      value: {
        ruleSet: 'QD366-2025',
        reviewDate: '2026-12-05',
        deadlines: { meetingsFrom: '2026-11-25', meetingsTo: '2026-12-15', decisionOn: '2026-12-25', reportOn: '2027-01-10' },
        // The 25 % tier rests on a decision about one year's results: not carried over.
        quota: { ratePercent: 20, denominator: 'htt+htxs', scope: 'commune', decisionRef: null },
        vote: { method: 'strict', denominator: 'present' },
        // A document is what it is: its date is not shifted.
        guidingDocument: { number: '01-HD/TU', issuedOn: '2025-11-11', issuer: 'Tỉnh ủy Quảng Ngãi' },
      },
    });
  });

  it('moves 29 February to 28 February and works backwards too', () => {
    const s = { ...defaults(2028), deadlines: { ...defaults(2028).deadlines, reportOn: '2029-02-28' }, reviewDate: '2028-02-29' };
    const r = copyYearSettings(s, 2028, 2029);
    expect(r.ok && r.value.reviewDate).toBe('2029-02-28');
    const back = copyYearSettings(defaults(2026), 2026, 2025);
    expect(back.ok && back.value.reviewDate).toBe('2025-12-01');
  });

  it('a year on its default rule set follows the calendar; a deliberate choice is kept', () => {
    const from2024 = copyYearSettings(defaults(2024), 2024, 2025);
    expect(from2024.ok && from2024.value.ruleSet).toBe('QD366-2025');
    const chosen = copyYearSettings({ ...defaults(2026), ruleSet: 'QD124-2023' }, 2026, 2027);
    expect(chosen.ok && chosen.value.ruleSet).toBe('QD124-2023');
  });
});

describe('checkYearSettings', () => {
  it('accepts the defaults and a full plan', () => {
    expect(checkYearSettings(2026, defaults(2026)).ok).toBe(true);
    expect(checkYearSettings(2025, planned()).ok).toBe(true);
  });

  const refused: [string, (s: ReviewYearSettings) => ReviewYearSettings, string, RegExp][] = [
    ['unknown rule set', (s) => ({ ...s, ruleSet: 'QD999-2030' as never }), 'settings.ruleSet', /Bộ quy tắc "QD999-2030" không tồn tại/],
    ['25 % without decision', (s) => ({ ...s, quota: { ...s.quota, ratePercent: 25, decisionRef: null } }), 'settings.quota.decisionRef', /Tỷ lệ tối đa 25% cần ghi quyết định/],
    [
      'meeting window ends before it starts',
      (s) => ({ ...s, deadlines: { ...s.deadlines, meetingsFrom: '2025-12-10', meetingsTo: '2025-12-01' } }),
      'settings.deadlines.meetingsTo',
      /Ngày kết thúc họp kiểm điểm ở các chi bộ \(01\/12\/2025\) không được trước ngày bắt đầu/,
    ],
    ['review date in another year', (s) => ({ ...s, reviewDate: '2052-12-01' }), 'settings.reviewDate', /phải trong khoảng 01\/01\/2025 – 31\/03\/2026/],
    ['report date far too late', (s) => ({ ...s, deadlines: { ...s.deadlines, reportOn: '2026-06-01' } }), 'settings.deadlines.reportOn', /Ngày báo cáo cấp trên/],
    ['decision before the meetings', (s) => ({ ...s, deadlines: { ...s.deadlines, decisionOn: '2025-11-01' } }), 'settings.deadlines.decisionOn', /không được trước/],
    ['report before the decision', (s) => ({ ...s, deadlines: { ...s.deadlines, reportOn: '2025-12-20' } }), 'settings.deadlines.reportOn', /không được trước/],
    ['guide from the future', (s) => ({ ...s, guidingDocument: { ...s.guidingDocument, issuedOn: '2027-01-01' } }), 'settings.guidingDocument.issuedOn', /Ngày ban hành/],
    ['impossible date', (s) => ({ ...s, reviewDate: '2025-02-30' }), 'settings.reviewDate', /ngày không hợp lệ/],
  ];
  it.each(refused)('refuses %s, naming the field', (_name, change, path, message) => {
    const r = checkYearSettings(2025, change(planned()), 'settings');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.details).toEqual({ path });
    expect(r.error.message).toMatch(message);
    expect(r.error.message).toBe(r.error.message.normalize('NFC'));
  });
});

describe('settings patch', () => {
  it('changes only the fields given, clears with null and normalizes text', () => {
    const patch = yearSettingsPatchSchema.parse({
      quota: { ratePercent: 25, decisionRef: '  QĐ 20-QĐ/ĐU  ' },
      deadlines: { reportOn: null },
      guidingDocument: { issuer: ''.concat('Tỉnh ủy'.normalize('NFD')) },
    });
    const next = applySettingsPatch(planned(), patch);
    expect(next.quota).toEqual({ ratePercent: 25, denominator: 'htt+htxs', scope: 'commune', decisionRef: 'QĐ 20-QĐ/ĐU' });
    expect(next.deadlines).toEqual({ ...planned().deadlines, reportOn: null });
    expect(next.guidingDocument.issuer).toBe('Tỉnh ủy');
    expect(next.vote).toEqual(planned().vote);
    expect(applySettingsPatch(planned(), yearSettingsPatchSchema.parse({ guidingDocument: { number: '  ' } })).guidingDocument.number).toBeNull();
  });

  it('refuses values outside the vocabularies with a Vietnamese message', () => {
    const r = yearSettingsPatchSchema.safeParse({ quota: { ratePercent: 30 }, vote: { method: 'majority' } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Tỷ lệ tối đa mức "Hoàn thành xuất sắc nhiệm vụ": chỉ được là 20 hoặc 25 (%).');
    const unknown = yearSettingsPatchSchema.safeParse({ quota: { rate: 20 } });
    expect(unknown.error?.issues[0]?.message).toBe('Tỷ lệ tối đa có trường không được hỗ trợ: rate.');
  });
});

// The roster a meeting takes from the register: eligibility at the meeting date and the order of
// business; a refresh keeps what was entered.
import { describe, expect, it } from 'vitest';
import { defaultPreparation, mergeRoster, rosterSnapshot } from '../../../shared/meeting/roster';
import type { RosterMember } from '../../../shared/review/eligibility-view';
import { RULE_SETS } from '../../../shared/rules/rule-sets';

const unit = { id: 'east', parentId: 'root', kind: 'basic-cell' as const, name: 'Chi bộ thôn Đông', closedOn: null };
const m = (id: string, fullName: string, patch: Partial<RosterMember> = {}): RosterMember => ({
  id,
  fullName,
  orgUnitId: 'east',
  status: 'official',
  admittedOn: '2000-01-01',
  confirmedOn: '2001-01-01',
  category: 'outside',
  partyRole: 'member',
  statusPlace: null,
  ...patch,
});
const members = [
  m('yen', 'Phan Thị Yến'),
  m('an', 'Nguyễn Văn An'),
  m('hung', 'Nguyễn Văn Hùng', { partyRole: 'secretary', category: 'leader' }),
  m('lan', 'Trần Thị Lan', { partyRole: 'deputy-secretary', category: 'staff' }),
  m('minh', 'Lê Văn Minh', { partyRole: 'committee-member' }),
  m('new', 'Đỗ Văn Mới', { status: 'probationary', admittedOn: '2026-06-05', confirmedOn: null }),
  m('other', 'Người Chi Bộ Khác', { orgUnitId: 'west' }),
];

describe('rosterSnapshot', () => {
  it('orders bí thư, phó bí thư, chi ủy viên, then members by Vietnamese name; positions from 1', () => {
    const roster = rosterSnapshot({ reviewYear: 2026, date: '2026-12-08', ruleSet: RULE_SETS['QD366-2025'], unit, members });
    expect(roster.map((r) => [r.position, r.memberId])).toEqual([
      [1, 'hung'],
      [2, 'lan'],
      [3, 'minh'],
      [4, 'an'],
      [5, 'new'],
      [6, 'yen'],
    ]);
    expect(roster.find((r) => r.memberId === 'hung')).toMatchObject({ form: '02A', reviewed: true, canVote: true, admittedOn: '2000-01-01' });
  });

  it('applies eligibility at the meeting date (6 months after admission)', () => {
    const early = rosterSnapshot({ reviewYear: 2026, date: '2026-12-04', ruleSet: RULE_SETS['QD366-2025'], unit, members });
    expect(early.find((r) => r.memberId === 'new')).toMatchObject({ reviewed: false, reasons: [{ code: 'member-admitted-recently' }] });
    const late = rosterSnapshot({ reviewYear: 2026, date: '2026-12-05', ruleSet: RULE_SETS['QD366-2025'], unit, members });
    expect(late.find((r) => r.memberId === 'new')).toMatchObject({ reviewed: true, canVote: false });
  });
});

describe('mergeRoster', () => {
  it('keeps checklist and attendance of members still there, adds new ones, drops the gone', () => {
    const first = rosterSnapshot({ reviewYear: 2026, date: '2026-12-08', ruleSet: RULE_SETS['QD366-2025'], unit, members });
    const current = first.map((e) => ({ ...e, preparation: { ...defaultPreparation(e), selfReviewReceived: true }, attendance: 'present' as const, absenceReason: null }));
    const fresh = rosterSnapshot({ reviewYear: 2026, date: '2026-12-08', ruleSet: RULE_SETS['QD366-2025'], unit, members: [...members.filter((x) => x.id !== 'yen'), m('zz', 'Vũ Văn Bảy')] });
    const merged = mergeRoster(current, fresh);
    expect(merged.added).toEqual(['zz']);
    expect(merged.removed).toEqual(['yen']);
    expect(merged.members.find((x) => x.memberId === 'an')).toMatchObject({ attendance: 'present', preparation: { selfReviewReceived: true } });
    expect(merged.members.find((x) => x.memberId === 'zz')).toMatchObject({ attendance: null, preparation: { selfReviewReceived: false, residenceApplies: false } });
  });

  it('asks residence comments of members working in the political system by default', () => {
    expect(defaultPreparation({ category: 'staff' }).residenceApplies).toBe(true);
    expect(defaultPreparation({ category: 'outside' }).residenceApplies).toBe(false);
  });
});

// Acceptance of the eligibility view on the demo commune: every member left out of the review, or
// reviewed without a vote, is listed with the engine's reason; the counts add up to the register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';

let t: TempCore;
beforeAll(async () => {
  t = openTempCore({ now: () => new Date('2026-11-21T09:00:00+07:00') });
  unwrap(await t.client.call('demo.load', { seed: 1 }));
  unwrap(await t.client.call('year.create', { year: 2026 }));
});
afterAll(() => t.cleanup());

describe('eligibility view of the demo commune', () => {
  it('gives every excluded member a reason, and the totals match the register', async () => {
    const view = unwrap(await t.client.call('eligibility.get', { year: 2026 }));
    const dashboard = unwrap(await t.client.call('dashboard.get'));
    const members = view.units.flatMap((u) => u.members);
    expect(members.length).toBe(dashboard.activeMembers);

    const notReviewed = members.filter((m) => !m.reviewed);
    const noVote = members.filter((m) => m.reviewed && !m.canVote);
    // The demo has exempt, suspended and recently admitted members, and probationary ones.
    expect(notReviewed.length).toBeGreaterThan(10);
    expect(noVote.length).toBeGreaterThan(5);
    for (const m of [...notReviewed, ...noVote]) {
      expect(m.reasons.length, m.fullName).toBeGreaterThan(0);
      for (const r of m.reasons) {
        expect(r.message.length).toBeGreaterThan(10);
        expect(r.ref).toMatch(/QĐ 366-QĐ\/TW|Điều lệ Đảng/);
      }
    }
    expect(notReviewed.filter((m) => m.status === 'exempt').length).toBe(dashboard.byStatus.exempt);
    expect(notReviewed.filter((m) => m.status === 'suspended').length).toBe(dashboard.byStatus.suspended);
    const sum = (k: 'onRoll' | 'reviewed' | 'classified' | 'voters') => view.units.reduce((n, u) => n + u.counts[k], 0);
    expect(sum('onRoll')).toBe(members.length);
    expect(sum('reviewed')).toBe(members.length - notReviewed.length);
    expect(sum('voters')).toBe(members.filter((m) => m.canVote).length);
  });
});

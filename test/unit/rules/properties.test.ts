// Property-based tests of the rules engine: invariants that must hold for every valid input, not just the
// hand-picked examples of the other files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedDisqualifiers,
  checkQuota,
  classify,
  compareLevels,
  LEVELS,
  tallyVote,
  type ClassifyRequest,
  type LevelCode,
  type SubjectKind,
} from '../../../shared/rules/index';
import { expectOk } from './helpers';

const RUNS = { numRuns: 400 };

const tenths = (max: number) => fc.integer({ min: 0, max: max * 10 }).map((t) => t / 10);
/** Percentages that favour the rule boundaries (0, 20, 30, 50, 100 and their neighbours). */
const pct = fc.oneof(fc.constantFrom(0, 0.1, 19.9, 20, 20.1, 29.9, 30, 49.9, 50, 99.9, 100), tenths(100));

const subjectArb = fc.constantFrom<SubjectKind>('leader', 'staff', 'outside', 'organization');

interface Case {
  kind: SubjectKind;
  request: ClassifyRequest;
}

const caseArb: fc.Arbitrary<Case> = subjectArb.chain((kind) =>
  fc
    .record({
      common: tenths(30),
      tasksScore: tenths(70),
      donePct: pct,
      lateShare: fc.double({ min: 0, max: 1, noNaN: true }),
      exceededPct: pct,
      total: fc.integer({ min: 0, max: 4 }),
      fixedShare: fc.integer({ min: 0, max: 4 }),
      disqualifiers: fc.subarray([...allowedDisqualifiers(kind)], { maxLength: 2 }),
      override: fc.boolean(),
      disciplinedMember: fc.boolean(),
      probationary: fc.boolean(),
    })
    .map((r): Case => {
      // Late is a share of all tasks and cannot exceed the done share; keep one decimal.
      const latePct = Math.min(r.donePct, Math.round(r.donePct * r.lateShare * 10) / 10);
      const base = {
        ruleSet: 'QD366-2025',
        reviewYear: 2026,
        score: { common: r.common, tasks: r.tasksScore },
        tasks: { donePct: r.donePct, latePct, exceededPct: r.exceededPct },
        previousShortcomings: { total: r.total, fixed: Math.min(r.total, r.fixedShare) },
        disqualifiers: r.disqualifiers,
        override: r.override ? { granted: true, reason: 'Tự phát hiện, tự báo cáo và đã khắc phục' } : null,
      };
      const request: ClassifyRequest =
        kind === 'organization'
          ? { ...base, subject: 'organization', organization: { disciplinedMember: r.disciplinedMember } }
          : { ...base, subject: 'member', member: { status: r.probationary ? 'probationary' : 'official', admittedOn: '2020-01-01', category: kind } };
      return { kind, request };
    }),
);

/** True when `after` is not better than `before` (null = the deciding level chooses). */
function neverRises(before: LevelCode | null, after: LevelCode | null): boolean {
  if (before !== null && after !== null) return compareLevels(after, before) <= 0;
  // From a decision case, a worse input can only stay a decision or become KHTNV.
  if (before === null && after !== null) return after === 'KHTNV';
  return true;
}

type Worsening = (c: Case) => ClassifyRequest | null;

const worsenings: Record<string, (amount: number) => Worsening> = {
  'done falls': (a) => ({ request: r }) => {
    const t = r.tasks!;
    const donePct = Math.max(0, Math.round((t.donePct - a) * 10) / 10);
    return { ...r, tasks: { ...t, donePct, latePct: Math.min(t.latePct, donePct) } };
  },
  'late rises': (a) => ({ request: r }) => {
    const t = r.tasks!;
    return { ...r, tasks: { ...t, latePct: Math.min(t.donePct, Math.round((t.latePct + a) * 10) / 10) } };
  },
  'exceeded falls': (a) => ({ request: r }) => {
    const t = r.tasks!;
    return { ...r, tasks: { ...t, exceededPct: Math.max(0, Math.round((t.exceededPct - a) * 10) / 10) } };
  },
  'fewer shortcomings fixed': () => ({ request: r }) => {
    const s = r.previousShortcomings!;
    return s.fixed === 0 ? null : { ...r, previousShortcomings: { ...s, fixed: s.fixed - 1 } };
  },
  'a disqualifier added': () => ({ kind, request: r }) => {
    const extra = allowedDisqualifiers(kind).find((c) => !(r.disqualifiers ?? []).includes(c));
    return extra ? { ...r, disqualifiers: [...(r.disqualifiers ?? []), extra] } : null;
  },
  'override withdrawn': () => ({ request: r }) => ({ ...r, override: null }),
  'member disciplined (organization)': () => ({ kind, request: r }) =>
    kind === 'organization' ? { ...r, organization: { disciplinedMember: true } } : null,
};

describe('classification invariants', () => {
  it('the final level never exceeds the score level', () => {
    fc.assert(
      fc.property(caseArb, ({ request }) => {
        const out = expectOk(classify(request));
        if (out.level !== null) expect(compareLevels(out.level, out.scoreLevel!)).toBeLessThanOrEqual(0);
        if (out.level !== null && out.conditionLevel !== null) expect(out.level).toBe(
          compareLevels(out.scoreLevel!, out.conditionLevel) <= 0 ? out.scoreLevel : out.conditionLevel,
        );
        expect(out.needsDecision).toBe(out.level === null);
        expect(out.reasons.some((r) => r.code === 'rule-gap')).toBe(out.needsDecision);
      }),
      RUNS,
    );
  });

  it('any disqualifier without an override gives KHTNV', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 7 }), ({ kind, request }, pick) => {
        const codes = allowedDisqualifiers(kind);
        const code = codes[pick % codes.length]!;
        const out = expectOk(classify({ ...request, disqualifiers: [code], override: null }));
        expect(out).toMatchObject({ level: 'KHTNV', conditionLevel: 'KHTNV', needsDecision: false });
        expect(out.reasons.some((r) => r.code === code)).toBe(true);
      }),
      RUNS,
    );
  });

  it('the level never rises when a score falls', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 1000 }), fc.boolean(), ({ request }, drop, fromCommon) => {
        const s = request.score!;
        const lowered = fromCommon
          ? { common: Math.max(0, Math.round(s.common * 10 - drop) / 10), tasks: s.tasks }
          : { common: s.common, tasks: Math.max(0, Math.round(s.tasks * 10 - drop) / 10) };
        const before = expectOk(classify(request));
        const after = expectOk(classify({ ...request, score: lowered }));
        expect(compareLevels(after.scoreLevel!, before.scoreLevel!)).toBeLessThanOrEqual(0);
        expect(neverRises(before.level, after.level)).toBe(true);
      }),
      RUNS,
    );
  });

  for (const [name, worsen] of Object.entries(worsenings)) {
    it(`the level never rises when a condition worsens: ${name}`, () => {
      fc.assert(
        fc.property(caseArb, fc.integer({ min: 1, max: 1000 }).map((t) => t / 10), (c, amount) => {
          const worse = worsen(amount)(c);
          fc.pre(worse !== null);
          const before = expectOk(classify(c.request));
          const after = expectOk(classify(worse!));
          expect(neverRises(before.level, after.level), `${before.level} → ${after.level}`).toBe(true);
        }),
        RUNS,
      );
    });
  }
});

const countsArb = fc.record({
  HTXS: fc.integer({ min: 0, max: 60 }),
  HTT: fc.integer({ min: 0, max: 300 }),
  HTNV: fc.integer({ min: 0, max: 50 }),
  KHTNV: fc.integer({ min: 0, max: 20 }),
});
const quotaSettingsArb = fc.record({ rate: fc.constantFrom(0.2, 0.25), denominator: fc.constantFrom('htt' as const, 'htt+htxs' as const) });

describe('quota invariants', () => {
  it('allowed is floor(base × rate), exactly, and violation means actual > allowed', () => {
    fc.assert(
      fc.property(countsArb, quotaSettingsArb, (levels, { rate, denominator }) => {
        const out = expectOk(checkQuota({ rate, denominator, decisionRef: 'QĐ 01', levels }));
        const base = denominator === 'htt' ? levels.HTT : levels.HTT + levels.HTXS;
        const percent = rate === 0.2 ? 20 : 25;
        expect(out.allowed * 100).toBeLessThanOrEqual(base * percent);
        expect((out.allowed + 1) * 100).toBeGreaterThan(base * percent);
        expect(out.actual).toBe(levels.HTXS);
        expect(out.violation).toBe(out.actual > out.allowed);
        expect(out.excess).toBe(Math.max(0, out.actual - out.allowed));
      }),
      RUNS,
    );
  });

  it('a set the quota reports allowed never violates, and stays allowed when it only gets better', () => {
    fc.assert(
      fc.property(countsArb, quotaSettingsArb, (levels, { rate, denominator }) => {
        const request = { rate, denominator, decisionRef: 'QĐ 01' };
        const check = (l: typeof levels) => expectOk(checkQuota({ ...request, levels: l }));
        const out = check(levels);
        fc.pre(!out.violation);
        expect(out.actual).toBeLessThanOrEqual(out.allowed);
        // One HTXS fewer (rated HTT instead), one more HTT, or one more HTNV/KHTNV: still within the quota.
        if (levels.HTXS > 0) expect(check({ ...levels, HTXS: levels.HTXS - 1, HTT: levels.HTT + 1 }).violation).toBe(false);
        expect(check({ ...levels, HTT: levels.HTT + 1 }).violation).toBe(false);
        expect(check({ ...levels, HTNV: levels.HTNV + 1, KHTNV: levels.KHTNV + 1 }).violation).toBe(false);
      }),
      RUNS,
    );
  });

  it('with the HTT denominator, any HTXS count up to the allowed one is within the quota', () => {
    fc.assert(
      fc.property(countsArb, fc.constantFrom(0.2, 0.25), (levels, rate) => {
        const request = { rate, denominator: 'htt' as const, decisionRef: 'QĐ 01' };
        const { allowed } = expectOk(checkQuota({ ...request, levels }));
        for (let n = 0; n <= allowed; n++) {
          expect(expectOk(checkQuota({ ...request, levels: { ...levels, HTXS: n } })).violation).toBe(false);
        }
        expect(expectOk(checkQuota({ ...request, levels: { ...levels, HTXS: allowed + 1 } })).violation).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

const tallyArb = fc
  .record({
    voters: fc.integer({ min: 1, max: 60 }),
    presentShare: fc.double({ min: 0, max: 1, noNaN: true }),
    weights: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
    invalid: fc.integer({ min: 0, max: 3 }),
    unreturned: fc.integer({ min: 0, max: 3 }),
    method: fc.constantFrom('strict' as const, 'cumulative' as const),
    denominator: fc.constantFrom('voters' as const, 'present' as const),
    ballots: fc.boolean(),
  })
  .map((r) => {
    const present = Math.round(r.voters * r.presentShare);
    const counts = r.weights.map((w) => Math.floor(w * (present / 4)));
    const votes = Object.fromEntries(LEVELS.map((l, i) => [l, counts[i]!])) as Record<LevelCode, number>;
    const valid = counts.reduce((a, b) => a + b, 0);
    const ballots = { issued: valid + r.invalid + r.unreturned, returned: valid + r.invalid, invalid: r.invalid };
    return { method: r.method, denominator: r.denominator, voters: r.voters, present, votes, ...(r.ballots ? { ballots } : {}) };
  });

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (seed * (i + 7)) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('tally invariants', () => {
  it('results do not depend on the order the votes are listed in', () => {
    fc.assert(
      fc.property(tallyArb, fc.integer({ min: 1, max: 1000 }), (request, seed) => {
        const reordered = { ...request, votes: Object.fromEntries(shuffled(Object.entries(request.votes), seed)) };
        expect(Object.keys(reordered.votes)).toHaveLength(4);
        expect(tallyVote(reordered)).toEqual(tallyVote(request));
      }),
      RUNS,
    );
  });

  it('cumulative adopts a level at least as high as strict does, and the threshold is a strict majority', () => {
    fc.assert(
      fc.property(tallyArb, (request) => {
        const strict = expectOk(tallyVote({ ...request, method: 'strict' }));
        const cumulative = expectOk(tallyVote({ ...request, method: 'cumulative' }));
        const base = request.denominator === 'present' ? request.present : request.voters;
        expect(strict.threshold * 2).toBeGreaterThan(base);
        expect((strict.threshold - 1) * 2).toBeLessThanOrEqual(base);
        if (strict.level !== null) {
          expect(cumulative.level).not.toBeNull();
          expect(compareLevels(cumulative.level!, strict.level)).toBeGreaterThanOrEqual(0);
        }
        expect(cumulative.revote).toBe(cumulative.level === null);
        expect(strict.reconciled).toBe(request.ballots ? true : null);
      }),
      RUNS,
    );
  });
});

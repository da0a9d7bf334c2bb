// Runs the rules-engine commands (classify, tally, quota) through the real CLI in a child process, on the
// documented fixtures of test/fixtures/cli, and compares standard output byte for byte. A few extra cases run
// in-process through runCli with a fake io (standard input, bad files, extra arguments).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../electron/core/cli/io';
import { runCli } from '../../electron/core/cli/run-cli';
import { ROOT, runCliProcess } from '../support/cli-process';

const FIXTURES = join(ROOT, 'test/fixtures/cli');

/** Every case the fixture folder must hold, with its exit code (0 done, 2 refused). */
const CASES: Record<string, 0 | 2> = {
  'classify-member-htxs': 0,
  'classify-rule-gap': 0,
  'classify-not-eligible': 0,
  'classify-organization': 0,
  'classify-leader-override': 0,
  'classify-record-only-discipline': 0,
  'classify-refused-score': 2,
  'tally-cumulative': 0,
  'tally-strict-revote': 0,
  'tally-refused-ballots': 2,
  'quota-violation': 0,
  'quota-outstanding-unit': 0,
};

const runChild = runCliProcess;

function fixture(name: string, kind: 'input' | 'expected'): string {
  return join(FIXTURES, `${name}.${kind}.json`);
}

describe('rules CLI fixtures', () => {
  it('holds exactly the documented cases, each with an input and an expected output', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
    const names = [...new Set(files.map((f) => f.replace(/\.(input|expected)\.json$/, '')))].sort();
    expect(names).toEqual(Object.keys(CASES).sort());
    for (const name of names) {
      expect(files).toContain(`${name}.input.json`);
      expect(files).toContain(`${name}.expected.json`);
      const expected = JSON.parse(readFileSync(fixture(name, 'expected'), 'utf8')) as Record<string, unknown>;
      expect('error' in expected).toBe(CASES[name] === 2);
    }
    const readme = readFileSync(join(FIXTURES, 'README.md'), 'utf8');
    for (const name of names) expect(readme).toContain(`\`${name}\``);
  });

  describe.concurrent('through the real CLI (child process)', () => {
    for (const [name, exitCode] of Object.entries(CASES)) {
      it(`${name} → exit ${exitCode}`, { timeout: 60_000 }, async () => {
        const command = name.split('-')[0]!;
        const run = await runChild([command, fixture(name, 'input')]);
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe(readFileSync(fixture(name, 'expected'), 'utf8'));
        expect(run.code).toBe(exitCode);
      });
    }

    it('reads standard input with "-"', { timeout: 60_000 }, async () => {
      const run = await runChild(['quota', '-'], readFileSync(fixture('quota-violation', 'input'), 'utf8'));
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({ allowed: 2, actual: 3, excess: 1, violation: true });
    });
  });

  it('pins the key outcomes, so regenerated fixtures cannot silently drift', () => {
    const read = (name: string) => JSON.parse(readFileSync(fixture(name, 'expected'), 'utf8'));
    expect(read('classify-member-htxs')).toMatchObject({ form: '02C', level: 'HTXS', canVote: true, needsDecision: false });
    expect(read('classify-rule-gap')).toMatchObject({ scoreLevel: 'HTT', level: null, needsDecision: true });
    expect(read('classify-rule-gap').reasons.map((r: { code: string }) => r.code)).toContain('rule-gap');
    expect(read('classify-not-eligible')).toMatchObject({ reviewed: false, classified: false, level: null, canVote: false });
    expect(read('classify-organization')).toMatchObject({ form: '01', scoreLevel: 'HTXS', conditionLevel: 'HTT', level: 'HTT' });
    expect(read('classify-organization')).not.toHaveProperty('canVote');
    expect(read('classify-leader-override')).toMatchObject({ form: '02A', level: 'HTNV' });
    expect(read('classify-record-only-discipline')).toMatchObject({ ruleSet: 'QD124-2023', level: 'KHTNV' });
    expect(read('classify-refused-score')).toEqual({ error: expect.objectContaining({ code: 'invalid-input', path: 'score.common' }) });
    expect(read('tally-cumulative')).toMatchObject({ threshold: 11, level: 'HTT', revote: false, reconciled: true });
    expect(read('tally-strict-revote')).toMatchObject({ threshold: 11, level: null, revote: true, reconciled: null });
    expect(read('tally-refused-ballots')).toEqual({ error: expect.objectContaining({ code: 'ballots-mismatch' }) });
    expect(read('quota-violation')).toEqual({ allowed: 2, actual: 3, excess: 1, violation: true });
    expect(read('quota-outstanding-unit')).toEqual({ allowed: 1, actual: 1, excess: 0, violation: false });
  });
});

/** An in-memory io: `files` maps paths (and `-` for standard input) to their text. */
function fakeIO(files: Record<string, string>): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readInput: (p) => {
      const text = files[p];
      if (text === undefined) throw new Error(`ENOENT: ${p}`);
      return text;
    },
  };
}

describe('rules CLI in-process', () => {
  it('registers classify, tally and quota', async () => {
    const io = fakeIO({ '-': JSON.stringify({ voters: 20, votes: { HTT: 11 } }) });
    expect(await runCli(['tally', '-'], io)).toBe(0);
    expect(JSON.parse(io.out.join(''))).toMatchObject({ threshold: 11, level: 'HTT', reconciled: null });
  });

  it('refuses a missing, unreadable or malformed input with exit 2 and JSON only', async () => {
    for (const [argv, code] of [
      [['classify'], 'missing-input'],
      [['classify', 'nope.json'], 'unreadable-input'],
      [['quota', 'bad.json'], 'invalid-json'],
      [['tally', 'a.json', 'b.json'], 'unexpected-argument'],
      [['quota', 'a.json', '--rate', '0.25'], 'unexpected-argument'],
    ] as const) {
      const io = fakeIO({ 'bad.json': '{ rate: 0.2', 'a.json': '{}', 'b.json': '{}' });
      expect(await runCli([...argv], io)).toBe(2);
      expect(JSON.parse(io.out.join(''))).toEqual({ error: expect.objectContaining({ code }) });
      expect(io.err).toEqual([]);
    }
  });

  it('prints the path of the bad field and a Vietnamese message', async () => {
    const io = fakeIO({ 'q.json': JSON.stringify({ rate: 0.25, levels: { HTXS: 1, HTT: 4 } }) });
    expect(await runCli(['quota', 'q.json'], io)).toBe(2);
    const { error } = JSON.parse(io.out.join(''));
    expect(Object.keys(error)).toEqual(['code', 'message', 'path']);
    expect(error).toMatchObject({ code: 'invalid-input', path: 'decisionRef' });
    expect(error.message).toContain('quyết định');
  });

  it('refuses an unknown rule set and too many votes with their own codes', async () => {
    const io = fakeIO({
      'c.json': JSON.stringify({ ruleSet: 'QD200-2030', reviewYear: 2030, subject: 'organization' }),
      't.json': JSON.stringify({ voters: 10, present: 8, votes: { HTT: 9 } }),
    });
    expect(await runCli(['classify', 'c.json'], io)).toBe(2);
    expect(await runCli(['tally', 't.json'], io)).toBe(2);
    expect(io.out.map((t) => JSON.parse(t).error.code)).toEqual(['unknown-rule-set', 'too-many-votes']);
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const io = fakeIO({ 'bom.json': '\uFEFF' + readFileSync(fixture('quota-violation', 'input'), 'utf8') });
    expect(await runCli(['quota', 'bom.json'], io)).toBe(0);
  });
});

// `demo` and `help` through the real CLI in a child process: JSON (and only JSON) on standard output,
// exit 0 when done, exit 2 with {error: {code, message, path}} for bad options or a database that is
// already set up.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { runCliProcess } from '../support/cli-process';

const dir = tempDir('kiemdiem-demo-cli-');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runCliChild = (args: string[]) => runCliProcess(args);

describe('cli demo', () => {
  const db = join(dir, 'demo.sqlite');

  it('creates the demo commune and prints its summary as JSON', async () => {
    const run = await runCliChild(['demo', '--db', db, '--members', '800', '--seed', '1']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ members: 800, seed: 1, communeName: 'Đảng bộ xã Xuân Hòa' });
    expect(Object.keys(summary).sort()).toEqual(
      ['communeId', 'communeName', 'seed', 'year', 'orgUnits', 'orgUnitsByType', 'members', 'membersByStatus', 'membersByCategory', 'elapsedMs'].sort(),
    );
    // Small runs stay quiet on standard error.
    expect(run.stderr).toBe('');
  }, 30_000);

  it('refuses a database that is already set up (exit 2, code already-set-up)', async () => {
    const run = await runCliChild(['demo', '--db', db, '--members', '100']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).error).toMatchObject({ code: 'already-set-up', path: '--db' });
  }, 30_000);

  it.each([
    [['demo', '--db', 'x.sqlite', '--members', 'nhiều'], '--members'],
    [['demo', '--db', 'x.sqlite', '--members', '9'], '--members'],
    [['demo', '--db', 'x.sqlite', '--members', '50001'], '--members'],
    [['demo', '--db', 'x.sqlite', '--cells', '2.5'], '--cells'],
    [['demo', '--db', 'x.sqlite', '--seed', 'abc'], '--seed'],
    [['demo', '--db', 'x.sqlite', '--year', '1990'], '--year'],
    [['demo', '--db', 'x.sqlite', '--bogus', '1'], '--bogus'],
    [['demo', '--members', '100'], '--db'],
  ])('refuses bad options %j naming the option, without creating the file', async (args, path) => {
    const withDir = args.map((a) => (a === 'x.sqlite' ? join(dir, 'bad.sqlite') : a));
    const run = await runCliChild(withDir);
    expect(run.code).toBe(2);
    const { error } = JSON.parse(run.stdout);
    expect(error.path).toBe(path);
    expect(typeof error.code).toBe('string');
    expect(error.message).toMatch(/[ăâđêôơưàáảãạ]/i);
    expect(existsSync(join(dir, 'bad.sqlite'))).toBe(false);
  }, 30_000);
});

describe('cli help', () => {
  it('lists the registered commands as JSON, help first and demo second', async () => {
    const run = await runCliChild(['help']);
    expect(run.code).toBe(0);
    const help = JSON.parse(run.stdout);
    const names = help.commands.map((c: { name: string }) => c.name);
    expect(names.slice(0, 2)).toEqual(['help', 'demo']);
    for (const c of help.commands) {
      expect(typeof c.usage).toBe('string');
      expect(c.summary.length).toBeGreaterThan(10);
    }
  }, 30_000);

  it('describes one command, and refuses an unknown one', async () => {
    const one = await runCliChild(['help', 'demo']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ name: 'demo' });
    const unknown = await runCliChild(['help', 'khong-co']);
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stdout).error).toMatchObject({ code: 'unknown-command' });
  }, 30_000);
});

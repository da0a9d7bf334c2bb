// Migrations: a fresh database, an upgrade with a backup, refusing a newer database untouched, and a
// failed step that leaves the previous version intact.
import { describe, expect, it, afterEach } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../db/open';
import { migrations } from '../../db/migrations/index';
import type { Migration } from '../../db/migrations/migration';
import { DatabaseTooNewError, MigrationFailedError } from '../../db/errors';
import { tempDir } from '../support/temp-dir';
import { rmSync } from 'node:fs';

const dirs: string[] = [];
function freshPath(): string {
  const dir = tempDir('kiemdiem-db-');
  dirs.push(dir);
  return join(dir, 'kiemdiem.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function schemaOf(db: Database.Database): string {
  const rows = db.prepare(`SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`).all() as { type: string; name: string; sql: string | null }[];
  return rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql ?? ''};\n`).join('\n');
}

describe('database open and migrations', () => {
  it('creates a fresh database at the latest version with the documented pragmas', () => {
    const handle = openDatabase(freshPath());
    try {
      expect(handle.migration.fromVersion).toBe(0);
      expect(handle.migration.toVersion).toBe(migrations.at(-1)!.version);
      expect(handle.migration.backupPath).toBeNull();
      expect(handle.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(handle.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(handle.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(handle.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      handle.close();
    }
  });

  it('matches the committed schema snapshot', async () => {
    const handle = openDatabase(freshPath());
    try {
      await expect(schemaOf(handle.sqlite)).toMatchFileSnapshot('../../db/schema.snapshot.sql');
    } finally {
      handle.close();
    }
  });

  it('upgrades an older database after backing it up, keeping its data', () => {
    const path = freshPath();
    const v1 = openDatabase(path);
    v1.sqlite.prepare(`INSERT INTO app_setting (key, value, updated_at) VALUES ('k', 'giữ nguyên', '2026-01-01')`).run();
    v1.close();
    const latest = migrations.at(-1)!.version;
    const step2: Migration = { version: latest + 1, name: 'test-add-column', sql: `ALTER TABLE app_setting ADD COLUMN note TEXT;` };
    const upgraded = openDatabase(path, { migrations: [...migrations, step2] });
    try {
      expect(upgraded.migration.applied).toEqual([latest + 1]);
      expect(upgraded.sqlite.pragma('user_version', { simple: true })).toBe(latest + 1);
      expect(upgraded.sqlite.prepare(`SELECT value FROM app_setting WHERE key = 'k'`).get()).toEqual({ value: 'giữ nguyên' });
      const backup = upgraded.migration.backupPath!;
      expect(existsSync(backup)).toBe(true);
      const copy = new Database(backup, { readonly: true });
      expect(copy.pragma('user_version', { simple: true })).toBe(latest);
      expect(copy.prepare(`SELECT value FROM app_setting WHERE key = 'k'`).get()).toEqual({ value: 'giữ nguyên' });
      copy.close();
    } finally {
      upgraded.close();
    }
  });

  it('refuses a database from a newer app version and leaves the file untouched', () => {
    const path = freshPath();
    const raw = new Database(path);
    raw.pragma('user_version = 99');
    raw.exec('CREATE TABLE future_thing (x TEXT)');
    raw.close();
    const before = readFileSync(path);
    const mtime = statSync(path).mtimeMs;
    expect(() => openDatabase(path)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(path)).toThrow(/phiên bản KiemDiem mới hơn/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('rolls back a failed step and keeps the previous version', () => {
    const path = freshPath();
    openDatabase(path).close();
    const latest = migrations.at(-1)!.version;
    const broken: Migration = {
      version: latest + 1,
      name: 'broken',
      sql: `CREATE TABLE half_done (x TEXT); INSERT INTO no_such_table VALUES (1);`,
    };
    let error: unknown;
    try {
      openDatabase(path, { migrations: [...migrations, broken] });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(MigrationFailedError);
    expect((error as Error).message).toMatch(/Dữ liệu vẫn ở phiên bản cũ/);
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(latest);
    expect(check.prepare(`SELECT name FROM sqlite_master WHERE name = 'half_done'`).get()).toBeUndefined();
    check.close();
    // The backup taken before the attempt is there.
    expect(readdirSync(join(path, '..', 'backups')).length).toBe(1);
  });
});

// Opens the SQLite database with the pragmas of architecture.md and migrates it. A database from a
// newer app version is refused before anything is written (checked read-only first: even switching
// to WAL would touch the file). Layer: db.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, SqliteDialect, CamelCasePlugin } from 'kysely';
import type { DB } from './schema';
import { migrate, readUserVersion, type MigrateOptions, type MigrateReport } from './migrate';
import { latestSchemaVersion } from './migrations/index';
import { DatabaseTooNewError, NotADatabaseError } from './errors';
import { backupDatabase, backupPathFor } from './backup';

export interface DbHandle {
  sqlite: Database.Database;
  kysely: Kysely<DB>;
  path: string;
  migration: MigrateReport;
  close(): void;
}

function checkVersionReadOnly(path: string, latest: number): void {
  if (path === ':memory:' || !existsSync(path)) return;
  let probe: Database.Database;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new NotADatabaseError(path, err);
  }
  try {
    const version = readUserVersion(probe);
    if (version > latest) throw new DatabaseTooNewError(version, latest);
  } catch (err) {
    if (err instanceof DatabaseTooNewError) throw err;
    throw new NotADatabaseError(path, err);
  } finally {
    probe.close();
  }
}

export function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

export function openDatabase(path: string, options: Pick<MigrateOptions, 'migrations'> = {}): DbHandle {
  const latest = options.migrations ? (options.migrations.at(-1)?.version ?? 0) : latestSchemaVersion;
  checkVersionReadOnly(path, latest);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  try {
    applyPragmas(sqlite);
    const migration = migrate(sqlite, {
      migrations: options.migrations,
      backup: (from, to) => backupDatabase(sqlite, backupPathFor(path, `truoc-nang-cap-v${from}-len-v${to}`)),
    });
    const kysely = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new CamelCasePlugin()] });
    return {
      sqlite,
      kysely,
      path,
      migration,
      close() {
        // Checkpoint so the main file is complete on its own (users copy it to a USB stick).
        try {
          sqlite.pragma('wal_checkpoint(TRUNCATE)');
        } catch {
          /* closing anyway */
        }
        sqlite.close();
      },
    };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}

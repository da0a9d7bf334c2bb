// The migration runner on PRAGMA user_version: refuses a database from a newer app, backs up an
// existing database before upgrading, and runs each step in its own transaction so that a failed
// step leaves the previous version intact. (Kysely's Migrator does not do transactions on SQLite.)
// Layer: db.
import type Database from 'better-sqlite3';
import { migrations as defaultMigrations } from './migrations/index';
import type { Migration } from './migrations/migration';
import { DatabaseTooNewError, MigrationFailedError } from './errors';

export interface MigrateOptions {
  migrations?: readonly Migration[];
  /** Makes a checked backup before an existing database is upgraded; returns its path. */
  backup?: (fromVersion: number, toVersion: number) => string;
}

export interface MigrateReport {
  fromVersion: number;
  toVersion: number;
  applied: number[];
  backupPath: string | null;
}

export function readUserVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Database.Database, options: MigrateOptions = {}): MigrateReport {
  const list = options.migrations ?? defaultMigrations;
  const latest = list.length ? list[list.length - 1]!.version : 0;
  const fromVersion = readUserVersion(db);
  if (fromVersion > latest) throw new DatabaseTooNewError(fromVersion, latest);
  const pending = list.filter((m) => m.version > fromVersion);
  if (pending.length === 0) return { fromVersion, toVersion: fromVersion, applied: [], backupPath: null };

  // A fresh file has nothing to lose; an existing one is copied before anything changes.
  const backupPath = fromVersion > 0 && options.backup ? options.backup(fromVersion, latest) : null;
  const applied: number[] = [];
  for (const step of pending) {
    try {
      db.transaction(() => {
        if (step.sql) db.exec(step.sql);
        step.up?.(db);
        db.pragma(`user_version = ${step.version}`);
      }).immediate();
    } catch (err) {
      throw new MigrationFailedError(step.version, step.name, err, backupPath);
    }
    applied.push(step.version);
  }
  return { fromVersion, toVersion: latest, applied, backupPath };
}

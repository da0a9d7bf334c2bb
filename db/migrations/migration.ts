// The shape of one schema migration. Layer: db.
import type { Database } from 'better-sqlite3';

export interface Migration {
  /** The `PRAGMA user_version` the database has after this step. Consecutive from 1. */
  version: number;
  name: string;
  /** Plain SQL run inside the step's transaction… */
  sql?: string;
  /** …or code, for steps that must transform data. Runs inside the same transaction. */
  up?: (db: Database) => void;
}

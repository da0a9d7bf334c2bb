// The static, ordered list of migrations. Append only: never edit a step that has shipped. Layer: db.
import type { Migration } from './migration';
import { migration001 } from './001-register';
import { migration002 } from './002-review-year';

export const migrations: readonly Migration[] = [migration001, migration002];

export const latestSchemaVersion = migrations[migrations.length - 1]!.version;

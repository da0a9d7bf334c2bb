// The static, ordered list of migrations. Append only: never edit a step that has shipped. Layer: db.
import type { Migration } from './migration';
import { migration001 } from './001-register';
import { migration002 } from './002-review-year';
import { migration003 } from './003-meetings';
import { migration004 } from './004-document-numbers';
import { migration005 } from './005-print-log';
import { migration006 } from './006-review-group-scores';
import { migration007 } from './007-meeting-furthest-step';

export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007];

export const latestSchemaVersion = migrations[migrations.length - 1]!.version;

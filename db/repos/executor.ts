// The query executor repositories take: the database or a transaction on it. Layer: db.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../schema';

export type Executor = Kysely<DB> | Transaction<DB>;

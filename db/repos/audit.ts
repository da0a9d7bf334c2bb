// The generic audit log: who changed which field of which entity, when, from what to what, and why.
// Append-only. Layer: db.
import { sql } from 'kysely';
import type { AuditLogTable } from '../schema';
import type { Executor } from './executor';

export type AuditEntry = AuditLogTable;

export async function insertAudit(db: Executor, entries: readonly AuditLogTable[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insertInto('auditLog').values([...entries]).execute();
}

/** Entries, oldest first (insertion order within the same instant), optionally of one entity. */
export async function listAudit(db: Executor, q: { entity?: string; entityId?: string; limit: number }): Promise<AuditEntry[]> {
  let query = db.selectFrom('auditLog').selectAll();
  if (q.entity !== undefined) query = query.where('entity', '=', q.entity);
  if (q.entityId !== undefined) query = query.where('entityId', '=', q.entityId);
  return query.orderBy('at').orderBy(sql`rowid`).limit(q.limit).execute();
}

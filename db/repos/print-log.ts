// The print log of meeting documents (migration 5): how many times a finalized meeting's minutes were
// printed from one frozen record, and one row per print. Layer: db.
import type { PrintLogTable } from '../schema';
import type { Executor } from './executor';

export type PrintedDocument = PrintLogTable['document'];

/** Prints of each meeting's document from its current frozen record: meeting id → count. */
export async function countPrints(db: Executor, document: PrintedDocument, frozen: readonly { meetingId: string; contentHash: string }[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (frozen.length === 0) return out;
  const rows = await db
    .selectFrom('printLog')
    .select(['meetingId', 'contentHash'])
    .select((eb) => eb.fn.countAll<number>().as('prints'))
    .where('document', '=', document)
    .where(
      'meetingId',
      'in',
      frozen.map((f) => f.meetingId),
    )
    .groupBy(['meetingId', 'contentHash'])
    .execute();
  for (const f of frozen) {
    const row = rows.find((r) => r.meetingId === f.meetingId && r.contentHash === f.contentHash);
    out.set(f.meetingId, Number(row?.prints ?? 0));
  }
  return out;
}

export async function insertPrint(db: Executor, row: PrintLogTable): Promise<void> {
  await db.insertInto('printLog').values(row).execute();
}

export async function listPrints(db: Executor, meetingId: string): Promise<PrintLogTable[]> {
  return db.selectFrom('printLog').selectAll().where('meetingId', '=', meetingId).orderBy('printedAt').orderBy('copyNo').execute();
}

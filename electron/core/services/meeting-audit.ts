// How every change to a meeting is applied: in one transaction (nothing half-saved), refused once the
// meeting is finalized, and — after a "mở lại" — written to the audit log field by field with the old and
// new value, the actor and the reopening reason. Also the audit log query. Layer: electron/core.
import { DEFAULT_ACTOR } from '../../../shared/meeting/labels';
import { diffRecords } from '../../../shared/meeting/record-diff';
import type { AuditEntry, MeetingView } from '../../../shared/meeting/types';
import { buildMeetingView } from '../../../shared/meeting/view';
import type { Executor } from '../../../db/repos/executor';
import { insertAudit, listAudit } from '../../../db/repos/audit';
import { updateMeeting } from '../../../db/repos/meetings';
import { stamp, type ServiceContext } from './context';
import { loadMeeting, requireEditable, type LoadedMeeting } from './meeting-record';

/** The actor named by the client, or the office. */
export const actorName = (actor: string | null | undefined): string => actor ?? DEFAULT_ACTOR;

/** Writes audit rows for one entity. */
export async function audit(
  ctx: ServiceContext,
  db: Executor,
  entries: { entity: string; entityId: string; field: string; oldValue: string | null; newValue: string | null; reason: string | null }[],
  actor: string | null | undefined,
): Promise<void> {
  const at = stamp(ctx);
  await insertAudit(
    db,
    entries.map((e) => ({ id: ctx.newId(), ...e, actor: actorName(actor), at })),
  );
}

/**
 * Applies `change` to a meeting in progress inside one transaction and returns the new view. A meeting
 * that was reopened after finalization has every changed field audited with the reopening reason.
 */
export async function editMeeting(
  ctx: ServiceContext,
  meetingId: string,
  actor: string | null | undefined,
  change: (trx: Executor, before: LoadedMeeting) => Promise<void>,
): Promise<MeetingView> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const before = await loadMeeting(trx, meetingId);
    requireEditable(before.row);
    await change(trx, before);
    const after = await loadMeeting(trx, meetingId);
    if (after.row.reopenReason) {
      const changes = diffRecords(before.record, after.record);
      await audit(
        ctx,
        trx,
        changes.map((c) => ({ entity: 'meeting', entityId: meetingId, field: c.field, oldValue: c.oldValue, newValue: c.newValue, reason: after.row.reopenReason })),
        actor,
      );
    }
    await updateMeeting(trx, meetingId, { updatedAt: stamp(ctx) });
    return buildMeetingView({ ...after.record });
  });
}

export async function listAuditEntries(ctx: ServiceContext, input: { entity?: string; entityId?: string; limit: number }): Promise<AuditEntry[]> {
  return listAudit(ctx.db.kysely, input);
}

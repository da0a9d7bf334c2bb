// How every change to a meeting is applied: in one transaction (nothing half-saved), refused once the
// meeting is finalized, and — after a "mở lại" — written to the audit log field by field with the old and
// new value, the actor and the reopening reason. The actor is the one the call names, else the "người sử
// dụng máy" of the settings, else the office. Also the audit log query. Layer: electron/core.
import { DEFAULT_ACTOR } from '../../../shared/meeting/labels';
import { diffRecords } from '../../../shared/meeting/record-diff';
import type { AuditEntry, MeetingView } from '../../../shared/meeting/types';
import { buildMeetingView } from '../../../shared/meeting/view';
import type { Executor } from '../../../db/repos/executor';
import { insertAudit, listAudit } from '../../../db/repos/audit';
import { updateMeeting } from '../../../db/repos/meetings';
import { stamp, type ServiceContext } from './context';
import { loadMeeting, requireEditable, type LoadedMeeting } from './meeting-record';
import { getOperatorName } from './settings-service';

/** Who makes a change: the actor named by the call, else the person using this computer (settings), else the office. */
export async function resolveActor(ctx: ServiceContext, db: Executor, actor: string | null | undefined): Promise<string> {
  return actor ?? (await getOperatorName(ctx, db)) ?? DEFAULT_ACTOR;
}

/** Writes audit rows for one entity. */
export async function audit(
  ctx: ServiceContext,
  db: Executor,
  entries: { entity: string; entityId: string; field: string; oldValue: string | null; newValue: string | null; reason: string | null }[],
  actor: string | null | undefined,
): Promise<void> {
  if (entries.length === 0) return;
  const at = stamp(ctx);
  const by = await resolveActor(ctx, db, actor);
  await insertAudit(
    db,
    entries.map((e) => ({ id: ctx.newId(), ...e, actor: by, at })),
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

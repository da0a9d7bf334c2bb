// Finalizing and reopening a meeting (issue 4 §5): finalize refuses while any step is unanswered, then
// freezes the view and the minutes as canonical JSON with their SHA-256 content hash; "mở lại" needs a
// written reason, is refused once the Đảng ủy has recognized the results, and starts auditing every change
// until the meeting is finalized again. Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import { canonicalJson, meetingHashInput } from '../../../shared/meeting/canonical';
import { buildMinutes } from '../../../shared/meeting/minutes';
import { canFinalize } from '../../../shared/meeting/steps';
import type { MeetingView } from '../../../shared/meeting/types';
import { buildMeetingView } from '../../../shared/meeting/view';
import { formatDateVi } from '../../../shared/rules/calendar';
import { updateMeeting } from '../../../db/repos/meetings';
import { stamp, type ServiceContext } from './context';
import { audit, resolveActor } from './meeting-audit';
import { frozenOf, loadMeeting, requireEditable, requireMeetingRow, sha256 } from './meeting-record';

export async function finalizeMeeting(ctx: ServiceContext, input: { meetingId: string; actor?: string | null }): Promise<MeetingView> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const { row, record } = await loadMeeting(trx, input.meetingId);
    requireEditable(row);
    const allowed = canFinalize(buildMeetingView(record).steps);
    if (!allowed.ok) throw new DomainError(allowed.error.code, allowed.error.message, { path: 'meetingId' });

    const frozen = buildMeetingView({ ...record, status: 'finalized', currentStep: 'finalize' });
    const minutes = buildMinutes(frozen);
    const contentHash = sha256(meetingHashInput(frozen, minutes));
    const now = stamp(ctx);
    const by = await resolveActor(ctx, trx, input.actor);
    await updateMeeting(trx, row.id, {
      status: 'finalized',
      currentStep: 'finalize',
      furthestStep: 'finalize',
      finalizedAt: now,
      finalizedBy: by,
      contentHash,
      recordJson: canonicalJson(frozen),
      minutesJson: canonicalJson(minutes),
      updatedAt: now,
    });
    await audit(ctx, trx, [{ entity: 'meeting', entityId: row.id, field: 'status', oldValue: 'in-progress', newValue: JSON.stringify({ status: 'finalized', contentHash }), reason: row.reopenReason }], input.actor);
    return frozenOf((await requireMeetingRow(trx, row.id))).view;
  });
}

export async function reopenMeeting(ctx: ServiceContext, input: { meetingId: string; reason: string; actor?: string | null }): Promise<MeetingView> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const row = await requireMeetingRow(trx, input.meetingId);
    if (row.status !== 'finalized') throw new DomainError('not-finalized', 'Hội nghị chưa hoàn tất nên không cần mở lại; có thể sửa trực tiếp.', { path: 'meetingId' });
    const recognized = await trx
      .selectFrom('levelDecision as d')
      .innerJoin('recognition as r', 'r.id', 'd.recognitionId')
      .select(['r.decisionNo', 'r.decidedOn'])
      .where('d.meetingId', '=', row.id)
      .executeTakeFirst();
    if (recognized) {
      throw new DomainError(
        'already-recognized',
        `Kết quả của hội nghị đã được Đảng ủy công nhận (Quyết định số ${recognized.decisionNo} ngày ${formatDateVi(recognized.decidedOn)}); ` +
          'không mở lại được. Muốn thay đổi mức xếp loại, hãy ra quyết định xếp loại lại (Mẫu 03).',
        { path: 'meetingId' },
      );
    }
    const now = stamp(ctx);
    const by = await resolveActor(ctx, trx, input.actor);
    await audit(
      ctx,
      trx,
      [
        {
          entity: 'meeting',
          entityId: row.id,
          field: 'status',
          oldValue: JSON.stringify({ status: 'finalized', contentHash: row.contentHash, finalizedAt: row.finalizedAt }),
          newValue: 'in-progress',
          reason: input.reason,
        },
      ],
      input.actor,
    );
    await updateMeeting(trx, row.id, {
      status: 'in-progress',
      finalizedAt: null,
      finalizedBy: null,
      contentHash: null,
      recordJson: null,
      minutesJson: null,
      reopenedAt: now,
      reopenedBy: by,
      reopenReason: input.reason,
      updatedAt: now,
    });
    return buildMeetingView((await loadMeeting(trx, row.id)).record);
  });
}

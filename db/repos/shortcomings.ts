// Shortcomings (remediation items adopted by a meeting) and their follow-up by later meetings — the
// carry-over of shared/meeting/carry-over.ts. Layer: db.
import type { ShortcomingHistory } from '../../shared/meeting/carry-over';
import type { RemediationItem } from '../../shared/meeting/types';
import type { ShortcomingFollowupTable } from '../schema';
import type { Executor } from './executor';

/**
 * Items adopted by finalized meetings of earlier years that concern the org unit's collective or one of
 * the given members, each with every follow-up so far (and the year of the meeting that made it).
 */
export async function listShortcomingHistory(db: Executor, q: { orgUnitId: string; memberIds: readonly string[]; beforeYear: number }): Promise<ShortcomingHistory[]> {
  const rows = await db
    .selectFrom('shortcoming as s')
    .innerJoin('meeting as m', 'm.id', 's.meetingId')
    .select(['s.id', 's.reviewYear', 's.memberId', 's.orgUnitId', 's.content', 's.measure', 's.position'])
    .where('m.status', '=', 'finalized')
    .where('s.reviewYear', '<', q.beforeYear)
    .where((eb) => {
      const collective = eb.and([eb('s.memberId', 'is', null), eb('s.orgUnitId', '=', q.orgUnitId)]);
      return q.memberIds.length > 0 ? eb.or([collective, eb('s.memberId', 'in', q.memberIds)]) : collective;
    })
    .orderBy('s.reviewYear')
    .orderBy('s.position')
    .execute();
  if (rows.length === 0) return [];
  const followups = await db
    .selectFrom('shortcomingFollowup as f')
    .innerJoin('meeting as m', 'm.id', 'f.meetingId')
    .innerJoin('reviewYear as y', 'y.id', 'm.reviewYearId')
    .select(['f.shortcomingId', 'f.meetingId', 'y.year', 'f.status', 'f.extent', 'f.obstacles', 'f.responsibility'])
    .where(
      'f.shortcomingId',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => ({
    shortcomingId: r.id,
    fromYear: r.reviewYear,
    memberId: r.memberId,
    orgUnitId: r.orgUnitId,
    content: r.content,
    measure: r.measure,
    followups: followups
      .filter((f) => f.shortcomingId === r.id)
      .map((f) => ({ meetingId: f.meetingId, year: f.year, status: f.status, extent: f.extent, obstacles: f.obstacles, responsibility: f.responsibility })),
  }));
}

/** The remediation items a meeting adopted: the collective's first, then by member, each in order. */
export async function listRemediation(db: Executor, meetingId: string): Promise<RemediationItem[]> {
  const rows = await db.selectFrom('shortcoming').selectAll().where('meetingId', '=', meetingId).orderBy('position').execute();
  return rows.map((r) => ({ id: r.id, memberId: r.memberId, content: r.content, measure: r.measure, deadline: r.deadline, responsible: r.responsible }));
}

/** Ids of the given items that a later meeting has already assessed (they may not be deleted). */
export async function followedUp(db: Executor, shortcomingIds: readonly string[]): Promise<{ shortcomingId: string; year: number }[]> {
  if (shortcomingIds.length === 0) return [];
  return db
    .selectFrom('shortcomingFollowup as f')
    .innerJoin('meeting as m', 'm.id', 'f.meetingId')
    .innerJoin('reviewYear as y', 'y.id', 'm.reviewYearId')
    .select(['f.shortcomingId', 'y.year'])
    .where('f.shortcomingId', 'in', shortcomingIds)
    .execute();
}

/**
 * Replaces the plan of one subject (memberId null = the collective): items with a known id are updated in
 * place (their id is what later years' follow-ups refer to), new ones inserted, missing ones deleted.
 */
export async function replaceRemediation(
  db: Executor,
  meeting: { id: string; reviewYear: number; orgUnitId: string },
  memberId: string | null,
  items: readonly { id: string | null; content: string; measure: string | null; deadline: string | null; responsible: string | null }[],
  stamps: { newId: () => string; now: string },
): Promise<void> {
  let q = db.selectFrom('shortcoming').select(['id', 'position']).where('meetingId', '=', meeting.id);
  q = memberId === null ? q.where('memberId', 'is', null) : q.where('memberId', '=', memberId);
  const existing = await q.execute();
  const keep = new Set(items.map((i) => i.id).filter((id): id is string => id !== null));
  const gone = existing.filter((r) => !keep.has(r.id)).map((r) => r.id);
  if (gone.length > 0) await db.deleteFrom('shortcoming').where('id', 'in', gone).execute();
  // Positions are unique per meeting across subjects: the collective 0–99, each member its own block.
  const base = memberId === null ? 0 : 100 * (1 + (await subjectBlock(db, meeting.id, memberId)));
  for (const [i, item] of items.entries()) {
    const columns = { content: item.content, measure: item.measure, deadline: item.deadline, responsible: item.responsible, position: base + i, updatedAt: stamps.now };
    if (item.id !== null && existing.some((r) => r.id === item.id)) await db.updateTable('shortcoming').set(columns).where('id', '=', item.id).execute();
    else {
      await db
        .insertInto('shortcoming')
        .values({ id: item.id ?? stamps.newId(), meetingId: meeting.id, reviewYear: meeting.reviewYear, orgUnitId: meeting.orgUnitId, memberId, ...columns, createdAt: stamps.now })
        .execute();
    }
  }
}

/** The member's place in the meeting's order of business (0-based), so their items sort after the earlier members'. */
async function subjectBlock(db: Executor, meetingId: string, memberId: string): Promise<number> {
  const row = await db.selectFrom('meetingMember').select('position').where('meetingId', '=', meetingId).where('memberId', '=', memberId).executeTakeFirst();
  return (row?.position ?? 1) - 1;
}

export async function getFollowup(db: Executor, shortcomingId: string, meetingId: string): Promise<ShortcomingFollowupTable | null> {
  return (await db.selectFrom('shortcomingFollowup').selectAll().where('shortcomingId', '=', shortcomingId).where('meetingId', '=', meetingId).executeTakeFirst()) ?? null;
}

export async function putFollowup(
  db: Executor,
  shortcomingId: string,
  meetingId: string,
  values: Pick<ShortcomingFollowupTable, 'status' | 'extent' | 'obstacles' | 'responsibility'>,
  stamps: { newId: () => string; now: string },
): Promise<void> {
  const existing = await getFollowup(db, shortcomingId, meetingId);
  if (existing) await db.updateTable('shortcomingFollowup').set({ ...values, updatedAt: stamps.now }).where('id', '=', existing.id).execute();
  else await db.insertInto('shortcomingFollowup').values({ id: stamps.newId(), shortcomingId, meetingId, ...values, createdAt: stamps.now, updatedAt: stamps.now }).execute();
}

/** Removes the items a meeting adopted for members who left its roster (none of them can be followed up yet). */
export async function deleteItemsOfMembers(db: Executor, meetingId: string, memberIds: readonly string[]): Promise<void> {
  if (memberIds.length === 0) return;
  const ids = (await db.selectFrom('shortcoming').select('id').where('meetingId', '=', meetingId).where('memberId', 'in', memberIds).execute()).map((r) => r.id);
  if (ids.length === 0 || (await followedUp(db, ids)).length > 0) return;
  await db.deleteFrom('shortcoming').where('id', 'in', ids).execute();
}

// Aggregate counts for the dashboard, in one pass over the member table. Layer: db.
import type { MemberCategory, MemberStatus } from '../../shared/domain/enums';
import type { Executor } from './executor';

export interface MemberCountRow {
  orgUnitId: string;
  status: MemberStatus;
  category: MemberCategory;
  n: number;
  missingCitizenId: number;
  missingCardNo: number;
}

export async function countMembersByUnitStatusCategory(db: Executor, orgUnitIds: readonly string[]): Promise<MemberCountRow[]> {
  if (orgUnitIds.length === 0) return [];
  const rows = await db
    .selectFrom('member')
    .select((eb) => [
      'orgUnitId',
      'status',
      'category',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>(eb.case().when('citizenId', 'is', null).then(1).else(0).end()).as('missingCitizenId'),
      eb.fn.sum<number>(eb.case().when('cardNo', 'is', null).then(1).else(0).end()).as('missingCardNo'),
    ])
    .where('orgUnitId', 'in', orgUnitIds)
    .groupBy(['orgUnitId', 'status', 'category'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n), missingCitizenId: Number(r.missingCitizenId), missingCardNo: Number(r.missingCardNo) }));
}

// The dashboard: member counts per org unit, status and category, and data-quality hints.
// Layer: electron/core.
import type { DashboardData, OrgUnitCount } from '../../../shared/domain/dashboard';
import { activeStatuses, memberCategories, memberStatuses, type MemberCategory, type MemberStatus } from '../../../shared/domain/enums';
import { listOrgUnits } from '../../../db/repos/org-units';
import { countMembersByUnitStatusCategory } from '../../../db/repos/dashboard';
import { requireOwnCommune } from './commune-service';
import type { ServiceContext } from './context';

const zeroes = <K extends string>(codes: readonly K[]) => Object.fromEntries(codes.map((c) => [c, 0])) as Record<K, number>;

export async function getDashboard(ctx: ServiceContext): Promise<DashboardData> {
  const commune = await requireOwnCommune(ctx);
  const units = await listOrgUnits(ctx.db.kysely, commune.id);
  const counts = await countMembersByUnitStatusCategory(
    ctx.db.kysely,
    units.map((u) => u.id),
  );
  const byStatus = zeroes<MemberStatus>(memberStatuses.codes);
  const byCategory = zeroes<MemberCategory>(memberCategories.codes);
  const perUnit = new Map<string, OrgUnitCount>(
    units.map((u) => [u.id, { orgUnitId: u.id, name: u.name, kind: u.kind, type: u.type, parentId: u.parentId, active: 0, official: 0, probationary: 0 }]),
  );
  let activeMembers = 0;
  let missingCitizenId = 0;
  let missingCardNo = 0;
  for (const row of counts) {
    byStatus[row.status] += row.n;
    const active = activeStatuses.includes(row.status);
    if (!active) continue;
    // Categories and data-quality hints are about the members on the roll, not history.
    byCategory[row.category] += row.n;
    activeMembers += row.n;
    missingCitizenId += row.missingCitizenId;
    missingCardNo += row.missingCardNo;
    const unit = perUnit.get(row.orgUnitId)!;
    unit.active += row.n;
    if (row.status === 'official') unit.official += row.n;
    if (row.status === 'probationary') unit.probationary += row.n;
  }
  return {
    communeName: commune.name,
    orgUnitCount: units.filter((u) => u.kind !== 'commune' && !u.closedOn).length,
    activeMembers,
    byStatus,
    byCategory,
    byOrgUnit: [...perUnit.values()].filter((u) => u.kind !== 'commune'),
    missingCitizenId,
    missingCardNo,
  };
}

// What the dashboard shows: member counts per org unit, per status and per category. Layer: shared.
import type { MemberCategory, MemberStatus, OrgKind, OrgType } from './enums';

export interface OrgUnitCount {
  orgUnitId: string;
  name: string;
  kind: OrgKind;
  type: OrgType;
  parentId: string | null;
  /** Members on the roll (official, probationary, exempt, suspended, temporary). */
  active: number;
  official: number;
  probationary: number;
}

export interface DashboardData {
  communeName: string;
  orgUnitCount: number;
  activeMembers: number;
  byStatus: Record<MemberStatus, number>;
  byCategory: Record<MemberCategory, number>;
  byOrgUnit: OrgUnitCount[];
  /** Data-quality hints: members without CCCD, without số thẻ. */
  missingCitizenId: number;
  missingCardNo: number;
}

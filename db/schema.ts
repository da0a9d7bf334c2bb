// Kysely table types of the schema, in camelCase (CamelCasePlugin maps them to the snake_case SQL
// of the migrations). Keep in step with db/migrations; the schema snapshot test catches drift of
// the SQL side. Layer: db.
import type { DisciplineKind, Gender, MemberCategory, MemberStatus, OrgKind, OrgType, PartyRole, PoliticalTheoryLevel } from '../shared/domain/enums';
import type { CriterionGroup, TemplateSource } from '../shared/review/criteria';
import type { QuotaScope } from '../shared/review/year-settings';
import type { ReviewFormCode } from '../shared/rules/forms';
import type { QuotaDenominator, VoteDenominator, VoteMethod } from '../shared/rules/schemas';

interface Stamped {
  createdAt: string;
  updatedAt: string;
}

export interface AppSettingTable {
  key: string;
  value: string;
  updatedAt: string;
}

export interface CommuneTable extends Stamped {
  id: string;
  name: string;
  province: string;
  upperLevelName: string;
  placeName: string;
  isOwn: 0 | 1;
}

export interface OrgUnitTable extends Stamped {
  id: string;
  communeId: string;
  parentId: string | null;
  kind: OrgKind;
  type: OrgType;
  name: string;
  closedOn: string | null;
  closeReason: string | null;
}

export interface MemberTable extends Stamped {
  id: string;
  orgUnitId: string;
  fullName: string;
  searchKey: string;
  gender: Gender;
  birthDate: string;
  ethnicity: string | null;
  religion: string | null;
  hometown: string | null;
  residence: string | null;
  citizenId: string | null;
  cardNo: string | null;
  recordNo: string | null;
  admittedOn: string;
  confirmedOn: string | null;
  status: MemberStatus;
  statusSince: string | null;
  statusPlace: string | null;
  statusReason: string | null;
  partyRole: PartyRole;
  communeCommittee: 0 | 1;
  category: MemberCategory;
  workplace: string | null;
  post: string | null;
  education: string | null;
  professionalLevel: string | null;
  politicalTheory: PoliticalTheoryLevel;
  phone: string | null;
  notes: string | null;
}

export interface MemberStatusHistoryTable extends Stamped {
  id: string;
  memberId: string;
  status: MemberStatus;
  fromDate: string;
  toDate: string | null;
  place: string | null;
  reason: string | null;
}

export interface MemberTransferTable extends Stamped {
  id: string;
  memberId: string;
  fromOrgUnitId: string;
  toOrgUnitId: string;
  onDate: string;
  reason: string | null;
}

export interface DisciplineTable extends Stamped {
  id: string;
  memberId: string;
  kind: DisciplineKind;
  decidedOn: string;
  body: string;
  reason: string;
  dutyRelated: 0 | 1;
}

export interface AwardTable extends Stamped {
  id: string;
  memberId: string;
  title: string;
  decidedOn: string;
  body: string;
  note: string | null;
}

/** Settings of one review year of a commune (migration 2). */
export interface ReviewYearTable extends Stamped {
  id: string;
  communeId: string;
  year: number;
  /** A rule set id of shared/rules; checked by the core, not by SQL. */
  ruleSet: string;
  reviewDate: string;
  meetingsFrom: string | null;
  meetingsTo: string | null;
  decisionOn: string | null;
  reportOn: string | null;
  quotaRate: 20 | 25;
  quotaDenominator: QuotaDenominator;
  quotaScope: QuotaScope;
  quotaDecisionRef: string | null;
  voteMethod: VoteMethod;
  voteDenominator: VoteDenominator;
  guideNumber: string | null;
  guideIssuedOn: string | null;
  guideIssuer: string | null;
}

export interface CriteriaTemplateTable extends Stamped {
  id: string;
  reviewYearId: string;
  form: ReviewFormCode;
  title: string;
  note: string | null;
  source: TemplateSource;
}

/** One criterion of a template; replaced with its template (no stamps of its own). */
export interface CriterionTable {
  templateId: string;
  /** The stable criterion id of the template and its export file. */
  code: string;
  position: number;
  criterionGroup: CriterionGroup;
  title: string;
  help: string | null;
  maxTenths: number;
}

export interface DB {
  appSetting: AppSettingTable;
  commune: CommuneTable;
  orgUnit: OrgUnitTable;
  member: MemberTable;
  memberStatusHistory: MemberStatusHistoryTable;
  memberTransfer: MemberTransferTable;
  discipline: DisciplineTable;
  award: AwardTable;
  reviewYear: ReviewYearTable;
  criteriaTemplate: CriteriaTemplateTable;
  criterion: CriterionTable;
}

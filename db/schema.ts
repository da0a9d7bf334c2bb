// Kysely table types of the schema, in camelCase (CamelCasePlugin maps them to the snake_case SQL
// of the migrations). Keep in step with db/migrations; the schema snapshot test catches drift of
// the SQL side. Layer: db.
import type { DisciplineKind, Gender, MemberCategory, MemberStatus, OrgKind, OrgType, PartyRole, PoliticalTheoryLevel } from '../shared/domain/enums';
import type { CriterionGroup, TemplateSource } from '../shared/review/criteria';
import type { QuotaScope } from '../shared/review/year-settings';
import type { ReviewFormCode } from '../shared/rules/forms';
import type { LevelCode } from '../shared/rules/levels';
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

/** Start of an issuing body's committee term: document numbers restart per term (migration 4). */
export interface DocumentTermTable extends Stamped {
  id: string;
  orgUnitId: string;
  startsOn: string;
  label: string | null;
}

/** One number given out by the numbering register (migration 4); never deleted, only voided. */
export interface IssuedDocumentTable extends Stamped {
  id: string;
  orgUnitId: string;
  termId: string;
  /** A code of shared/documents/numbering.ts (BC, BB, QĐ…); checked by the core. */
  typeCode: string;
  number: number;
  issuedOn: string;
  title: string;
  voidedOn: string | null;
  voidReason: string | null;
}

/** A chi bộ review meeting of one review year (migration 3). */
export interface MeetingTable extends Stamped {
  id: string;
  reviewYearId: string;
  orgUnitId: string;
  status: 'in-progress' | 'finalized';
  /** A step key of shared/meeting/steps.ts. */
  currentStep: string;
  /** The furthest step the wizard has reached (migration 7); going back does not move it. */
  furthestStep: string;
  meetingDate: string | null;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  chairMemberId: string | null;
  secretaryMemberId: string | null;
  upperLevelAttendee: string | null;
  draftSentOn: string | null;
  minutesFingerprint: string | null;
  minutesApprovedAt: string | null;
  finalizedAt: string | null;
  finalizedBy: string | null;
  /** SHA-256 (hex) of the canonical JSON of the frozen record and minutes. */
  contentHash: string | null;
  recordJson: string | null;
  minutesJson: string | null;
  reopenedAt: string | null;
  reopenedBy: string | null;
  reopenReason: string | null;
}

/** One member of a meeting's roster snapshot, with checklist and attendance (migration 3). */
export interface MeetingMemberTable extends Stamped {
  id: string;
  meetingId: string;
  memberId: string;
  position: number;
  fullName: string;
  partyRole: PartyRole;
  category: MemberCategory;
  status: MemberStatus;
  reviewStatus: 'official' | 'probationary' | 'exempt' | 'suspended';
  admittedOn: string;
  form: ReviewFormCode;
  reviewed: 0 | 1;
  classified: 0 | 1;
  canVote: 0 | 1;
  reasonsJson: string;
  notesJson: string;
  selfReviewReceived: 0 | 1;
  residenceApplies: 0 | 1;
  residenceReceived: 0 | 1;
  temporaryReceived: 0 | 1;
  civilServantRating: string | null;
  attendance: 'present' | 'absent-excused' | 'absent-unexcused' | null;
  absenceReason: string | null;
}

/** The review of the collective (memberId null) or of one member (migration 3). */
export interface MeetingReviewTable extends Stamped {
  id: string;
  meetingId: string;
  memberId: string | null;
  summary: string | null;
  shortcomings: string | null;
  scoresJson: string;
  /** Group totals of section B.I (migration 6). */
  groupCommon: number | null;
  groupTasks: number | null;
  donePct: number | null;
  latePct: number | null;
  exceededPct: number | null;
  disqualifiersJson: string;
  disciplinedMember: 0 | 1;
  overrideRequest: string | null;
  commentsJson: string;
  response: string | null;
  proposedLevel: LevelCode | null;
  proposalNote: string | null;
}

/** One vote round on a subject (migration 3). */
export interface MeetingVoteTable extends Stamped {
  id: string;
  meetingId: string;
  memberId: string | null;
  round: number;
  mode: 'hand' | 'ballot';
  votesHtxs: number;
  votesHtt: number;
  votesHtnv: number;
  votesKhtnv: number;
  ballotsIssued: number | null;
  ballotsReturned: number | null;
  ballotsInvalid: number | null;
  voters: number;
  presentVoters: number;
  proposedLevel: LevelCode | null;
}

/** A remediation item adopted by a meeting (migration 3). */
export interface ShortcomingTable extends Stamped {
  id: string;
  meetingId: string;
  reviewYear: number;
  orgUnitId: string;
  memberId: string | null;
  position: number;
  content: string;
  measure: string | null;
  deadline: string | null;
  responsible: string | null;
}

/** A later meeting's assessment of a shortcoming (migration 3). */
export interface ShortcomingFollowupTable extends Stamped {
  id: string;
  shortcomingId: string;
  meetingId: string;
  status: 'fixed' | 'in-progress' | 'not-fixed' | null;
  extent: string | null;
  obstacles: string | null;
  responsibility: string | null;
}

/** A recognition decision (quyết định công nhận) of the Đảng ủy (migration 3). */
export interface RecognitionTable extends Stamped {
  id: string;
  reviewYearId: string;
  scopeKind: 'commune' | 'basic-org';
  scopeOrgUnitId: string | null;
  decisionNo: string;
  decidedOn: string;
  contentJson: string;
  contentHash: string;
  actor: string;
}

/** The Đảng ủy's level of one subject in a year (migration 3). */
export interface LevelDecisionTable extends Stamped {
  id: string;
  reviewYearId: string;
  meetingId: string;
  orgUnitId: string;
  memberId: string | null;
  proposedLevel: LevelCode | null;
  level: LevelCode;
  reason: string | null;
  overrideGranted: 0 | 1 | null;
  recognitionId: string | null;
  decidedBy: string;
  decidedAt: string;
}

/** A re-rating decision (Mẫu 03) (migration 3). */
export interface ReRatingTable extends Stamped {
  id: string;
  levelDecisionId: string;
  oldLevel: LevelCode;
  newLevel: LevelCode;
  reason: string;
  decisionNo: string;
  decidedOn: string;
  actor: string;
}

/** A past year's level entered by hand under a record-only rule set (migration 3). */
export interface PastLevelTable extends Stamped {
  id: string;
  memberId: string;
  year: number;
  recordedLevel: LevelCode;
  level: LevelCode;
  ruleSet: string;
  discipline: 0 | 1;
  overrideReason: string | null;
  note: string | null;
  reasonsJson: string;
}

/** The generic audit log (migration 3). */
export interface AuditLogTable {
  id: string;
  entity: string;
  entityId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
  actor: string;
  at: string;
}

/** One print of a meeting document (migration 5): copy 0 is the original, later ones are "BẢN SAO". */
export interface PrintLogTable {
  id: string;
  meetingId: string;
  document: 'minutes';
  contentHash: string;
  copyNo: number;
  format: 'pdf' | 'docx';
  printedAt: string;
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
  documentTerm: DocumentTermTable;
  issuedDocument: IssuedDocumentTable;
  meeting: MeetingTable;
  meetingMember: MeetingMemberTable;
  meetingReview: MeetingReviewTable;
  meetingVote: MeetingVoteTable;
  shortcoming: ShortcomingTable;
  shortcomingFollowup: ShortcomingFollowupTable;
  recognition: RecognitionTable;
  levelDecision: LevelDecisionTable;
  reRating: ReRatingTable;
  pastLevel: PastLevelTable;
  auditLog: AuditLogTable;
  printLog: PrintLogTable;
}

// The data of a review meeting (hội nghị kiểm điểm) as the core stores it (`MeetingRecord`) and as the
// app shows it (`MeetingView`: the record plus everything the rules compute from it — scores, levels,
// vote results, the steps with their problems). The view of a finalized meeting is frozen as it was.
// Layer: shared.
import type { MemberCategory, MemberStatus, OrgKind, PartyRole } from '../domain/enums';
import type { CriteriaScore, CriteriaTemplateBody } from '../review/criteria';
import type { QuotaScope } from '../review/year-settings';
import type { ClassifyOutcome } from '../rules/classify';
import type { MemberStatus as EngineStatus } from '../rules/eligibility';
import type { ReviewFormCode } from '../rules/forms';
import type { LevelCode } from '../rules/levels';
import type { QuotaRatePercent } from '../rules/quota';
import type { Reason } from '../rules/reasons';
import type { RuleSetId } from '../rules/rule-sets';
import type { QuotaDenominator, VoteDenominator, VoteMethod } from '../rules/schemas';
import type { Attendance, CarryStatus, VoteMode } from './labels';
import type { MinutesDocument } from './minutes';
import type { DraftNotice } from './working-days';

export type MeetingStatus = 'in-progress' | 'finalized';

/** Whose review a call is about: the chi bộ itself (Mẫu 01) or one member (Mẫu 02). */
export type SubjectRef = 'collective' | { memberId: string };

/** The settings of the review year the meeting follows. */
export interface MeetingSettings {
  ruleSet: RuleSetId;
  reviewDate: string;
  vote: { method: VoteMethod; denominator: VoteDenominator };
  quota: { ratePercent: QuotaRatePercent; denominator: QuotaDenominator; scope: QuotaScope; decisionRef: string | null };
  deadlines: { meetingsFrom: string | null; meetingsTo: string | null; decisionOn: string | null; reportOn: string | null };
}

/** One member of the cell as the meeting took them from the register, with their eligibility at the meeting date. */
export interface RosterEntry {
  memberId: string;
  /** Position in the order of business (rules.md §7), from 1. */
  position: number;
  fullName: string;
  partyRole: PartyRole;
  category: MemberCategory;
  /** Status in the register. */
  status: MemberStatus;
  /** Status the rules were applied with (`temporary` becomes official or probationary). */
  reviewStatus: EngineStatus;
  admittedOn: string;
  form: ReviewFormCode;
  reviewed: boolean;
  classified: boolean;
  canVote: boolean;
  reasons: Reason[];
  notes: Reason[];
}

/** The preparation checklist of one member. */
export interface MemberPreparation {
  /** The self-review (Mẫu 02A/B/C) is in. */
  selfReviewReceived: boolean;
  /** Residence comments (nhận xét nơi cư trú) are needed: members working elsewhere. */
  residenceApplies: boolean;
  residenceReceived: boolean;
  /** Comments of the temporary cell are in (only asked of members in temporary attendance elsewhere). */
  temporaryReceived: boolean;
  /** The civil-servant rating of the year, as text (only asked of leader / staff members). */
  civilServantRating: string | null;
}

export interface MeetingMemberRecord extends RosterEntry {
  preparation: MemberPreparation;
  attendance: Attendance | null;
  absenceReason: string | null;
}

export interface TaskFigures {
  donePct: number;
  latePct: number;
  exceededPct: number;
}

/** Task figures as entered, one field at a time; the engine runs once all three are in. */
export interface TaskEntry {
  donePct: number | null;
  latePct: number | null;
  exceededPct: number | null;
}

/** The two group totals of section B.I as entered (null: not entered). */
export interface GroupScores {
  common: number | null;
  tasks: number | null;
}

/**
 * Which scores the rules use: `criteria` once any criterion of the template is scored (then every one is
 * required), else `groups` (the two group totals).
 */
export type ScoreSource = 'criteria' | 'groups';

/** Who said what in the discussion (góp ý). */
export interface MeetingComment {
  /** A member of the cell, or null for someone else (e.g. the upper-level attendee). */
  speakerMemberId: string | null;
  speakerName: string;
  content: string;
}

/** The review of one subject: the chi bộ (Mẫu 01) or a member (Mẫu 02). */
export interface ReviewRecord {
  /** Summary of the report presented (Mẫu 01) or of the self-review (Mẫu 02). */
  summary: string | null;
  /** Hạn chế, khuyết điểm named (section II); a remediation plan is then required. */
  shortcomings: string | null;
  /** Self-score per criterion id of the year's template for the form (the province's appendix). */
  scores: Record<string, number>;
  /**
   * Self-score by group, as section B.I of Mẫu 01/02 holds it: "Nhóm tiêu chí chung …/30" and "Nhóm tiêu
   * chí về kết quả thực hiện nhiệm vụ …/70". Counts only while no criterion is scored (see `scoreSource`).
   */
  groupScores: GroupScores;
  tasks: TaskEntry;
  /** Disqualifier codes of rules.md §4.2 (never `tasks-undone-majority`, which is computed). */
  disqualifiers: string[];
  /** Collective only: a subordinate unit or a member of the leadership was disciplined in the year. */
  disciplinedMember: boolean;
  /** The chi bộ asks the competent level to set the disqualifiers aside (self-detected and remedied); the Đảng ủy decides. */
  overrideRequest: string | null;
  comments: MeetingComment[];
  /** The member's (or the bí thư's) response to the comments. */
  response: string | null;
  /** The chi ủy's proposal (for the collective: the level it proposes for itself). */
  proposedLevel: LevelCode | null;
  proposalNote: string | null;
}

export interface BallotCounts {
  issued: number;
  returned: number;
  invalid: number;
}

/** One round of a vote on one subject; a re-vote adds a round and keeps the earlier ones. */
export interface VoteRound {
  memberId: string | null;
  round: number;
  mode: VoteMode;
  votes: Record<LevelCode, number>;
  ballots: BallotCounts | null;
  /** Voters of the cell and voters present when the round was recorded. */
  voters: number;
  presentVoters: number;
  /** The chi ủy's proposal the round voted on. */
  proposedLevel: LevelCode | null;
  recordedAt: string;
}

/** A shortcoming of an earlier year listed in section III, with this meeting's assessment of it. */
export interface CarryItem {
  shortcomingId: string;
  fromYear: number;
  memberId: string | null;
  content: string;
  measure: string | null;
  status: CarryStatus | null;
  /** Mức độ (for "đang khắc phục"). */
  extent: string | null;
  obstacles: string | null;
  responsibility: string | null;
}

/** One item of the remediation plan (kế hoạch khắc phục) adopted by this meeting. */
export interface RemediationItem {
  id: string;
  memberId: string | null;
  content: string;
  measure: string | null;
  deadline: string | null;
  responsible: string | null;
}

export interface Preparation {
  meetingDate: string | null;
  /** `HH:MM`, 24-hour. */
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  chairMemberId: string | null;
  secretaryMemberId: string | null;
  /** Free text, e.g. "Đồng chí Nguyễn Văn X, Phó Bí thư Đảng ủy xã". */
  upperLevelAttendee: string | null;
  /** Date the Mẫu 01 draft went to the members. */
  draftSentOn: string | null;
}

export interface MeetingOrgUnit {
  id: string;
  name: string;
  kind: OrgKind;
  /** The TCCSĐ deciding its members (itself for a chi bộ cơ sở). */
  basicOrgId: string;
  basicOrgName: string;
}

export interface MeetingCommune {
  name: string;
  upperLevelName: string;
  placeName: string;
}

/** Everything stored about one meeting, as plain data (the input of every pure function here). */
export interface MeetingRecord {
  id: string;
  reviewYear: number;
  orgUnit: MeetingOrgUnit;
  commune: MeetingCommune;
  settings: MeetingSettings;
  status: MeetingStatus;
  currentStep: string;
  /** The furthest step reached (absent in older data: the current step). Going back does not move it. */
  furthestStep?: string;
  preparation: Preparation;
  members: MeetingMemberRecord[];
  collective: ReviewRecord;
  /** Reviews by member id; a member without a saved review has the empty one. */
  reviews: Record<string, ReviewRecord>;
  votes: VoteRound[];
  carryOver: CarryItem[];
  remediation: RemediationItem[];
  /** The year's criteria templates of the forms in use. */
  templates: Partial<Record<ReviewFormCode, CriteriaTemplateBody>>;
  minutesApproval: { fingerprint: string; at: string } | null;
  reopened: { at: string; by: string; reason: string } | null;
}

// ------------------------------------------------------------------------------------------------ view

/** What the rules compute for one subject from its review. */
export interface SubjectAssessment {
  /** Criteria of the template and how many are scored. */
  criteriaCount: number;
  scoredCount: number;
  score: CriteriaScore | null;
  /** The scores in force: per criterion (any criterion scored) or the two group totals. */
  scoreSource: ScoreSource;
  /** Why there is no score yet (every missing item, or the refused value). */
  scoreProblem: string | null;
  /** Group totals entered but not used, because the criteria table is in force and gives other totals. */
  scoreConflict: string | null;
  /** Everything still to enter before the rules can compute a level (score items, then task figures). */
  missing: string[];
  previousShortcomings: { total: number; fixed: number };
  /** The engine's outcome (null until score and task figures are in). */
  computed: ClassifyOutcome | null;
  computedProblem: string | null;
  /** The outcome if the competent level granted the requested override. */
  computedWithOverride: ClassifyOutcome | null;
}

export interface LevelShare {
  level: LevelCode;
  count: number;
  /** Share of the vote denominator, percent rounded to 2 decimals. */
  percent: number;
}

export interface VoteRoundView extends VoteRound {
  /** Denominator of "more than half" and the votes needed. */
  denominator: number;
  threshold: number | null;
  level: LevelCode | null;
  revote: boolean;
  reasons: Reason[];
  shares: LevelShare[];
  /** Why the round no longer stands (proposal or attendance changed since); null when it does. */
  stale: string | null;
  /** The tally refused the stored counts (only after attendance changed). */
  error: string | null;
}

export interface SubjectVotes {
  rounds: VoteRoundView[];
  /** The level the latest, standing round adopted; null when none. */
  result: LevelCode | null;
}

export interface SubjectView {
  review: ReviewRecord;
  assessment: SubjectAssessment;
  carryOver: CarryItem[];
  remediation: RemediationItem[];
  votes: SubjectVotes;
}

export interface MemberView extends MeetingMemberRecord {
  /** Attendance is asked of every member but the exempt and the suspended. */
  attendanceRequired: boolean;
  temporaryApplies: boolean;
  civilServantApplies: boolean;
  /** Null for members who are not reviewed. */
  subject: SubjectView | null;
}

export interface AttendanceCounts {
  onRoll: number;
  reviewed: number;
  /** Members with the right to vote (official, not exempt or suspended). */
  voters: number;
  present: number;
  presentVoters: number;
  absentExcused: number;
  absentUnexcused: number;
  /** Exempt and suspended members, for whom attendance is not asked. */
  notRequired: number;
  unanswered: number;
}

export const STEP_KINDS = ['preparation', 'attendance', 'collective', 'member', 'votes', 'collective-vote', 'remediation', 'minutes', 'finalize'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export interface StepStatus {
  /** `preparation`, `member:<id>`, … — what `meeting.setStep` takes. */
  key: string;
  kind: StepKind;
  memberId: string | null;
  /** 1-based position and the number of steps: "bước index / total". */
  index: number;
  total: number;
  title: string;
  /** "Bước 4/22". */
  label: string;
  complete: boolean;
  /** What must be fixed before moving on (Vietnamese). */
  problems: string[];
  /** What deserves attention but does not block (Vietnamese). */
  warnings: string[];
  /** Every earlier step is complete. */
  reachable: boolean;
  /**
   * Member and collective steps: the level the proposal box shows preselected (the computed level) while
   * no proposal is stored. The step is complete once it is stored: "Tiếp theo" saves it. Absent in views
   * frozen before this field existed.
   */
  proposalPreset?: LevelCode | null;
}

export interface MeetingView {
  id: string;
  reviewYear: number;
  orgUnit: MeetingOrgUnit;
  commune: MeetingCommune;
  settings: MeetingSettings;
  status: MeetingStatus;
  /** The date eligibility is computed at: the meeting date, or the year's review date until it is set. */
  eligibilityDate: string;
  preparation: Preparation & { draftNotice: DraftNotice | null };
  counts: AttendanceCounts;
  /** Every member on the roll, in the order of business. */
  members: MemberView[];
  collective: SubjectView;
  /** "More than half" as it stands now: the denominator of the year's setting and the votes needed. */
  voting: { denominator: number; threshold: number };
  /** The criteria templates the self-scores follow (Mẫu 01 and the members' forms). */
  templates: Partial<Record<ReviewFormCode, CriteriaTemplateBody>>;
  /** The chi bộ-level HTXS quota over the voted levels: a warning only (rules.md §5). */
  quotaWarning: string | null;
  minutesApproval: { approved: boolean; at: string | null; stale: boolean };
  steps: StepStatus[];
  currentStep: string;
  currentIndex: number;
  totalSteps: number;
  /**
   * The furthest step the wizard reached ("bước đang làm"), never before the current one; the wizard
   * offers to return to it after going back. Absent in views frozen before this field existed.
   */
  furthestStep?: string;
  furthestIndex?: number;
  finalized: { at: string; by: string; contentHash: string; hashValid: boolean } | null;
  reopened: { at: string; by: string; reason: string } | null;
}

/** A light row for lists. */
export interface MeetingSummary {
  id: string;
  reviewYear: number;
  orgUnitId: string;
  orgUnitName: string;
  status: MeetingStatus;
  meetingDate: string | null;
  currentStep: string;
  currentIndex: number;
  totalSteps: number;
  currentTitle: string;
  /**
   * The furthest step the meeting reached (the current one when nothing was looked back at): what the
   * list shows, so looking back at an earlier step does not hide how far the meeting got.
   */
  furthestStep: string;
  furthestIndex: number;
  furthestTitle: string;
}

/** One line of the audit log (who, when, what, old value, new value, why). */
export interface AuditEntry {
  id: string;
  /** `meeting`, `member`, `org-unit`, `recognition`… */
  entity: string;
  entityId: string;
  /** Dotted path of the field, e.g. `reviews.<memberId>.scores` or `level.2026`. */
  field: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
  actor: string;
  at: string;
}

/** The minutes of a meeting: the typed document and its plain-text rendering. */
export interface MeetingMinutes {
  meetingId: string;
  /** True for the frozen minutes of a finalized meeting. */
  frozen: boolean;
  document: MinutesDocument;
  text: string;
}

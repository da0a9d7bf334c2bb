// The one API contract: every method the renderer (or a test, or the CLI) may call on the core,
// with its input schema and output type. Transports (IPC, HTTP, in-process) are generated from this
// table, so adding a method here is the only place a new call is declared. Layer: shared.
import { z } from 'zod';
import { command, noInput, query, returns } from './define';
import { communeSetupSchema, type Commune } from '../domain/commune';
import { orgCloseSchema, orgCreateSchema, orgMoveSchema, orgRenameSchema, type OrgUnit } from '../domain/org-unit';
import {
  awardInputSchema,
  disciplineInputSchema,
  memberCreateSchema,
  memberInputSchema,
  statusChangeSchema,
  transferSchema,
  type AwardRecord,
  type DisciplineRecord,
  type Member,
  type MemberDetail,
  type MemberListRow,
} from '../domain/member';
import type { DashboardData } from '../domain/dashboard';
import { uiSettingsPatchSchema, type AppInfo, type UiSettings } from '../domain/app-info';
import type { DemoSummary } from '../domain/demo';
import { uuid } from '../domain/fields';
import { reviewYearNumber, yearRefSchema, yearSettingsPatchSchema, type ReviewYear } from '../review/year-settings';
import { criteriaTemplateInputSchema, formRefSchema, type CriteriaDocument, type StoredCriteriaTemplate } from '../review/criteria';
import type { EligibilityView } from '../review/eligibility-view';

import {
  documentListSchema,
  issueSchema,
  nextNumberSchema,
  termSetSchema,
  voidSchema,
  type DocumentTerm,
  type IssuedDocument,
  type NextNumber,
} from '../documents/register';
import { printFormSchema, subjectSchema, type PrintFormInfo } from '../forms/registry';
import type { MissingItem } from '../forms/types';
import type { BatchStatus, PrintFileResult } from '../forms/jobs';

// ---- Meetings and the Đảng ủy decision (issue 4) ----
import {
  approveMinutesSchema,
  auditListSchema,
  decisionGetSchema,
  deleteVoteRoundSchema,
  finalizeSchema,
  lockSchema,
  meetingCreateSchema,
  meetingFindSchema,
  meetingRefSchema,
  memberRefSchema,
  recordPastLevelSchema,
  recordVoteSchema,
  refreshRosterSchema,
  reopenSchema,
  reRateSchema,
  setAttendanceSchema,
  setLevelSchema,
  setStepSchema,
  updateCarryOverSchema,
  updateCollectiveSchema,
  updateMemberPreparationSchema,
  updateMemberReviewSchema,
  updatePreparationSchema,
  updateRemediationSchema,
  yearOnlySchema,
} from '../meeting/inputs';
import type { AuditEntry, MeetingMinutes, MeetingSummary, MeetingView } from '../meeting/types';
import type { Board } from '../meeting/board';
import type { DecisionSubject, DecisionView, ReRatingRecord, RecognitionRecord } from '../meeting/decision';
import type { MemberReviewHistory } from '../meeting/history';

export const api = {
  'app.info': query(noInput, returns<AppInfo>(), 'Version, data folder and whether the commune is set up.'),
  'settings.update': command(
    uiSettingsPatchSchema,
    returns<UiSettings>(),
    'Changes the installation settings: large type, and the name of the person using this computer (the actor of audited changes when a call names none; blank clears it).',
  ),

  'commune.get': query(noInput, returns<Commune | null>(), 'The installation’s own commune, or null before set-up.'),
  'commune.setup': command(communeSetupSchema, returns<Commune>(), 'First-run set-up: creates the commune and its root org unit.'),
  'commune.update': command(communeSetupSchema, returns<Commune>(), 'Changes the names printed on documents.'),
  'demo.load': command(
    z.object({ members: z.number().int().min(10).max(20000).optional(), seed: z.number().int().optional() }).strict(),
    returns<DemoSummary>(),
    'First run only: fills the empty database with a realistic demo commune.',
  ),

  'dashboard.get': query(noInput, returns<DashboardData>(), 'Counts by org unit, status and category.'),

  'org.list': query(noInput, returns<OrgUnit[]>(), 'Every org unit of the commune, open and closed.'),
  'org.create': command(orgCreateSchema, returns<OrgUnit>(), 'Adds an org unit under a parent.'),
  'org.rename': command(orgRenameSchema, returns<OrgUnit>(), 'Renames an org unit (and may change its type).'),
  'org.move': command(orgMoveSchema, returns<OrgUnit>(), 'Moves an org unit under another parent.'),
  'org.close': command(orgCloseSchema, returns<OrgUnit>(), 'Closes (dissolves) an org unit that has no members left.'),

  'member.list': query(
    z.object({ includeInactive: z.boolean().default(true) }).strict(),
    returns<MemberListRow[]>(),
    'All members as light rows, in Vietnamese name order.',
  ),
  'member.get': query(z.object({ id: uuid() }).strict(), returns<MemberDetail>(), 'One member with history, discipline and awards.'),
  'member.create': command(memberCreateSchema, returns<Member>(), 'Adds a member to a cell.'),
  'member.update': command(z.object({ id: uuid(), data: memberInputSchema }), returns<Member>(), 'Edits a member’s record.'),
  'member.changeStatus': command(statusChangeSchema, returns<Member>(), 'Changes a member’s status, closing the previous period in the history.'),
  'member.transfer': command(transferSchema, returns<Member>(), 'Moves a member to another cell of the commune, with history.'),
  'member.addDiscipline': command(disciplineInputSchema, returns<DisciplineRecord>(), 'Records a discipline decision.'),
  'member.addAward': command(awardInputSchema, returns<AwardRecord>(), 'Records an award.'),

  // ---- Review years, criteria templates, eligibility ----
  'year.list': query(noInput, returns<ReviewYear[]>(), 'Every review year of the commune with its settings, latest first.'),
  'year.get': query(yearRefSchema, returns<ReviewYear>(), 'One review year with its settings.'),
  'year.create': command(
    z.object({ year: reviewYearNumber(), copyFrom: reviewYearNumber('Năm được sao chép').optional() }).strict(),
    returns<ReviewYear>(),
    'Creates a review year from the defaults, or as a copy of another year (dates shifted); seeds its criteria templates.',
  ),
  'year.update': command(
    z.object({ year: reviewYearNumber(), settings: yearSettingsPatchSchema }).strict(),
    returns<ReviewYear>(),
    'Changes settings of a review year; fields left out keep their value, null clears an optional one.',
  ),
  'criteria.get': query(formRefSchema, returns<StoredCriteriaTemplate>(), 'The criteria template of a form in a review year.'),
  'criteria.save': command(
    formRefSchema.extend({ template: criteriaTemplateInputSchema }),
    returns<StoredCriteriaTemplate>(),
    'Replaces the criteria template of a form; the group sums must be exactly 30 and 70.',
  ),
  'criteria.export': query(formRefSchema, returns<CriteriaDocument>(), 'The criteria template as its versioned JSON document.'),
  'criteria.import': command(
    formRefSchema.extend({ document: z.unknown() }),
    returns<StoredCriteriaTemplate>(),
    'Replaces the criteria template of a form with a JSON document, after checking format, version, form and sums.',
  ),
  'eligibility.get': query(yearRefSchema, returns<EligibilityView>(), 'Per cell: who is reviewed, classified and votes at the year’s review date, with reasons and counts.'),
  // ---- Printing (forms part 1) ----
  'documents.setTerm': command(termSetSchema, returns<DocumentTerm>(), 'Records the start of an issuing body’s committee term; document numbers restart from 1 in each term.'),
  'documents.terms': query(z.object({ orgUnitId: uuid('Cơ quan ban hành') }).strict(), returns<DocumentTerm[]>(), 'The committee terms of an issuing body, oldest first.'),
  'documents.nextNumber': query(nextNumberSchema, returns<NextNumber>(), 'Preview of the next number of a document type for an issuing body in the term of the given date.'),
  'documents.issue': command(issueSchema, returns<IssuedDocument>(), 'Gives out a number (the preview, or an edited higher one); a number already issued is refused, a lower unused one (a gap) only with fillGap.'),
  'documents.void': command(voidSchema, returns<IssuedDocument>(), 'Voids an issued document; its number stays taken.'),
  'documents.list': query(documentListSchema, returns<IssuedDocument[]>(), 'Issued documents, by body, type and year.'),
  'print.forms': query(noInput, returns<PrintFormInfo[]>(), 'The printable forms with the subjects each takes (member, org unit, none).'),
  'print.preview': query(
    z.object({ form: printFormSchema, year: reviewYearNumber(), subject: subjectSchema, copies: z.number().int().min(1).max(200).optional() }).strict(),
    returns<{ form: string; title: string; html: string; missing: MissingItem[] }>(),
    'The self-contained HTML of a form (for a sandboxed iframe srcdoc) and what it still misses, with where to fill it.',
  ),
  'print.pdf': command(
    z.object({ form: printFormSchema, year: reviewYearNumber(), subject: subjectSchema, copies: z.number().int().min(1).max(200).optional(), path: z.string().min(1).max(1000).optional() }).strict(),
    returns<PrintFileResult>(),
    'Prints a form to PDF with Chromium and writes it to the path (or returns it as base64).',
  ),
  'print.docx': command(
    z.object({ form: printFormSchema, year: reviewYearNumber(), subject: subjectSchema, copies: z.number().int().min(1).max(200).optional(), path: z.string().min(1).max(1000).optional() }).strict(),
    returns<PrintFileResult>(),
    'Builds a form as a Word file and writes it to the path (or returns it as base64).',
  ),
  'print.batchStart': command(
    z
      .object({
        form: printFormSchema,
        year: reviewYearNumber(),
        orgId: uuid('Tổ chức đảng').optional(),
        out: z.string().min(1).max(1000),
        combined: z.boolean().default(false),
        format: z.enum(['pdf', 'docx']).default('pdf'),
        copies: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    returns<{ jobId: string; total: number }>(),
    'Starts printing a form for every subject of a chi bộ, a đảng bộ or the commune (one file each, or one combined PDF).',
  ),
  'print.batchStatus': query(z.object({ jobId: uuid() }).strict(), returns<BatchStatus>(), 'Progress of a batch: done/total, pages, state, files and missing data.'),
  'print.batchCancel': command(z.object({ jobId: uuid() }).strict(), returns<BatchStatus>(), 'Asks a running batch to stop after the current document.'),
  // ---- Meetings and the Đảng ủy decision (issue 4) ----
  'meeting.list': query(yearOnlySchema, returns<MeetingSummary[]>(), 'The meetings of a review year, one row each, with the wizard step reached.'),
  'meeting.find': query(meetingFindSchema, returns<MeetingView | null>(), 'The meeting of a cell in a year, or null when none was created.'),
  'meeting.get': query(meetingRefSchema, returns<MeetingView>(), 'Everything about a meeting: record, computed levels, votes, steps with problems, current step (frozen once finalized).'),
  'meeting.create': command(meetingCreateSchema, returns<MeetingView>(), 'Creates a cell’s meeting of a year: roster from the register with eligibility, order of business.'),
  'meeting.refreshRoster': command(refreshRosterSchema, returns<MeetingView>(), 'Takes the roster again from the register at the meeting date, keeping what was entered.'),
  'meeting.updatePreparation': command(updatePreparationSchema, returns<MeetingView>(), 'Saves preparation fields (date, times, place, chair, secretary, upper-level attendee, Mẫu 01 draft date).'),
  'meeting.updateMemberPreparation': command(updateMemberPreparationSchema, returns<MeetingView>(), 'Saves one member’s checklist (Mẫu 02 received, residence / temporary-cell comments, civil-servant rating).'),
  'meeting.setAttendance': command(setAttendanceSchema, returns<MeetingView>(), 'Saves attendance of one or more members (present, absent with or without reason).'),
  'meeting.updateCollective': command(updateCollectiveSchema, returns<MeetingView>(), 'Saves fields of the collective review (Mẫu 01): summary, scores, task figures, disqualifiers, comments, proposal.'),
  'meeting.updateMemberReview': command(updateMemberReviewSchema, returns<MeetingView>(), 'Saves fields of one member’s review: scores per criterion, task figures, disqualifiers, comments, response, proposal.'),
  'meeting.updateCarryOver': command(updateCarryOverSchema, returns<MeetingView>(), 'Saves this meeting’s assessment of a shortcoming of an earlier year (đã / đang / chưa khắc phục).'),
  'meeting.recordVote': command(recordVoteSchema, returns<MeetingView>(), 'Records a vote round (hand or secret ballot) on a member or the collective; refused when counts do not add up.'),
  'meeting.deleteVoteRound': command(deleteVoteRoundSchema, returns<MeetingView>(), 'Removes the latest vote round of a subject (recorded by mistake).'),
  'meeting.updateRemediation': command(updateRemediationSchema, returns<MeetingView>(), 'Replaces the remediation plan of the collective or of one member (items keep their ids).'),
  'meeting.approveMinutes': command(approveMinutesSchema, returns<MeetingView>(), 'Records that the meeting approved the minutes as they now read (and the end time), at the approval date and time given (default: now); the minutes state that time.'),
  'meeting.setStep': command(setStepSchema, returns<MeetingView>(), 'Moves the wizard; forward only when every earlier step is complete. Going back keeps the furthest step reached (furthestStep), the resume point.'),
  'meeting.minutes': query(meetingRefSchema, returns<MeetingMinutes>(), 'The minutes content model and its plain text (frozen once finalized).'),
  'meeting.finalize': command(finalizeSchema, returns<MeetingView>(), 'Freezes the meeting and its minutes with a SHA-256 content hash; refused while a step is unanswered.'),
  'meeting.reopen': command(reopenSchema, returns<MeetingView>(), 'Reopens a finalized meeting with a written reason; later changes are audited.'),
  'audit.list': query(auditListSchema, returns<AuditEntry[]>(), 'Audit log entries, optionally of one entity, oldest first.'),
  'decision.board': query(yearOnlySchema, returns<Board>(), 'Progress of the year per cell (not started / in progress / finalized / decided) with passed deadlines.'),
  'decision.get': query(decisionGetSchema, returns<DecisionView>(), 'Every proposal with reasons, what the Đảng ủy must decide, quota per peer group, what blocks the lock.'),
  'decision.setLevel': command(setLevelSchema, returns<DecisionSubject>(), 'Decides the level of a member or a cell; a reason is required when it differs from the proposal.'),
  'decision.lock': command(lockSchema, returns<RecognitionRecord>(), 'Issues the recognition decision for a scope; refused while a quota is violated or a case is undecided.'),
  'decision.recognition': query(z.object({ year: reviewYearNumber(), recognitionId: uuid('Quyết định công nhận') }).strict(), returns<RecognitionRecord>(), 'A recognition decision with the list it recognized.'),
  'decision.reRate': command(reRateSchema, returns<ReRatingRecord>(), 'Re-rates a recognized level (Mẫu 03) with reason and decision number; audited.'),
  'member.reviewHistory': query(memberRefSchema, returns<MemberReviewHistory>(), 'A member’s levels by year and the 5-consecutive-HTXS flag.'),
  'member.recordPastLevel': command(recordPastLevelSchema, returns<MemberReviewHistory>(), 'Enters a past year’s level from the paper records: QĐ 124 / QĐ 132 (checked by the rules) or QĐ 366 for a year before the one done in the app (no points).'),
  // ---- Print preview ----
  'print.previewOpen': command(
    z.object({ form: printFormSchema, year: reviewYearNumber(), subject: subjectSchema, copies: z.number().int().min(1).max(200).optional() }).strict(),
    returns<{ previewId: string; url: string; form: string; title: string; missing: MissingItem[]; page: { widthMm: number; heightMm: number } }>(),
    'Renders a form and keeps it in memory for 10 minutes under a random id; the renderer shows `url` (/preview/<id>) in an iframe of the page size (A4 portrait or landscape), served with the document’s own CSP.',
  ),
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;
export const methodNames = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

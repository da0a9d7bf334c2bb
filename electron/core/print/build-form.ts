// One entry point from (form code, subject) to a built document: checks that the form takes that kind
// of subject, loads the data in the right scope (a member's chi bộ, a unit's cells, or everything for a
// batch) and calls the form's model builder and pure renderer. Part 2 adds its forms to `buildFromData`.
// Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import type { Executor } from '../../../db/repos/executor';
import { buildBallots } from '../../../shared/forms/ballots';
import { buildBlankReview } from '../../../shared/forms/blank-review';
import { buildDossierList } from '../../../shared/forms/dossier-list';
import { buildMemberRegister } from '../../../shared/forms/member-register';
import { buildMemberSheet } from '../../../shared/forms/member-sheet';
import { PRINT_FORMS, REVIEW_FORM_CODES, type PrintFormCode, type PrintSubject } from '../../../shared/forms/registry';
import { buildFilledReview } from '../../../shared/forms/review-filled';
import { buildMinutesForm } from '../../../shared/forms/minutes-form';
import { buildInvitations } from '../../../shared/forms/invitation';
import { buildReRatingDecision, buildRecognitionDecision } from '../../../shared/forms/decisions';
import { buildYearReport, buildYearStatistics } from '../../../shared/forms/year-report';
import type { Member } from '../../../shared/domain/member';
import { insertPrint } from '../../../db/repos/print-log';
import type { BuiltForm } from '../../../shared/forms/types';
import { getMember } from '../../../db/repos/members';
import { getOrgUnit } from '../../../db/repos/org-units';
import { holdingUnitsUnder, loadPrintData, loadReviewData, type PrintData } from './data';
import { ballotsModel, blankReviewModel, formOfMember, memberSheetModel, registerModel, requireMember, requireUnit } from './models';
import { collectiveReviewModel, invitationModel, memberReviewModel, minutesFormModel, minutesPrintOf } from './models-meeting';
import { reRatingModel, recognitionModel, yearReportModel } from './models-decision';
import { dossierModel } from './models-dossier';
import { listOrgUnits } from '../../../db/repos/org-units';
import { getOwnCommune } from '../../../db/repos/communes';

export interface BuildOptions {
  /** Ballots per member (phiếu biểu quyết). */
  copies?: number;
  /** Today, `YYYY-MM-DD` (the "as of" date of the register and the confirmation sheet). */
  today: string;
}

const SUBJECT_NAMES = { member: 'một đảng viên', org: 'một tổ chức đảng', none: 'toàn đảng bộ (không chọn đối tượng)' } as const;

export function checkSubject(form: PrintFormCode, subject: PrintSubject): void {
  const info = PRINT_FORMS[form];
  if (!info.subjects.includes(subject.kind)) {
    const needed = info.subjects.map((k) => SUBJECT_NAMES[k]).join(' hoặc ');
    const message =
      subject.kind === 'none'
        ? `Mẫu "${info.title}" cần chọn ${needed}.`
        : `Mẫu "${info.title}" in cho ${needed}, không in cho ${SUBJECT_NAMES[subject.kind]}.`;
    throw new DomainError('invalid-subject', message, { path: 'subject' });
  }
}

/** A print that is counted once written: a finalized meeting's minutes (copy 0 is the original). */
export interface CountedPrint {
  meetingId: string;
  document: 'minutes';
  contentHash: string;
  copyNo: number;
}

/** A built form, with the print it stands for when printing it is counted. */
export interface BuiltPrint extends BuiltForm {
  counted?: CountedPrint;
}

/** Builds a form from already loaded data (batch jobs load once, then call this per subject). */
export function buildFromData(data: PrintData, form: PrintFormCode, subject: PrintSubject, options: BuildOptions): BuiltPrint {
  checkSubject(form, subject);
  const member = subject.kind === 'member' ? requireMember(data, subject.id) : null;
  const unit = subject.kind === 'org' ? requireUnit(data, subject.id) : null;
  switch (form) {
    case 'blank-01':
      return buildBlankReview(blankReviewModel(data, '01', { kind: 'org', unit: unit! }));
    case 'blank-02':
      return buildBlankReview(blankReviewModel(data, formOfMember(member!), { kind: 'member', member: member! }));
    case 'blank-02A':
    case 'blank-02B':
    case 'blank-02C': {
      const code = form.slice(6) as '02A' | '02B' | '02C';
      return buildBlankReview(blankReviewModel(data, code, member ? { kind: 'member', member } : unit ? { kind: 'org', unit } : { kind: 'none' }));
    }
    case 'register':
      return buildMemberRegister(registerModel(data, unit!, options.today));
    case 'member-sheet':
      return buildMemberSheet(memberSheetModel(data, member!, options.today));
    case 'ballots':
      return buildBallots(ballotsModel(data, unit!, options.copies ?? 1));
    case '04':
      return buildDossierList(dossierModel(data, unit!));
    // Part 2: from the meetings and decisions (data.review, see needsReviewData).
    case '01':
      return buildFilledReview(collectiveReviewModel(data, unit!));
    case '02':
      return buildFilledReview(memberReviewModel(data, member!));
    case 'bien-ban': {
      const built: BuiltPrint = buildMinutesForm(minutesFormModel(data, unit!));
      const counted = minutesPrintOf(data, unit!);
      if (counted) built.counted = { ...counted, document: 'minutes' };
      return built;
    }
    case 'giay-moi':
      return buildInvitations(invitationModel(data, unit!));
    case '03':
      return buildReRatingDecision(reRatingModel(data, member ? { kind: 'member', member } : { kind: 'org', unit: unit! }));
    case 'quyet-dinh':
      return buildRecognitionDecision(recognitionModel(data, unit));
    case 'bao-cao':
      return buildYearReport(yearReportModel(data, unit));
    case 'thong-ke':
      return buildYearStatistics(yearReportModel(data, unit));
  }
}

/** Whether a form is filled from the meetings and decisions (its data needs loadReviewData). */
export const needsReviewData = (form: PrintFormCode): boolean => REVIEW_FORM_CODES.includes(form);

/** Loads everything a form needs for the units in scope (undefined = the whole commune). */
export async function loadFormData(db: Executor, form: PrintFormCode, year: number, unitIds: readonly string[] | undefined): Promise<PrintData> {
  const data = await loadPrintData(db, year, { unitIds });
  if (needsReviewData(form)) await loadReviewData(db, data);
  return data;
}

/**
 * The members a batch prints an individual form of: for Mẫu 02 those the meeting reviews (every active
 * member while the cell has no meeting, so the missing list says so); for Mẫu 03 those re-rated this year.
 */
export function batchMembers(data: PrintData, form: PrintFormCode, members: Member[]): Member[] {
  const review = data.review;
  if (!review) return members;
  if (form === '02') {
    return members.filter((m) => {
      const meeting = review.meetings.get(m.orgUnitId);
      return !meeting || meeting.view.members.some((x) => x.memberId === m.id && x.subject !== null);
    });
  }
  if (form === '03') return members.filter((m) => review.decision.subjects.some((s) => s.memberId === m.id && s.reRatings.length > 0));
  return members;
}

/** Counts a written print (a finalized meeting's minutes) in the print log. */
export async function recordPrint(db: Executor, built: BuiltPrint, format: 'pdf' | 'docx', printedAt: string, newId: () => string): Promise<void> {
  const c = built.counted;
  if (!c) return;
  await insertPrint(db, { id: newId(), meetingId: c.meetingId, document: c.document, contentHash: c.contentHash, copyNo: c.copyNo, format, printedAt });
}

/** The member-holding units whose members a form of this subject needs (undefined: all of them). */
async function scopeFor(db: Executor, subject: PrintSubject, form?: PrintFormCode): Promise<string[] | undefined> {
  // The Đảng ủy's documents without a subject are about the whole commune.
  if (subject.kind === 'none') return form && needsReviewData(form) ? undefined : [];
  const commune = await getOwnCommune(db);
  if (subject.kind === 'member') {
    const m = await getMember(db, subject.id);
    if (!m) throw new DomainError('not-found', 'Không tìm thấy đảng viên đã chọn.', { path: 'subject.id' });
    return [m.orgUnitId];
  }
  const unit = await getOrgUnit(db, subject.id);
  if (!unit || (commune && unit.communeId !== commune.id)) throw new DomainError('not-found', 'Không tìm thấy tổ chức đảng đã chọn.', { path: 'subject.id' });
  return holdingUnitsUnder(await listOrgUnits(db, unit.communeId), unit.id).map((u) => u.id);
}

/** Loads what one subject needs and builds the form. */
export async function buildForm(db: Executor, form: PrintFormCode, year: number, subject: PrintSubject, options: BuildOptions): Promise<BuiltPrint> {
  checkSubject(form, subject);
  const data = await loadFormData(db, form, year, await scopeFor(db, subject, form));
  return buildFromData(data, form, subject, options);
}

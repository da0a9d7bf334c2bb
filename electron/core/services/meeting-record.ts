// Loads a meeting from the database as the plain record of shared/meeting (with the carry-over of earlier
// years and the year's criteria templates), and shows it: a meeting in progress is computed from its
// record; a finalized one is shown from its frozen view, whose content hash is checked on every read.
// Pass the `trx` inside a transaction (one SQLite connection). Layer: electron/core.
import { createHash } from 'node:crypto';
import { DomainError } from '../../../shared/contract/result';
import { selectCarryOver } from '../../../shared/meeting/carry-over';
import { meetingHashInput } from '../../../shared/meeting/canonical';
import type { MinutesDocument } from '../../../shared/meeting/minutes';
import { emptyReview, withSubjectDefaults } from '../../../shared/meeting/review';
import type { MeetingRecord, MeetingView } from '../../../shared/meeting/types';
import { buildMeetingView } from '../../../shared/meeting/view';
import type { CriteriaTemplateBody } from '../../../shared/review/criteria';
import type { ReviewYear } from '../../../shared/review/year-settings';
import type { ReviewFormCode } from '../../../shared/rules/forms';
import { getRuleSet, type RuleSet } from '../../../shared/rules/rule-sets';
import type { MeetingTable } from '../../../db/schema';
import type { Executor } from '../../../db/repos/executor';
import { getOwnCommune } from '../../../db/repos/communes';
import { getTemplate } from '../../../db/repos/criteria';
import { getMeetingRow, getReviewYearById, listMeetingMembers, listReviews, listVotes } from '../../../db/repos/meetings';
import { listOrgUnits } from '../../../db/repos/org-units';
import { listRemediation, listShortcomingHistory } from '../../../db/repos/shortcomings';

export interface LoadedMeeting {
  row: MeetingTable;
  year: ReviewYear;
  record: MeetingRecord;
}

/** SHA-256 (hex) of text, as UTF-8. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export async function requireMeetingRow(db: Executor, meetingId: string): Promise<MeetingTable> {
  const row = await getMeetingRow(db, meetingId);
  if (!row) throw new DomainError('not-found', 'Không tìm thấy hội nghị kiểm điểm.', { path: 'meetingId' });
  return row;
}

/** The rule set of a year; only a newer app's data could name an unknown one. */
export function requireRuleSet(year: ReviewYear): RuleSet {
  const ruleSet = getRuleSet(year.settings.ruleSet);
  if (!ruleSet) throw new DomainError('unknown-rule-set', `Bộ quy tắc "${year.settings.ruleSet}" của năm ${year.year} không được phiên bản này hỗ trợ.`, { path: 'year' });
  return ruleSet;
}

/** Refuses any change to a finalized meeting. */
export function requireEditable(row: MeetingTable): void {
  if (row.status === 'finalized') {
    throw new DomainError(
      'meeting-finalized',
      'Hội nghị đã hoàn tất, biên bản đã được khóa; mọi thay đổi cần "Mở lại hội nghị" kèm lý do (được ghi vào nhật ký thay đổi).',
      { path: 'meetingId' },
    );
  }
}

export async function loadMeeting(db: Executor, meetingId: string): Promise<LoadedMeeting> {
  const row = await requireMeetingRow(db, meetingId);
  const year = await getReviewYearById(db, row.reviewYearId);
  const commune = await getOwnCommune(db);
  if (!year || !commune) throw new DomainError('not-found', 'Không tìm thấy đợt kiểm điểm của hội nghị.');
  const units = await listOrgUnits(db, commune.id);
  const unit = units.find((u) => u.id === row.orgUnitId)!;
  const parent = units.find((u) => u.id === unit.parentId);
  const basicOrg = unit.kind === 'cell' && parent ? parent : unit;

  const members = await listMeetingMembers(db, row.id);
  const reviews = await listReviews(db, row.id);
  const votes = await listVotes(db, row.id);
  const remediation = await listRemediation(db, row.id);
  const memberIds = members.map((m) => m.memberId);
  const history = await listShortcomingHistory(db, { orgUnitId: unit.id, memberIds, beforeYear: year.year });
  const carryOver = selectCarryOver(history, { meetingId: row.id, year: year.year, orgUnitId: unit.id, memberIds });

  const forms = new Set<ReviewFormCode>(['01', ...members.map((m) => m.form)]);
  const templates: Partial<Record<ReviewFormCode, CriteriaTemplateBody>> = {};
  for (const form of forms) {
    const t = await getTemplate(db, year.id, year.year, form);
    if (t) templates[form] = { title: t.title, note: t.note, criteria: t.criteria };
  }

  const record: MeetingRecord = {
    id: row.id,
    reviewYear: year.year,
    orgUnit: { id: unit.id, name: unit.name, kind: unit.kind, basicOrgId: basicOrg.id, basicOrgName: basicOrg.name },
    commune: { name: commune.name, upperLevelName: commune.upperLevelName, placeName: commune.placeName },
    settings: {
      ruleSet: year.settings.ruleSet,
      reviewDate: year.settings.reviewDate,
      vote: year.settings.vote,
      quota: year.settings.quota,
      deadlines: year.settings.deadlines,
    },
    status: row.status,
    currentStep: row.currentStep,
    furthestStep: row.furthestStep,
    preparation: {
      meetingDate: row.meetingDate,
      startTime: row.startTime,
      endTime: row.endTime,
      place: row.place,
      chairMemberId: row.chairMemberId,
      secretaryMemberId: row.secretaryMemberId,
      upperLevelAttendee: row.upperLevelAttendee,
      draftSentOn: row.draftSentOn,
    },
    members,
    collective: reviews.collective ?? emptyReview(),
    reviews: reviews.members,
    votes,
    carryOver,
    remediation,
    templates,
    minutesApproval: row.minutesFingerprint && row.minutesApprovedAt ? { fingerprint: row.minutesFingerprint, at: row.minutesApprovedAt } : null,
    reopened: row.reopenedAt && row.reopenReason ? { at: row.reopenedAt, by: row.reopenedBy ?? '', reason: row.reopenReason } : null,
  };
  return { row, year, record };
}

/** The frozen view and minutes of a finalized meeting, with the check of its content hash. */
export function frozenOf(row: MeetingTable): { view: MeetingView; minutes: MinutesDocument } {
  const view = JSON.parse(row.recordJson!) as MeetingView;
  const minutes = JSON.parse(row.minutesJson!) as MinutesDocument;
  const hashValid = sha256(meetingHashInput(view, minutes)) === row.contentHash;
  // Views frozen before the group totals existed lack the new fields: defaulted after the hash check.
  const shown: MeetingView = { ...view, collective: withSubjectDefaults(view.collective), members: view.members.map((m) => (m.subject ? { ...m, subject: withSubjectDefaults(m.subject) } : m)) };
  return { view: { ...shown, finalized: { at: row.finalizedAt!, by: row.finalizedBy ?? '', contentHash: row.contentHash!, hashValid } }, minutes };
}

/** What the app shows of a meeting: computed while in progress, frozen once finalized. */
export async function meetingView(db: Executor, meetingId: string): Promise<MeetingView> {
  const row = await requireMeetingRow(db, meetingId);
  if (row.status === 'finalized') return frozenOf(row).view;
  return buildMeetingView((await loadMeeting(db, meetingId)).record);
}

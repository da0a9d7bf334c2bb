// Model builders of the forms filled from a cell's meeting: Mẫu 01 and 02 as recorded, the biên
// bản (frozen once the meeting is finalized) and the giấy mời. They read `data.review` (data.ts
// loadReviewData). Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import { partyRoles } from '../../../shared/domain/enums';
import type { Member } from '../../../shared/domain/member';
import { memberHoldingKinds, type OrgUnit } from '../../../shared/domain/org-unit';
import type { DocumentTypeCode } from '../../../shared/documents/numbering';
import { shortDate } from '../../../shared/documents/dates';
import type { ReviewFormCode } from '../../../shared/rules/forms';
import type { MeetingForPrint, PrintData } from './data';
import type { DecisionSubject } from '../../../shared/meeting/decision';
import { CARRY_STATUS_NAMES } from '../../../shared/meeting/labels';
import type { MinutesSubject } from '../../../shared/meeting/minutes';
import { completeTasks, disqualifierText } from '../../../shared/meeting/review';
import type { MeetingView, SubjectView } from '../../../shared/meeting/types';
import type { LevelCode } from '../../../shared/rules/levels';
import { committeeName } from '../../../shared/forms/issuer';
import type { InvitationModel } from '../../../shared/forms/invitation';
import type { MinutesFormModel } from '../../../shared/forms/minutes-form';
import { decisionReference, type FilledReviewModel, type ReviewRecordForForm, type ScoredCriterion } from '../../../shared/forms/review-filled';
import { whereMeeting, type StepRef } from '../../../shared/forms/review-where';
import { communeUnit, eligibilityOfUnit, formOfMember, issuerForUnit, memberInfo, requireUnit, reviewOf } from './models';

function stepRef(view: MeetingView | null, key: string): StepRef | null {
  const s = view?.steps.find((x) => x.key === key);
  return s ? { index: s.index, title: s.title } : null;
}

/** Where each part of a meeting is filled in (steps of the meeting wizard of this cell). */
export function meetingWhere(unit: OrgUnit, view: MeetingView | null, subjectKey = 'collective') {
  const at = (key: string) => whereMeeting(unit.name, stepRef(view, key));
  return {
    create: whereMeeting(unit.name, null),
    preparation: at('preparation'),
    attendance: at('attendance'),
    subject: at(subjectKey),
    votes: at(subjectKey === 'collective' ? 'collective-vote' : 'votes'),
    minutes: at('minutes'),
    finalize: at('finalize'),
  };
}

function issuedNumber(data: PrintData, unit: OrgUnit, type: DocumentTypeCode): number | null {
  const doc = [...data.documents].reverse().find((d) => d.orgUnitId === unit.id && d.typeCode === type && d.voidedOn === null && /kiểm điểm/i.test(d.title));
  return doc?.number ?? null;
}

function scoredCriteria(view: MeetingView, form: ReviewFormCode, scores: Record<string, number>): ScoredCriterion[] | null {
  const t = view.templates[form];
  return t ? t.criteria.map((c) => ({ group: c.group, title: c.title, maxPoints: c.maxPoints, score: scores[c.id] ?? null })) : null;
}

function recordFor(m: MeetingForPrint, unit: OrgUnit, form: ReviewFormCode, subject: SubjectView, minutes: MinutesSubject | undefined, memberId: string | null, civilServantRating: string | null): ReviewRecordForForm {
  const { review, assessment } = subject;
  const w = meetingWhere(unit, m.view, memberId ? `member:${memberId}` : 'collective');
  return {
    date: m.view.preparation.meetingDate,
    summary: review.summary,
    tasks: completeTasks(review.tasks),
    civilServantRating,
    shortcomings: review.shortcomings,
    disqualifiers: review.disqualifiers.map(disqualifierText),
    carryOver: subject.carryOver.map((c) => ({ fromYear: c.fromYear, content: c.content, status: c.status ? CARRY_STATUS_NAMES[c.status] : 'Chưa đánh giá', extent: c.extent, obstacles: c.obstacles, responsibility: c.responsibility })),
    remediation: subject.remediation.map((r) => ({ content: r.content, measure: r.measure, deadline: r.deadline, responsible: r.responsible })),
    score: assessment.score ? { common: assessment.score.common, tasks: assessment.score.tasks, total: assessment.score.totalTenths / 10 } : null,
    scoreSource: assessment.scoreSource ?? 'criteria',
    criteria: scoredCriteria(m.view, form, review.scores),
    proposedLevel: review.proposedLevel,
    comments: review.comments.map((c) => ({ speaker: c.speakerName, content: c.content })),
    response: review.response,
    votes: minutes?.votes ?? [],
    voted: subject.votes.result,
    where: { preparation: w.preparation, subject: w.subject, votes: w.votes, finalize: w.finalize },
    finalized: m.frozen,
  };
}

const standingBody = (data: PrintData): string => `Ban Thường vụ ${committeeName(communeUnit(data).name)}`;

function decidedText(data: PrintData, s: DecisionSubject | undefined): { level: LevelCode; text: string } | null {
  if (!s?.locked || !s.finalLevel) return null;
  const last = s.reRatings[s.reRatings.length - 1];
  const base = `${decisionReference(s.locked.decisionNo, s.locked.decidedOn, standingBody(data))}`;
  return { level: s.finalLevel, text: last ? `xếp loại lại theo Quyết định số ${last.decisionNo} ngày ${shortDate(last.decidedOn)} (trước đó công nhận ${base}).` : `công nhận ${base}.` };
}

/** Mẫu 01 of a chi bộ from its meeting. */
export function collectiveReviewModel(data: PrintData, unit: OrgUnit): FilledReviewModel {
  if (!memberHoldingKinds.includes(unit.kind)) throw new DomainError('not-a-cell', `Mẫu 01 theo hội nghị in cho từng chi bộ; "${unit.name}" không phải chi bộ.`, { path: 'subject.id' });
  const rd = reviewOf(data);
  const m = rd.meetings.get(unit.id);
  const issuer = issuerForUnit(data, unit);
  return {
    form: '01',
    year: data.year.year,
    issuer,
    member: null,
    number: issuedNumber(data, unit, 'BC'),
    record: m ? recordFor(m, unit, '01', m.view.collective, m.minutes.collective, null, null) : null,
    noRecord: m ? null : { message: `${unit.name} chưa có hội nghị kiểm điểm năm ${data.year.year}: Mẫu 01 in các phần để trống.`, where: whereMeeting(unit.name, null) },
    decided: decidedText(data, rd.decision.subjects.find((s) => s.kind === 'organization' && s.orgUnitId === unit.id)),
  };
}

/** Mẫu 02A/02B/02C of a member from their review at the meeting. */
export function memberReviewModel(data: PrintData, member: Member): FilledReviewModel {
  const rd = reviewOf(data);
  const unit = requireUnit(data, member.orgUnitId);
  const m = rd.meetings.get(unit.id);
  const entry = m?.view.members.find((x) => x.memberId === member.id);
  const form = (entry?.form ?? formOfMember(member)) as '02A' | '02B' | '02C';
  let noRecord: FilledReviewModel['noRecord'] = null;
  if (!m) noRecord = { message: `${unit.name} chưa có hội nghị kiểm điểm năm ${data.year.year}: Mẫu ${form} của đồng chí ${member.fullName} in các phần để trống.`, where: whereMeeting(unit.name, null) };
  else if (!entry) noRecord = { message: `Đồng chí ${member.fullName} không có trong danh sách hội nghị của ${unit.name}; hãy cập nhật danh sách từ sổ đảng viên.`, where: whereMeeting(unit.name, stepRef(m.view, 'preparation')) };
  else if (!entry.subject) noRecord = { message: `Đồng chí ${member.fullName} không thuộc diện kiểm điểm năm ${data.year.year}: ${entry.reasons[0]?.message ?? ''}`.trim(), where: whereMeeting(unit.name, stepRef(m.view, 'preparation')) };
  return {
    form,
    year: data.year.year,
    issuer: issuerForUnit(data, unit),
    member: memberInfo(member),
    number: null,
    record: m && entry?.subject ? recordFor(m, unit, form, entry.subject, m.minutes.members.find((s) => s.memberId === member.id), member.id, entry.preparation.civilServantRating) : null,
    noRecord,
    decided: decidedText(data, rd.decision.subjects.find((s) => s.memberId === member.id)),
  };
}

/** The biên bản of a chi bộ's meeting; a finalized one from its frozen minutes with the print count. */
export function minutesFormModel(data: PrintData, unit: OrgUnit): MinutesFormModel {
  if (!memberHoldingKinds.includes(unit.kind)) throw new DomainError('not-a-cell', `Biên bản hội nghị kiểm điểm in cho từng chi bộ; "${unit.name}" không phải chi bộ.`, { path: 'subject.id' });
  const rd = reviewOf(data);
  const m = rd.meetings.get(unit.id) ?? null;
  const w = meetingWhere(unit, m?.view ?? null);
  return {
    issuer: issuerForUnit(data, unit),
    year: data.year.year,
    minutes: m?.minutes ?? null,
    number: issuedNumber(data, unit, 'BB'),
    frozen: m?.frozen ?? false,
    copyNo: m?.frozen ? (rd.minutesPrints.get(m.row.id) ?? 0) : null,
    where: { create: w.create, preparation: w.preparation, attendance: w.attendance, minutes: w.minutes, finalize: w.finalize },
  };
}

/** The print a finalized meeting's minutes stands for (to be counted once written). */
export function minutesPrintOf(data: PrintData, unit: OrgUnit): { meetingId: string; contentHash: string; copyNo: number } | null {
  const m = data.review?.meetings.get(unit.id);
  if (!m?.frozen || !m.row.contentHash) return null;
  return { meetingId: m.row.id, contentHash: m.row.contentHash, copyNo: data.review!.minutesPrints.get(m.row.id) ?? 0 };
}

/** The giấy mời of a chi bộ's meeting: one per member asked to attend. */
export function invitationModel(data: PrintData, unit: OrgUnit): InvitationModel {
  if (!memberHoldingKinds.includes(unit.kind)) throw new DomainError('not-a-cell', `Giấy mời hội nghị kiểm điểm in cho từng chi bộ; "${unit.name}" không phải chi bộ.`, { path: 'subject.id' });
  const m = reviewOf(data).meetings.get(unit.id) ?? null;
  const w = meetingWhere(unit, m?.view ?? null);
  const invitees = m
    ? m.view.members.filter((x) => x.attendanceRequired).map((x) => ({ fullName: x.fullName, role: partyRoles.labels[x.partyRole] }))
    : eligibilityOfUnit(data, unit)
        .filter((e) => e.reviewStatus !== 'exempt' && e.reviewStatus !== 'suspended')
        .map((e) => ({ fullName: e.fullName, role: partyRoles.labels[e.partyRole] }));
  const p = m?.view.preparation;
  return {
    issuer: issuerForUnit(data, unit),
    year: data.year.year,
    meeting: p ? { date: p.meetingDate, startTime: p.startTime, place: p.place, draftSentOn: p.draftSentOn, upperLevelAttendee: p.upperLevelAttendee } : null,
    invitees,
    where: { create: w.create, preparation: w.preparation, attendance: w.attendance },
  };
}

// Model builders of the part-1 forms: turn the loaded register data (data.ts) into the typed models the
// pure form functions of shared/forms render — issuer and signer, member fields with Vietnamese labels,
// register rows with transfers and departures, the ballot roster from the eligibility rules, the dossier
// list with the numbers already issued. Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import { activeStatuses, disciplineKinds, genders, memberCategories, memberStatuses, partyRoles, politicalTheoryLevels } from '../../../shared/domain/enums';
import type { Member } from '../../../shared/domain/member';
import { memberHoldingKinds, type OrgUnit } from '../../../shared/domain/org-unit';
import { formatDocumentNumber, issuerCodeFor, type DocumentTypeCode } from '../../../shared/documents/numbering';
import { shortDate } from '../../../shared/documents/dates';
import type { BallotsModel } from '../../../shared/forms/ballots';
import type { BlankReviewModel, ReviewMemberInfo } from '../../../shared/forms/blank-review';
import { DOSSIER_TITLES, type DossierListModel } from '../../../shared/forms/dossier-list';
import { issuerOf, type IssuerInfo } from '../../../shared/forms/issuer';
import type { MemberRegisterModel, RegisterRow } from '../../../shared/forms/member-register';
import type { MemberSheetModel } from '../../../shared/forms/member-sheet';
import { buildEligibilityView, memberEligibility, type EligibilityMember } from '../../../shared/review/eligibility-view';
import { formForCategory, type ReviewFormCode } from '../../../shared/rules/forms';
import { getRuleSet } from '../../../shared/rules/rule-sets';
import { sortByVietnameseName } from '../../../shared/text/names';
import { holdingUnitsUnder, type MeetingForPrint, type PrintData, type ReviewData } from './data';
import { orgTypes } from '../../../shared/domain/enums';
import { buildDecisionView, type DecisionSubject, type RecognitionRecord } from '../../../shared/meeting/decision';
import { CARRY_STATUS_NAMES } from '../../../shared/meeting/labels';
import type { MinutesSubject } from '../../../shared/meeting/minutes';
import { completeTasks, disqualifierText } from '../../../shared/meeting/review';
import type { MeetingView, SubjectView } from '../../../shared/meeting/types';
import type { LevelCode } from '../../../shared/rules/levels';
import { committeeName } from '../../../shared/forms/issuer';
import type { InvitationModel } from '../../../shared/forms/invitation';
import type { MinutesFormModel } from '../../../shared/forms/minutes-form';
import type { ReRatingDecisionModel, RecognitionDecisionModel } from '../../../shared/forms/decisions';
import { decisionReference, type FilledReviewModel, type ReviewRecordForForm, type ScoredCriterion } from '../../../shared/forms/review-filled';
import { whereDecision, whereMeeting, type StepRef } from '../../../shared/forms/review-where';
import type { LevelTally, YearReportModel, YearStatistics } from '../../../shared/forms/year-report';

export function requireUnit(data: PrintData, id: string): OrgUnit {
  const unit = data.unitById.get(id);
  if (!unit) throw new DomainError('not-found', 'Không tìm thấy tổ chức đảng đã chọn.', { path: 'subject.id' });
  return unit;
}

export function requireMember(data: PrintData, id: string): Member {
  const m = data.memberById.get(id);
  if (!m) throw new DomainError('not-found', 'Không tìm thấy đảng viên đã chọn.', { path: 'subject.id' });
  return m;
}

const onRoll = (m: Member): boolean => activeStatuses.includes(m.status);

function secretaryOf(data: PrintData, unitId: string): string | null {
  const secretaries = data.members.filter((m) => m.orgUnitId === unitId && m.partyRole === 'secretary' && onRoll(m));
  return sortByVietnameseName(secretaries, (m) => m.fullName)[0]?.fullName ?? null;
}

export function issuerForUnit(data: PrintData, unit: OrgUnit): IssuerInfo {
  const parent = unit.parentId ? (data.unitById.get(unit.parentId) ?? null) : null;
  return issuerOf({ unit, parent, commune: data.commune, secretaryName: secretaryOf(data, unit.id) });
}

/** A header for a fully blank form: the commune above, the chi bộ left to write in. */
export function blankIssuer(data: PrintData): IssuerInfo {
  return { upperBody: data.commune.name, issuingBody: 'Chi bộ ……………………', unitName: '……………………', kind: 'cell', place: data.commune.placeName, secretaryName: null, blank: true };
}

function memberInfo(m: Member): ReviewMemberInfo {
  return { fullName: m.fullName, birthDate: m.birthDate, partyRole: partyRoles.labels[m.partyRole], post: m.post, workplace: m.workplace, residence: m.residence };
}

export function blankReviewModel(data: PrintData, form: ReviewFormCode, subject: { kind: 'member'; member: Member } | { kind: 'org'; unit: OrgUnit } | { kind: 'none' }): BlankReviewModel {
  const issuer = subject.kind === 'member' ? issuerForUnit(data, requireUnit(data, subject.member.orgUnitId)) : subject.kind === 'org' ? issuerForUnit(data, subject.unit) : blankIssuer(data);
  return {
    form,
    year: data.year.year,
    issuer,
    member: subject.kind === 'member' ? memberInfo(subject.member) : null,
    criteria: data.criteria.get(form) ?? null,
  };
}

/** Mẫu 02A/02B/02C by the member's category. */
export const formOfMember = (m: Member): ReviewFormCode => formForCategory(m.category);

function serviceFlags(m: Member): string | null {
  const text = [m.workplace, m.post, m.notes].filter(Boolean).join(' ').toLocaleLowerCase('vi');
  const flags: string[] = [];
  if (/bộ đội|quân đội|quân sự/.test(text)) flags.push('Bộ đội');
  if (/công an/.test(text)) flags.push('Công an');
  if (/hưu trí|nghỉ hưu/.test(text)) flags.push('Hưu trí');
  return flags.length ? flags.join(', ') : null;
}

function registerRow(data: PrintData, m: Member, unit: OrgUnit): RegisterRow {
  const transfers = data.transfers.get(m.id) ?? [];
  const out = [...transfers].reverse().find((t) => t.fromOrgUnitId === unit.id);
  const inbound = [...transfers].reverse().find((t) => t.toOrgUnitId === unit.id);
  const here = m.orgUnitId === unit.id;
  const unitName = (id: string) => data.unitById.get(id)?.name ?? '';
  const status = memberStatuses.labels[m.status];
  const noteStatuses = ['probationary', 'exempt', 'suspended', 'temporary'];
  return {
    fullName: m.fullName,
    birthDate: m.birthDate,
    gender: m.gender,
    ethnicity: m.ethnicity,
    religion: m.religion,
    hometown: m.hometown,
    education: m.education,
    politicalTheory: m.politicalTheory === 'none' ? null : politicalTheoryLevels.labels[m.politicalTheory],
    professionalLevel: m.professionalLevel,
    occupationNow: [m.post, m.workplace].filter(Boolean).join(', ') || null,
    admittedOn: m.admittedOn,
    confirmedOn: m.confirmedOn,
    cardNo: m.cardNo,
    recordNo: m.recordNo,
    serviceFlags: serviceFlags(m),
    transferredOutOn: !here && out ? out.onDate : m.status === 'transferred-out' ? m.statusSince : null,
    transferredOutTo: !here && out ? unitName(out.toOrgUnitId) : m.status === 'transferred-out' ? m.statusPlace : null,
    transferredInOn: inbound?.onDate ?? null,
    transferredInFrom: inbound ? unitName(inbound.fromOrgUnitId) : null,
    diedOn: here && m.status === 'deceased' ? m.statusSince : null,
    leftOn: here && m.status === 'left' ? m.statusSince : null,
    leftForm: here && m.status === 'left' ? m.statusReason : null,
    note: here && noteStatuses.includes(m.status) ? `${status}${m.statusSince && m.status !== 'probationary' ? ` từ ${shortDate(m.statusSince)}` : ''}` : null,
    official: m.status === 'official' || (m.status === 'temporary' && m.confirmedOn !== null),
    onRoll: here && onRoll(m),
  };
}

export function registerModel(data: PrintData, unit: OrgUnit, asOf: string): MemberRegisterModel {
  const sections = holdingUnitsUnder(data.units, unit.id)
    .map((u) => ({ u, related: data.members.filter((m) => m.orgUnitId === u.id || (data.transfers.get(m.id) ?? []).some((t) => t.fromOrgUnitId === u.id)) }))
    .filter(({ u, related }) => u.closedOn === null || related.length > 0)
    .map(({ u, related }) => {
      const rows = related.map((m) => registerRow(data, m, u));
      const sorted = [...sortByVietnameseName(rows.filter((r) => r.onRoll), (r) => r.fullName), ...sortByVietnameseName(rows.filter((r) => !r.onRoll), (r) => r.fullName)];
      return { unitName: u.name, rows: sorted };
    });
  return { issuer: issuerForUnit(data, unit), sections, asOf };
}

export function memberSheetModel(data: PrintData, m: Member, printedOn: string): MemberSheetModel {
  const unitName = (id: string) => data.unitById.get(id)?.name ?? '';
  return {
    issuer: issuerForUnit(data, requireUnit(data, m.orgUnitId)),
    year: data.year.year,
    printedOn,
    member: {
      fullName: m.fullName,
      gender: genders.labels[m.gender],
      birthDate: m.birthDate,
      ethnicity: m.ethnicity,
      religion: m.religion,
      hometown: m.hometown,
      residence: m.residence,
      citizenId: m.citizenId,
      phone: m.phone,
      unitName: unitName(m.orgUnitId),
      status: memberStatuses.labels[m.status],
      statusSince: m.statusSince,
      admittedOn: m.admittedOn,
      confirmedOn: m.confirmedOn,
      cardNo: m.cardNo,
      recordNo: m.recordNo,
      partyRole: partyRoles.labels[m.partyRole],
      communeCommittee: m.communeCommittee,
      category: memberCategories.labels[m.category],
      workplace: m.workplace,
      post: m.post,
      education: m.education,
      professionalLevel: m.professionalLevel,
      politicalTheory: politicalTheoryLevels.labels[m.politicalTheory],
      notes: m.notes,
      official: m.status === 'official' || m.confirmedOn !== null,
    },
    statusHistory: (data.statusHistory.get(m.id) ?? []).map((s) => ({ status: memberStatuses.labels[s.status], from: s.fromDate, to: s.toDate, place: s.place, reason: s.reason })),
    transfers: (data.transfers.get(m.id) ?? []).map((t) => ({ onDate: t.onDate, from: unitName(t.fromOrgUnitId), to: unitName(t.toOrgUnitId), reason: t.reason })),
    disciplines: (data.disciplines.get(m.id) ?? []).map((d) => ({ kind: disciplineKinds.labels[d.kind], decidedOn: d.decidedOn, body: d.body, reason: d.reason })),
    awards: (data.awards.get(m.id) ?? []).map((a) => ({ title: a.title, decidedOn: a.decidedOn, body: a.body, note: a.note })),
  };
}

function ruleSetOf(data: PrintData) {
  const ruleSet = getRuleSet(data.year.settings.ruleSet);
  if (!ruleSet) throw new DomainError('unknown-rule-set', `Bộ quy tắc "${data.year.settings.ruleSet}" của năm ${data.year.year} không được phiên bản này hỗ trợ.`, { path: 'year' });
  return ruleSet;
}

/** Eligibility rows of the members of one chi bộ, in the order of business (bí thư first, then by name). */
export function eligibilityOfUnit(data: PrintData, unit: OrgUnit): EligibilityMember[] {
  const ruleSet = ruleSetOf(data);
  const roster = data.members.filter((m) => m.orgUnitId === unit.id);
  const view = buildEligibilityView({ reviewYear: data.year.year, reviewDate: data.year.settings.reviewDate, ruleSet, units: [{ ...unit, parentId: null }], members: roster });
  return view.units[0]?.members ?? [];
}

export function ballotsModel(data: PrintData, unit: OrgUnit, copies: number): BallotsModel {
  if (!memberHoldingKinds.includes(unit.kind)) {
    throw new DomainError('not-a-cell', `Phiếu biểu quyết in theo từng chi bộ; "${unit.name}" không phải chi bộ.`, { path: 'subject.id' });
  }
  const members = eligibilityOfUnit(data, unit)
    .filter((e) => e.classified)
    .map((e) => ({ fullName: e.fullName, partyRole: partyRoles.labels[e.partyRole], probationary: e.reviewStatus === 'probationary' }));
  return { issuer: issuerForUnit(data, unit), year: data.year.year, members, copies };
}

function reference(data: PrintData, unit: OrgUnit, type: DocumentTypeCode): string | null {
  const doc = [...data.documents].reverse().find((d) => d.orgUnitId === unit.id && d.typeCode === type && d.voidedOn === null && /kiểm điểm/i.test(d.title));
  return doc ? `${formatDocumentNumber(doc.number, type, issuerCodeFor(unit.kind))}, ngày ${shortDate(doc.issuedOn)}` : null;
}

export function dossierModel(data: PrintData, unit: OrgUnit): DossierListModel {
  const ruleSet = ruleSetOf(data);
  const counts: Record<string, number> = { '02A': 0, '02B': 0, '02C': 0 };
  for (const u of holdingUnitsUnder(data.units, unit.id)) {
    for (const m of data.members.filter((x) => x.orgUnitId === u.id)) {
      const e = memberEligibility(m, data.year.settings.reviewDate, ruleSet);
      if (e?.reviewed) counts[e.form] = (counts[e.form] ?? 0) + 1;
    }
  }
  const total = counts['02A']! + counts['02B']! + counts['02C']!;
  return {
    issuer: issuerForUnit(data, unit),
    year: data.year.year,
    entries: [
      { title: DOSSIER_TITLES.collectiveReport, reference: reference(data, unit, 'BC'), sheets: null, note: null },
      { title: DOSSIER_TITLES.minutes, reference: reference(data, unit, 'BB'), sheets: null, note: null },
      { title: DOSSIER_TITLES.suggestions, reference: null, sheets: null, note: null },
      { title: DOSSIER_TITLES.results, reference: null, sheets: null, note: null },
      { title: DOSSIER_TITLES.individualReviews, reference: null, sheets: null, note: `${total} bản (02A: ${counts['02A']}; 02B: ${counts['02B']}; 02C: ${counts['02C']})` },
    ],
  };
}

// ------------------------------------------------------------------------------------------------------
// Part 2: model builders of the forms filled from the meetings and the Đảng ủy's decisions. They read
// `data.review` (data.ts loadReviewData): the meeting of each cell in scope (frozen once finalized), the
// decision view of the commune, the recognitions with their lists, and the eligibility of every member.

function reviewOf(data: PrintData): ReviewData {
  if (!data.review) throw new Error('loadReviewData must run before a part-2 form is built');
  return data.review;
}

/** The commune organization (the Đảng ủy issues the decisions, the report and the statistics). */
export function communeUnit(data: PrintData): OrgUnit {
  const root = data.units.find((u) => u.kind === 'commune');
  if (!root) throw new DomainError('not-set-up', 'Chưa có tổ chức Đảng bộ xã trong cây tổ chức.');
  return root;
}

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

/** "- Căn cứ …;" lines of the Đảng ủy's decisions, from the year's rule set. */
export function decisionBasis(data: PrintData): string[] {
  const rs = reviewOf(data).ruleSet;
  const doc = (code: string, issuedOn: string, kind: string, by: string) => `${kind} số ${code.replace(/^\S+\s+/, '')} ngày ${shortDate(issuedOn)} của ${by}`;
  return [
    '- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
    `- Căn cứ ${doc(rs.regulation.code, rs.regulation.issuedOn, 'Quy định', 'Bộ Chính trị')} về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị;`,
    `- Căn cứ ${doc(rs.guide.code, rs.guide.issuedOn, 'Hướng dẫn', 'Ban Tổ chức Trung ương')};`,
  ];
}

/** Mẫu 03 of a member's (or a chi bộ's) latest re-rating of the year. */
export function reRatingModel(data: PrintData, subject: { kind: 'member'; member: Member } | { kind: 'org'; unit: OrgUnit }): ReRatingDecisionModel {
  const rd = reviewOf(data);
  const s =
    subject.kind === 'member'
      ? rd.decision.subjects.find((x) => x.memberId === subject.member.id)
      : rd.decision.subjects.find((x) => x.kind === 'organization' && x.orgUnitId === subject.unit.id);
  const last = s?.reRatings[s.reRatings.length - 1];
  const label = subject.kind === 'member' ? `đồng chí ${subject.member.fullName}` : subject.unit.name;
  return {
    issuer: issuerForUnit(data, communeUnit(data)),
    year: data.year.year,
    basis: decisionBasis(data),
    subjectLabel: label,
    reRating:
      s && last
        ? {
            subjectKind: s.kind,
            subjectName: s.name,
            unitName: s.unitName,
            oldLevel: last.oldLevel,
            newLevel: last.newLevel,
            reason: last.reason,
            decisionNo: last.decisionNo,
            decidedOn: last.decidedOn,
            recognition: s.locked ? { decisionNo: s.locked.decisionNo, decidedOn: s.locked.decidedOn } : null,
          }
        : null,
    where: whereDecision(data.year.year, 'Xếp loại lại (Mẫu 03)'),
  };
}

/** The TCCSĐ whose results a unit's recognition covers (itself, or the đảng bộ cơ sở above a chi bộ trực thuộc); null for the commune. */
function basicOrgOf(data: PrintData, unit: OrgUnit | null): OrgUnit | null {
  if (!unit || unit.kind === 'commune') return null;
  if (unit.kind === 'cell' && unit.parentId) return data.unitById.get(unit.parentId) ?? unit;
  return unit;
}

function reRatingNote(s: DecisionSubject | undefined): string | null {
  const last = s?.reRatings[s.reRatings.length - 1];
  return last ? `Xếp loại lại: ${last.newLevel} (QĐ số ${last.decisionNo} ngày ${shortDate(last.decidedOn)})` : null;
}

/** The quyết định công nhận of the commune (or of one TCCSĐ) with its list; a draft when none was issued. */
export function recognitionModel(data: PrintData, unit: OrgUnit | null): RecognitionDecisionModel {
  const rd = reviewOf(data);
  const basic = basicOrgOf(data, unit);
  const scopeName = basic ? basic.name : data.commune.name;
  const covers = (r: RecognitionRecord) => (basic ? r.scope === 'commune' || r.scope.basicOrgId === basic.id : r.scope === 'commune');
  const found = [...rd.recognitions].reverse().find(covers) ?? (basic ? undefined : rd.recognitions.length === 1 ? rd.recognitions[0] : undefined);
  const unitName = (id: string) => data.unitById.get(id)?.name ?? '';
  const subjectByKey = new Map(rd.decision.subjects.map((s) => [s.key, s]));
  let rows: { key: string; memberId: string | null; orgUnitId: string; name: string; level: LevelCode | null }[];
  let blockers: string[] = [];
  if (found) rows = found.subjects.filter((s) => !basic || subjectByKey.get(s.key)?.basicOrgId === basic.id || found.scope !== 'commune');
  else {
    rows = rd.decision.subjects.filter((s) => !basic || s.basicOrgId === basic.id).map((s) => ({ key: s.key, memberId: s.memberId, orgUnitId: s.orgUnitId, name: s.name, level: s.finalLevel }));
    const view = buildDecisionView(rd.decisionInput, basic?.id ?? null);
    blockers = view.blockers;
  }
  return {
    issuer: issuerForUnit(data, communeUnit(data)),
    year: data.year.year,
    basis: decisionBasis(data),
    scopeName: found && found.scope !== 'commune' ? unitName(found.scope.basicOrgId) : scopeName,
    decision: found ? { decisionNo: found.decisionNo, decidedOn: found.decidedOn } : null,
    organizations: rows.filter((r) => r.memberId === null).map((r) => ({ name: r.name, unitName: '', level: r.level, note: reRatingNote(subjectByKey.get(r.key)) })),
    members: rows.filter((r) => r.memberId !== null).map((r) => ({ name: r.name, unitName: unitName(r.orgUnitId), level: r.level, note: reRatingNote(subjectByKey.get(r.key)) })),
    blockers,
    where: whereDecision(data.year.year, 'Quyết định công nhận'),
  };
}

const NOT_RATED_LABELS: Readonly<Record<string, string>> = {
  'member-exempt': 'Miễn công tác và sinh hoạt đảng',
  'member-suspended': 'Đình chỉ sinh hoạt đảng',
  'member-admitted-recently': 'Mới kết nạp, chưa đủ 6 tháng',
};

const zeroTally = (): LevelTally => ({ HTXS: 0, HTT: 0, HTNV: 0, KHTNV: 0 });

/** The figures of the Đảng ủy's report and statistics table for the cells under `unit` (all without one). */
export function yearStatistics(data: PrintData, unit: OrgUnit | null): YearStatistics {
  const rd = reviewOf(data);
  const root = unit ?? communeUnit(data);
  const cells = holdingUnitsUnder(data.units, root.id).filter((u) => u.closedOn === null);
  const cellIds = new Set(cells.map((c) => c.id));
  const subjects = rd.decision.subjects.filter((s) => cellIds.has(s.orgUnitId));
  const eligibility = rd.eligibility.units.filter((u) => cellIds.has(u.orgUnitId));
  const meetingRows = rd.decisionInput.meetings.filter((m) => cellIds.has(m.orgUnitId));
  const finalizedIds = new Set(meetingRows.filter((m) => m.status === 'finalized').map((m) => m.orgUnitId));
  const unitName = (id: string) => data.unitById.get(id)?.name ?? '';

  // Organizations (the chi bộ) by type.
  const byType = new Map<string, YearStatistics['organizations'][number]>();
  for (const cell of cells) {
    const type = orgTypes.labels[cell.type];
    const row = byType.get(type) ?? { type, total: 0, rated: 0, levels: zeroTally(), notRated: 0, notRatedReasons: [] };
    byType.set(type, row);
    row.total += 1;
    const s = subjects.find((x) => x.kind === 'organization' && x.orgUnitId === cell.id);
    if (s?.finalLevel) {
      row.rated += 1;
      row.levels[s.finalLevel] += 1;
    } else {
      row.notRated += 1;
      const e = eligibility.find((u) => u.orgUnitId === cell.id);
      const why = e && e.counts.reviewed === 0 ? 'không có đảng viên thuộc diện kiểm điểm' : !finalizedIds.has(cell.id) ? 'chưa hoàn tất hội nghị' : 'chờ Đảng ủy quyết định';
      row.notRatedReasons.push(`${cell.name}: ${why}`);
    }
  }

  // Members per chi bộ.
  const notRated = new Map<string, { reason: string; count: number; names: string[] }>();
  const cellRows = eligibility.map((u) => {
    const levels = zeroTally();
    let probationary = 0;
    let rated = 0;
    for (const e of u.members) {
      if (!e.classified) {
        if (!e.reviewed || !e.classified) {
          const r = e.reasons[0];
          const reason = r ? (NOT_RATED_LABELS[r.code] ?? r.message) : 'Không thuộc diện xếp loại';
          const entry = notRated.get(reason) ?? { reason, count: 0, names: [] };
          entry.count += 1;
          entry.names.push(`${e.fullName} (${u.name})`);
          notRated.set(reason, entry);
        }
        continue;
      }
      const level = subjects.find((s) => s.memberId === e.memberId)?.finalLevel ?? null;
      if (level) {
        rated += 1;
        levels[level] += 1;
        if (e.reviewStatus === 'probationary') probationary += 1;
      }
    }
    return { name: u.name, onRoll: u.counts.onRoll, notRated: u.counts.onRoll - u.counts.classified, classified: u.counts.classified, rated, probationary, levels, pending: u.counts.classified - rated };
  });

  const memberGroups = rd.decision.quotaGroups.filter((g) => g.kind === 'member' && subjects.some((s) => s.kind === 'member' && (g.basicOrgId === null || g.basicOrgId === s.basicOrgId)));
  const ratePercent = data.year.settings.quota.ratePercent;
  const denominator = data.year.settings.quota.denominator;
  const recognizedCells = new Set(subjects.filter((s) => s.kind === 'organization' && s.locked).map((s) => s.orgUnitId));
  return {
    year: data.year.year,
    scopeName: root.kind === 'commune' ? data.commune.name : root.name,
    provisional: subjects.some((s) => !s.locked) || cells.some((c) => !finalizedIds.has(c.id) && eligibility.find((u) => u.orgUnitId === c.id)!.counts.reviewed > 0),
    organizations: [...byType.values()],
    cells: cellRows,
    notRated: [...notRated.values()],
    quota: memberGroups.map((g) => ({ label: g.label, base: denominator === 'htt' ? g.counts.HTT : g.counts.HTT + g.counts.HTXS, htxs: g.counts.HTXS, allowed: g.outcome.allowed, ratePercent, violation: g.outcome.violation })),
    htxs: subjects.filter((s) => s.kind === 'member' && s.finalLevel === 'HTXS').map((s) => ({ name: s.name, unitName: s.unitName, total: s.score?.total ?? null })),
    khtnv: subjects
      .filter((s) => s.kind === 'member' && s.finalLevel === 'KHTNV')
      .map((s) => ({ name: s.name, unitName: s.unitName, reason: s.computed.reasons.find((r) => r.code !== 'score-band')?.message ?? s.decision?.reason ?? 'Theo kết quả biểu quyết của chi bộ' })),
    meetings: { cells: eligibility.filter((u) => u.counts.reviewed > 0).length, held: meetingRows.length, finalized: finalizedIds.size, recognized: recognizedCells.size },
    recognitions: rd.recognitions.map((r) => ({ decisionNo: r.decisionNo, decidedOn: r.decidedOn, scopeName: r.scope === 'commune' ? data.commune.name : unitName(r.scope.basicOrgId) })),
    reRatings: subjects.flatMap((s) => s.reRatings.map((r) => ({ name: s.name, unitName: s.unitName, oldLevel: r.oldLevel, newLevel: r.newLevel, decisionNo: r.decisionNo, decidedOn: r.decidedOn }))),
    shortcomings: cells.flatMap((c) => {
      const text = rd.meetings.get(c.id)?.view.collective.review.shortcomings;
      return text ? [{ unitName: c.name, text }] : [];
    }),
    remediationItems: cells.reduce((n, c) => {
      const v = rd.meetings.get(c.id)?.view;
      return n + (v ? v.collective.remediation.length + v.members.reduce((k, m) => k + (m.subject?.remediation.length ?? 0), 0) : 0);
    }, 0),
  };
}

/** The report and statistics of the Đảng ủy for the cells under `unit` (the whole commune without one). */
export function yearReportModel(data: PrintData, unit: OrgUnit | null): YearReportModel {
  const root = communeUnit(data);
  return {
    issuer: issuerForUnit(data, root),
    stats: yearStatistics(data, unit),
    upperLevelName: data.commune.upperLevelName,
    province: data.commune.province,
    where: { decision: whereDecision(data.year.year, 'Quyết định công nhận'), meetings: 'Hội nghị kiểm điểm' },
  };
}

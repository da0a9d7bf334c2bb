// Model builders of the part-1 forms: turn the loaded register data (data.ts) into the typed models the
// pure form functions of shared/forms render — issuer and signer, member fields with Vietnamese labels,
// register rows with transfers and departures, the ballot roster from the eligibility rules — and the
// lookups the meeting, decision and dossier-list models share (models-meeting.ts, models-decision.ts,
// models-dossier.ts). Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import { activeStatuses, disciplineKinds, genders, memberCategories, memberStatuses, partyRoles, politicalTheoryLevels } from '../../../shared/domain/enums';
import type { Member } from '../../../shared/domain/member';
import { memberHoldingKinds, type OrgUnit } from '../../../shared/domain/org-unit';
import { shortDate } from '../../../shared/documents/dates';
import type { BallotsModel } from '../../../shared/forms/ballots';
import type { BlankReviewModel, ReviewMemberInfo } from '../../../shared/forms/blank-review';
import { issuerOf, type IssuerInfo } from '../../../shared/forms/issuer';
import type { MemberRegisterModel, RegisterRow } from '../../../shared/forms/member-register';
import type { MemberSheetModel } from '../../../shared/forms/member-sheet';
import { buildEligibilityView, type EligibilityMember } from '../../../shared/review/eligibility-view';
import { formForCategory, type ReviewFormCode } from '../../../shared/rules/forms';
import { getRuleSet } from '../../../shared/rules/rule-sets';
import { sortByVietnameseName } from '../../../shared/text/names';
import { holdingUnitsUnder, type PrintData, type ReviewData } from './data';

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

export function memberInfo(m: Member): ReviewMemberInfo {
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

export function ruleSetOf(data: PrintData) {
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

/** The meeting and decision data of a part-2 form; data.ts loadReviewData must have run. */
export function reviewOf(data: PrintData): ReviewData {
  if (!data.review) throw new Error('loadReviewData must run before a part-2 form is built');
  return data.review;
}

/** The commune organization (the Đảng ủy issues the decisions, the report and the statistics). */
export function communeUnit(data: PrintData): OrgUnit {
  const root = data.units.find((u) => u.kind === 'commune');
  if (!root) throw new DomainError('not-set-up', 'Chưa có tổ chức Đảng bộ xã trong cây tổ chức.');
  return root;
}

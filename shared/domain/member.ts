// Party member records: the fields of domain-background.md §7.1, the input schema, and the
// cross-field rules a form must satisfy (CCCD format, date order, no future dates). Uniqueness of
// CCCD and số thẻ needs the register and is checked by the core. Layer: shared.
import { z } from 'zod';
import { genders, memberCategories, memberStatuses, partyRoles, politicalTheoryLevels, disciplineKinds } from './enums';
import type { DisciplineKind, Gender, MemberCategory, MemberStatus, PartyRole } from './enums';
import { addCalendarMonths } from '../rules/calendar';
import { isoDate, optionalIsoDate, optionalLine, optionalText, requiredLine, uuid } from './fields';

export const memberInputSchema = z.object({
  fullName: requiredLine('Họ và tên', 100),
  gender: genders.schema,
  birthDate: isoDate('Ngày sinh'),
  ethnicity: optionalLine('Dân tộc', 50),
  religion: optionalLine('Tôn giáo', 50),
  hometown: optionalLine('Quê quán'),
  residence: optionalLine('Nơi cư trú'),
  citizenId: optionalLine('Số CCCD', 20),
  cardNo: optionalLine('Số thẻ đảng viên', 20),
  recordNo: optionalLine('Số lý lịch', 20),
  admittedOn: isoDate('Ngày vào Đảng'),
  confirmedOn: optionalIsoDate('Ngày chính thức'),
  orgUnitId: uuid('Chi bộ'),
  partyRole: partyRoles.schema.default('member'),
  communeCommittee: z.boolean().default(false),
  category: memberCategories.schema,
  workplace: optionalLine('Đơn vị công tác'),
  post: optionalLine('Chức vụ'),
  education: optionalLine('Trình độ học vấn', 50),
  professionalLevel: optionalLine('Chuyên môn nghiệp vụ', 100),
  politicalTheory: politicalTheoryLevels.schema.default('none'),
  phone: optionalLine('Số điện thoại', 20),
  notes: optionalText('Ghi chú'),
});
export type MemberInput = z.infer<typeof memberInputSchema>;
/** What a form sends before parsing (dates and optional texts may be empty strings). */
export type MemberInputRaw = z.input<typeof memberInputSchema>;

/** The status a new member starts with: probationary until confirmed. */
export const memberCreateSchema = memberInputSchema.extend({
  status: z.enum(['official', 'probationary']),
});
export type MemberCreateInput = z.infer<typeof memberCreateSchema>;

export interface Member extends MemberInput {
  id: string;
  status: MemberStatus;
  statusSince: string | null;
  statusPlace: string | null;
  statusReason: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The light row the register list needs (20 000 of them travel to the renderer at once). */
export interface MemberListRow {
  id: string;
  fullName: string;
  /** Folded search key of name + card number + citizen id. */
  searchKey: string;
  gender: Gender;
  birthDate: string;
  orgUnitId: string;
  status: MemberStatus;
  category: MemberCategory;
  partyRole: PartyRole;
  cardNo: string | null;
}

export interface StatusHistoryEntry {
  id: string;
  memberId: string;
  status: MemberStatus;
  fromDate: string;
  toDate: string | null;
  place: string | null;
  reason: string | null;
  createdAt: string;
}

export interface TransferEntry {
  id: string;
  memberId: string;
  fromOrgUnitId: string;
  toOrgUnitId: string;
  onDate: string;
  reason: string | null;
  createdAt: string;
}

export interface DisciplineRecord {
  id: string;
  memberId: string;
  kind: DisciplineKind;
  decidedOn: string;
  body: string;
  reason: string;
  dutyRelated: boolean;
  createdAt: string;
}

export interface AwardRecord {
  id: string;
  memberId: string;
  title: string;
  decidedOn: string;
  body: string;
  note: string | null;
  createdAt: string;
}

export interface MemberDetail {
  member: Member;
  statusHistory: StatusHistoryEntry[];
  transfers: TransferEntry[];
  disciplines: DisciplineRecord[];
  awards: AwardRecord[];
}

export const statusChangeSchema = z.object({
  id: uuid(),
  status: memberStatuses.schema,
  fromDate: isoDate('Từ ngày'),
  place: optionalLine('Nơi sinh hoạt tạm thời'),
  reason: optionalText('Lý do', 1000),
});
export type StatusChangeInput = z.infer<typeof statusChangeSchema>;

export const transferSchema = z.object({
  id: uuid(),
  toOrgUnitId: uuid('Chi bộ chuyển đến'),
  onDate: isoDate('Ngày chuyển'),
  reason: optionalText('Lý do', 1000),
});
export type TransferInput = z.infer<typeof transferSchema>;

export const disciplineInputSchema = z.object({
  memberId: uuid(),
  kind: disciplineKinds.schema,
  decidedOn: isoDate('Ngày quyết định'),
  body: requiredLine('Cấp quyết định'),
  reason: requiredLine('Lý do', 1000),
  dutyRelated: z.boolean().default(false),
});
export type DisciplineInput = z.infer<typeof disciplineInputSchema>;

export const awardInputSchema = z.object({
  memberId: uuid(),
  title: requiredLine('Hình thức khen thưởng'),
  decidedOn: isoDate('Ngày quyết định'),
  body: requiredLine('Cấp khen thưởng'),
  note: optionalText('Ghi chú', 1000),
});
export type AwardInput = z.infer<typeof awardInputSchema>;

export interface FieldIssue {
  /** The input field the message is about, e.g. `citizenId`. */
  field: string;
  message: string;
}

const CITIZEN_ID = /^\d{12}$/;
const CARD_NO = /^[0-9A-Za-z.\-/]{4,20}$/;
const PHONE = /^(\+84|0)\d{9,10}$/;

/**
 * Cross-field rules of a member record, checked after the schema. `today` is `YYYY-MM-DD`.
 * Returns every problem at once, so the form can show them all.
 */
export function memberConsistencyIssues(
  m: Pick<MemberInput, 'birthDate' | 'admittedOn' | 'confirmedOn' | 'citizenId' | 'cardNo' | 'phone'> & { status?: MemberStatus },
  today: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (m.citizenId !== null && !CITIZEN_ID.test(m.citizenId)) {
    issues.push({ field: 'citizenId', message: 'Số CCCD phải gồm đúng 12 chữ số.' });
  }
  if (m.cardNo !== null && !CARD_NO.test(m.cardNo)) {
    issues.push({ field: 'cardNo', message: 'Số thẻ đảng viên chỉ gồm chữ số (và chữ cái), từ 4 đến 20 ký tự.' });
  }
  if (m.phone !== null && !PHONE.test(m.phone.replace(/[\s.]/g, ''))) {
    issues.push({ field: 'phone', message: 'Số điện thoại không hợp lệ (ví dụ 0912345678).' });
  }
  if (m.birthDate > today) issues.push({ field: 'birthDate', message: 'Ngày sinh không được ở tương lai.' });
  if (m.admittedOn > today) issues.push({ field: 'admittedOn', message: 'Ngày vào Đảng không được ở tương lai.' });
  else if (m.admittedOn < addCalendarMonths(m.birthDate, 18 * 12)) {
    issues.push({ field: 'admittedOn', message: 'Ngày vào Đảng phải khi đã đủ 18 tuổi (sau ngày sinh ít nhất 18 năm).' });
  }
  if (m.confirmedOn !== null) {
    if (m.confirmedOn > today) issues.push({ field: 'confirmedOn', message: 'Ngày chính thức không được ở tương lai.' });
    else if (m.confirmedOn <= m.admittedOn) issues.push({ field: 'confirmedOn', message: 'Ngày chính thức phải sau ngày vào Đảng.' });
  }
  if (m.status === 'official' && m.confirmedOn === null) {
    issues.push({ field: 'confirmedOn', message: 'Đảng viên chính thức cần có ngày chính thức.' });
  }
  if (m.status === 'probationary' && m.confirmedOn !== null) {
    issues.push({ field: 'confirmedOn', message: 'Đảng viên dự bị chưa có ngày chính thức; hãy chọn trạng thái "Chính thức" hoặc xóa ngày chính thức.' });
  }
  return issues;
}

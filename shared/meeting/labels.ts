// Vietnamese names of the meeting's vocabularies (attendance, carry-over status, vote mode, step titles)
// and the small text helpers the step checks and the minutes share. Layer: shared.
import { partyRoles, type PartyRole } from '../domain/enums';
import { LEVEL_NAMES, type LevelCode } from '../rules/levels';

export const ATTENDANCE = ['present', 'absent-excused', 'absent-unexcused'] as const;
/** present: có mặt; absent-excused: vắng có lý do; absent-unexcused: vắng không có lý do. */
export type Attendance = (typeof ATTENDANCE)[number];

export const ATTENDANCE_NAMES: Readonly<Record<Attendance, string>> = {
  present: 'Có mặt',
  'absent-excused': 'Vắng có lý do',
  'absent-unexcused': 'Vắng không có lý do',
};

export const CARRY_STATUSES = ['fixed', 'in-progress', 'not-fixed'] as const;
/** Section III of Mẫu 01/02: đã khắc phục / đang khắc phục / chưa khắc phục. */
export type CarryStatus = (typeof CARRY_STATUSES)[number];

export const CARRY_STATUS_NAMES: Readonly<Record<CarryStatus, string>> = {
  fixed: 'Đã khắc phục',
  'in-progress': 'Đang khắc phục',
  'not-fixed': 'Chưa khắc phục',
};

export const VOTE_MODES = ['hand', 'ballot'] as const;
/** hand: biểu quyết giơ tay; ballot: bỏ phiếu kín. */
export type VoteMode = (typeof VOTE_MODES)[number];

export const VOTE_MODE_NAMES: Readonly<Record<VoteMode, string>> = {
  hand: 'Biểu quyết giơ tay',
  ballot: 'Bỏ phiếu kín',
};

/** The actor written to the audit log when the client names nobody and no "người sử dụng máy" is set. */
export const DEFAULT_ACTOR = 'Văn phòng Đảng ủy';

export const STEP_TITLES = {
  preparation: 'Chuẩn bị hội nghị',
  attendance: 'Điểm danh, khai mạc',
  collective: 'Kiểm điểm tập thể chi bộ (Mẫu 01)',
  member: 'Kiểm điểm đảng viên',
  votes: 'Biểu quyết xếp loại đảng viên',
  'collective-vote': 'Biểu quyết xếp loại chi bộ',
  remediation: 'Kế hoạch khắc phục hạn chế, khuyết điểm',
  minutes: 'Thông qua biên bản',
  finalize: 'Hoàn tất hội nghị',
} as const;

export function roleName(role: PartyRole): string {
  return partyRoles.labels[role];
}

/** `"Hoàn thành tốt nhiệm vụ"` with quotes, as messages cite a level. */
export function quotedLevel(level: LevelCode): string {
  return `"${LEVEL_NAMES[level]}"`;
}

/** A list of names inside a sentence: "A, B và C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
}

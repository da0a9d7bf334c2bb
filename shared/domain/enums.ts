// The closed vocabularies of the register (org kinds and types, member statuses, roles, categories…)
// with their Vietnamese labels. One place, so UI, forms and exchange files agree. Layer: shared.
import { z } from 'zod';

/** Builds a zod enum and a label map from one ordered list of [code, Vietnamese label]. */
function vocabulary<const T extends readonly (readonly [string, string])[]>(entries: T) {
  const codes = entries.map(([code]) => code) as unknown as { [K in keyof T]: T[K][0] };
  const labels = Object.fromEntries(entries) as Record<T[number][0], string>;
  const schema = z.enum(codes as unknown as [T[number][0], ...T[number][0][]]);
  return { codes: codes as unknown as readonly T[number][0][], labels, schema };
}

export const orgKinds = vocabulary([
  ['commune', 'Đảng bộ xã'],
  ['basic-cell', 'Chi bộ cơ sở'],
  ['basic-committee', 'Đảng bộ cơ sở'],
  ['cell', 'Chi bộ trực thuộc'],
] as const);
export type OrgKind = z.infer<typeof orgKinds.schema>;

export const orgTypes = vocabulary([
  ['village', 'Thôn, bản'],
  ['residential', 'Tổ dân phố'],
  ['school', 'Trường học'],
  ['health', 'Y tế'],
  ['police', 'Công an'],
  ['military', 'Quân sự'],
  ['cooperative', 'Hợp tác xã'],
  ['enterprise', 'Doanh nghiệp'],
  ['agency', 'Cơ quan'],
  ['other', 'Khác'],
] as const);
export type OrgType = z.infer<typeof orgTypes.schema>;

export const memberStatuses = vocabulary([
  ['official', 'Chính thức'],
  ['probationary', 'Dự bị'],
  ['exempt', 'Miễn công tác và sinh hoạt đảng'],
  ['suspended', 'Đình chỉ sinh hoạt đảng'],
  ['temporary', 'Sinh hoạt tạm thời nơi khác'],
  ['transferred-out', 'Đã chuyển sinh hoạt đi'],
  ['deceased', 'Đã từ trần'],
  ['left', 'Đã ra khỏi Đảng'],
] as const);
export type MemberStatus = z.infer<typeof memberStatuses.schema>;

/** Statuses of members who are still on the cell's roll (the others are kept for history only). */
export const activeStatuses: readonly MemberStatus[] = ['official', 'probationary', 'exempt', 'suspended', 'temporary'];

export const partyRoles = vocabulary([
  ['secretary', 'Bí thư'],
  ['deputy-secretary', 'Phó bí thư'],
  ['committee-member', 'Chi ủy viên'],
  ['member', 'Đảng viên'],
] as const);
export type PartyRole = z.infer<typeof partyRoles.schema>;

export const memberCategories = vocabulary([
  ['leader', 'Giữ chức vụ lãnh đạo, quản lý (Mẫu 02A)'],
  ['staff', 'Không giữ chức vụ, làm việc trong hệ thống chính trị (Mẫu 02B)'],
  ['outside', 'Không làm việc trong hệ thống chính trị (Mẫu 02C)'],
] as const);
export type MemberCategory = z.infer<typeof memberCategories.schema>;

export const genders = vocabulary([
  ['male', 'Nam'],
  ['female', 'Nữ'],
] as const);
export type Gender = z.infer<typeof genders.schema>;

export const politicalTheoryLevels = vocabulary([
  ['none', 'Chưa qua đào tạo'],
  ['elementary', 'Sơ cấp'],
  ['intermediate', 'Trung cấp'],
  ['advanced', 'Cao cấp'],
  ['bachelor', 'Cử nhân'],
] as const);
export type PoliticalTheoryLevel = z.infer<typeof politicalTheoryLevels.schema>;

export const disciplineKinds = vocabulary([
  ['reprimand', 'Khiển trách'],
  ['warning', 'Cảnh cáo'],
  ['removal', 'Cách chức'],
  ['expulsion', 'Khai trừ'],
] as const);
export type DisciplineKind = z.infer<typeof disciplineKinds.schema>;

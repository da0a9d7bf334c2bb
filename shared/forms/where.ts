// Where in the app a missing piece of data is filled in, as the Vietnamese path the user follows
// (menu › page › field). Labels match the renderer's navigation and member form. Layer: shared.
import { cleanLine } from '../documents/text';

export const whereMemberField = (memberName: string, fieldLabel: string): string =>
  `Đảng viên › ${cleanLine(memberName)} › Sửa thông tin › ${fieldLabel}`;

export const whereUnitSecretary = (unitName: string): string =>
  `Đảng viên › (bí thư của ${cleanLine(unitName)}) › Sửa thông tin › Chức vụ đảng: Bí thư`;

export const whereYear = (year: number, section: string): string => `Đợt kiểm điểm › Năm ${year} › ${section}`;

export const whereCommune = (field: string): string => `Cài đặt › Thông tin đảng bộ xã › ${field}`;

// Short Vietnamese labels for narrow places (list columns, badges); the full labels live in
// shared/domain/enums.ts and are shown as tooltips and in forms. Layer: renderer.
import { memberCategories, memberStatuses, type MemberCategory, type MemberStatus } from '../../shared/domain/enums';

export const shortStatusLabels: Record<MemberStatus, string> = {
  official: 'Chính thức',
  probationary: 'Dự bị',
  exempt: 'Miễn sinh hoạt',
  suspended: 'Đình chỉ sinh hoạt',
  temporary: 'Sinh hoạt tạm thời',
  'transferred-out': 'Đã chuyển đi',
  deceased: 'Đã từ trần',
  left: 'Ra khỏi Đảng',
};

export const shortCategoryLabels: Record<MemberCategory, string> = {
  leader: '02A',
  staff: '02B',
  outside: '02C',
};

export const statusOptions = memberStatuses.codes.map((code) => ({ value: code, label: memberStatuses.labels[code] }));
export const categoryOptions = memberCategories.codes.map((code) => ({ value: code, label: memberCategories.labels[code] }));

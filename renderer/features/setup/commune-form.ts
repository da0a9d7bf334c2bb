// The commune's names as a form (first-run set-up and Cài đặt): values, labels, the suggestions
// derived from what was typed, and the client-side check. Layer: renderer.
import { communeSetupSchema, type CommuneSetup } from '../../../shared/domain/commune';
import { zodFieldErrors, type FieldErrors } from '../../ui/form-errors';

export type CommuneFormValues = Record<keyof CommuneSetup, string>;

export const communeFields = ['name', 'province', 'upperLevelName', 'placeName'] as const;

export const communeLabels: Record<keyof CommuneSetup, string> = {
  name: 'Tên đảng bộ xã',
  province: 'Tỉnh/thành phố',
  upperLevelName: 'Tên cấp trên',
  placeName: 'Địa danh ghi trên văn bản',
};

export const emptyCommuneForm: CommuneFormValues = { name: '', province: '', upperLevelName: '', placeName: '' };

/** "Tỉnh Phú Thọ" → "Ban Thường vụ Tỉnh ủy Phú Thọ" (the level above since 01/7/2025). */
export function suggestUpperLevel(province: string): string {
  const p = province.trim().replace(/\s+/g, ' ');
  const m = /^(tỉnh|thành phố|tp\.?)\s+(.+)$/i.exec(p);
  if (!m) return p ? `Ban Thường vụ Tỉnh ủy ${p}` : '';
  const isCity = m[1]!.toLowerCase() !== 'tỉnh';
  return `Ban Thường vụ ${isCity ? 'Thành ủy' : 'Tỉnh ủy'} ${m[2]}`;
}

/** "Đảng bộ xã Xuân Hòa" → "Xuân Hòa", the place name written before the date on documents. */
export function suggestPlaceName(communeName: string): string {
  return communeName
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(đảng bộ\s+)?(xã|phường|đặc khu|thị trấn)\s+/i, '');
}

export function checkCommuneForm(values: CommuneFormValues): { ok: true; data: CommuneSetup } | { ok: false; errors: FieldErrors } {
  const parsed = communeSetupSchema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, errors: zodFieldErrors(parsed.error, communeLabels) };
}

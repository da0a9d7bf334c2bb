// Facts about the running app the renderer needs at start, and the installation's settings (large type,
// the name of the person using this computer for the audit log). Layer: shared.
import { z } from 'zod';
import { normalizeLine } from '../text/normalize';

export interface UiSettings {
  largeType: boolean;
  /**
   * "Người sử dụng máy", e.g. "Nguyễn Văn A — Văn phòng Đảng ủy": written to the audit log as who made a
   * change when a call names nobody. Null until someone enters it.
   */
  operatorName: string | null;
}

export const OPERATOR_NAME_MAX = 100;

/** A settings change; fields left out keep their value. A blank operator name clears it. */
export const uiSettingsPatchSchema = z.strictObject(
  {
    largeType: z.boolean({ error: 'Chữ lớn: chỉ được là bật hoặc tắt.' }).optional(),
    operatorName: z
      .string({ error: 'Người sử dụng máy: phải là chữ.' })
      .transform(normalizeLine)
      .pipe(z.string().max(OPERATOR_NAME_MAX, { error: `Người sử dụng máy: dài quá ${OPERATOR_NAME_MAX} ký tự.` }))
      .transform((v) => (v === '' ? null : v))
      .nullable()
      .optional(),
  },
  {
    error: (iss) => (iss.code === 'unrecognized_keys' ? `Cài đặt có trường không được hỗ trợ: ${(iss.keys ?? []).join(', ')}.` : undefined),
  },
);
export type UiSettingsPatch = z.output<typeof uiSettingsPatchSchema>;

export interface AppInfo {
  version: string;
  /** Folder that holds the database and backups. */
  dataDir: string;
  dbPath: string;
  hasCommune: boolean;
  settings: UiSettings;
  /** `electron` in the desktop app, `browser` in browser mode. */
  shell: 'electron' | 'browser' | 'test';
}

// Reusable zod field schemas with Vietnamese messages: every string is normalized (NFC, no control
// characters) as it is parsed, so whatever reaches the core is already clean. Layer: shared.
import { z } from 'zod';
import { normalizeLine, normalizeText } from '../text/normalize';
import { isIsoDate } from '../text/dates';

/** A required one-line text field. */
export const requiredLine = (label: string, max = 200) =>
  z
    .string({ error: `${label}: phải là chữ.` })
    .transform(normalizeLine)
    .pipe(z.string().min(1, { error: `${label}: không được để trống.` }).max(max, { error: `${label}: dài quá ${max} ký tự.` }));

/** An optional one-line text field; empty becomes null. */
export const optionalLine = (label: string, max = 200) =>
  z
    .string({ error: `${label}: phải là chữ.` })
    .transform(normalizeLine)
    .pipe(z.string().max(max, { error: `${label}: dài quá ${max} ký tự.` }))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

/** An optional multi-line text (notes, reasons). */
export const optionalText = (label: string, max = 4000) =>
  z
    .string({ error: `${label}: phải là chữ.` })
    .transform((v) => normalizeText(v).trim())
    .pipe(z.string().max(max, { error: `${label}: dài quá ${max} ký tự.` }))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const isoDate = (label: string) =>
  z.string({ error: `${label}: thiếu ngày.` }).refine(isIsoDate, { error: `${label}: ngày không hợp lệ (ghi ngày/tháng/năm, ví dụ 05/12/2026).` });

export const optionalIsoDate = (label: string) =>
  z
    .union([z.literal(''), isoDate(label)])
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

export const uuid = (label = 'Mã') => z.string({ error: `${label}: thiếu.` }).min(1, { error: `${label}: thiếu.` }).max(64);

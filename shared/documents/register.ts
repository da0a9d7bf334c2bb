// The document numbering register as the API sees it: committee terms per issuing body, the preview
// of the next number, issued documents, and the input schemas with Vietnamese messages. The rules
// (consecutive per body, type and term; a number is never reused) are enforced by the core service.
// Layer: shared.
import { z } from 'zod';
import { isoDate, optionalLine, requiredLine, uuid } from '../domain/fields';
import { documentTypeSchema, type DocumentTypeCode, type IssuerCode } from './numbering';

export interface DocumentTerm {
  id: string;
  orgUnitId: string;
  /** First day of the committee term (the congress date); numbers restart from 1 in each term. */
  startsOn: string;
  /** e.g. "Nhiệm kỳ 2025–2030". */
  label: string | null;
  createdAt: string;
}

export interface NextNumber {
  orgUnitId: string;
  typeCode: DocumentTypeCode;
  issuerCode: IssuerCode;
  termId: string;
  termStartsOn: string;
  /** The number the next document of this type would get; the user may change it before issuing. */
  number: number;
  /** "Số 13-BC/ĐU". */
  formatted: string;
}

export interface IssuedDocument {
  id: string;
  orgUnitId: string;
  termId: string;
  typeCode: DocumentTypeCode;
  number: number;
  formatted: string;
  issuedOn: string;
  title: string;
  voidedOn: string | null;
  voidReason: string | null;
  createdAt: string;
}

export const termSetSchema = z
  .object({
    orgUnitId: uuid('Cơ quan ban hành'),
    startsOn: isoDate('Ngày bắt đầu nhiệm kỳ'),
    label: optionalLine('Tên nhiệm kỳ', 100),
  })
  .strict();

export const nextNumberSchema = z
  .object({
    orgUnitId: uuid('Cơ quan ban hành'),
    typeCode: documentTypeSchema,
    /** The date the document will carry (selects the term); default today. */
    issuedOn: isoDate('Ngày ban hành').optional(),
  })
  .strict();

export const issueSchema = z
  .object({
    orgUnitId: uuid('Cơ quan ban hành'),
    typeCode: documentTypeSchema,
    issuedOn: isoDate('Ngày ban hành'),
    title: requiredLine('Trích yếu', 500),
    /** The number shown in the preview, possibly edited; default the next number. */
    number: z.number({ error: 'Số văn bản phải là một số.' }).int({ error: 'Số văn bản phải là số nguyên.' }).min(1, { error: 'Số văn bản phải từ 1 trở lên.' }).max(99999, { error: 'Số văn bản không quá 99999.' }).optional(),
    /**
     * The user confirmed a number lower than the next one that was never issued (a gap left when a
     * higher number was entered, e.g. a paper document filed late); without it such a number is refused.
     */
    fillGap: z.boolean().optional(),
  })
  .strict();

export const voidSchema = z.object({ id: uuid('Văn bản'), reason: requiredLine('Lý do hủy', 500) }).strict();

export const documentListSchema = z
  .object({
    orgUnitId: uuid('Cơ quan ban hành').optional(),
    typeCode: documentTypeSchema.optional(),
    year: z.number().int().min(2000).max(2100).optional(),
  })
  .strict();

// Sổ danh sách đảng viên (Mẫu 7-HSĐV, HD 12-HD/BTCTW): the 14 columns of domain-background.md §7.1 on
// landscape A4, one table per chi bộ, filled from the register — members on the roll and those who
// left the chi bộ (transferred out, deceased, left the Party) with the dates. Layer: shared.
import type { Block, TableSpec } from '../documents/model';
import { shortDate } from '../documents/dates';
import type { IssuerInfo } from './issuer';
import { toOutput, type BuiltForm, type FormOutput, type MissingItem, type RenderOptions } from './types';
import { whereMemberField } from './where';

export interface RegisterRow {
  fullName: string;
  birthDate: string;
  gender: 'male' | 'female';
  ethnicity: string | null;
  religion: string | null;
  hometown: string | null;
  education: string | null;
  /** Vietnamese label; null when not trained. */
  politicalTheory: string | null;
  professionalLevel: string | null;
  /** Nghề nghiệp hiện nay (chức vụ, đơn vị công tác). */
  occupationNow: string | null;
  admittedOn: string;
  confirmedOn: string | null;
  cardNo: string | null;
  recordNo: string | null;
  /** "Bộ đội", "Công an", "Hưu trí" when the record says so. */
  serviceFlags: string | null;
  transferredOutOn: string | null;
  transferredOutTo: string | null;
  transferredInOn: string | null;
  transferredInFrom: string | null;
  diedOn: string | null;
  leftOn: string | null;
  leftForm: string | null;
  /** Status and notes, e.g. "Dự bị", "Miễn công tác và sinh hoạt đảng từ 01/03/2024". */
  note: string | null;
  /** Whether the member is an official member (needs a card and a confirmation date). */
  official: boolean;
  /** Whether the member is still on this chi bộ's roll (missing data matters only for them). */
  onRoll: boolean;
}

export interface RegisterSection {
  unitName: string;
  rows: RegisterRow[];
}

export interface MemberRegisterModel {
  /** The unit the sổ is printed for (a chi bộ, or a đảng bộ with one section per chi bộ). */
  issuer: IssuerInfo;
  sections: RegisterSection[];
  /** The date the list is accurate at (printing date). */
  asOf: string;
}

export const REGISTER_COLUMNS: TableSpec['columns'] = [
  { title: 'Số TT', widthMm: 9, align: 'center' },
  { title: 'Họ và tên; ngày sinh', widthMm: 31 },
  { title: 'Nam, nữ; dân tộc; tôn giáo', widthMm: 17 },
  { title: 'Quê quán', widthMm: 21 },
  { title: 'Văn hóa; lý luận chính trị; chuyên môn nghiệp vụ; ngoại ngữ', widthMm: 23 },
  { title: 'Nghề nghiệp trước khi vào Đảng / hiện nay', widthMm: 23 },
  { title: 'Ngày vào Đảng; ngày chính thức', widthMm: 19, align: 'center' },
  { title: 'Số thẻ; số lý lịch; số Huy hiệu', widthMm: 19 },
  { title: 'Bộ đội, công an, hưu trí', widthMm: 13, align: 'center' },
  { title: 'Ngày chuyển đi', widthMm: 15, align: 'center' },
  { title: 'Ngày chuyển đến, từ đâu', widthMm: 17 },
  { title: 'Ngày từ trần', widthMm: 13, align: 'center' },
  { title: 'Ngày ra khỏi Đảng, hình thức', widthMm: 16 },
  { title: 'Ghi chú', widthMm: 16 },
];

const lines = (...parts: (string | null | undefined)[]): string => parts.filter((p) => p !== null && p !== undefined && p !== '').join('\n');

function rowCells(r: RegisterRow, index: number): string[] {
  return [
    String(index + 1),
    lines(r.fullName, shortDate(r.birthDate)),
    lines(r.gender === 'male' ? 'Nam' : 'Nữ', r.ethnicity, r.religion ?? 'Không'),
    r.hometown ?? '',
    lines(r.education, r.politicalTheory, r.professionalLevel),
    r.occupationNow ? `Hiện nay: ${r.occupationNow}` : '',
    lines(shortDate(r.admittedOn), shortDate(r.confirmedOn)),
    lines(r.cardNo ? `Thẻ: ${r.cardNo}` : null, r.recordNo ? `LL: ${r.recordNo}` : null),
    r.serviceFlags ?? '',
    lines(shortDate(r.transferredOutOn), r.transferredOutTo ? `đến ${r.transferredOutTo}` : null),
    lines(shortDate(r.transferredInOn), r.transferredInFrom ? `từ ${r.transferredInFrom}` : null),
    shortDate(r.diedOn),
    lines(shortDate(r.leftOn), r.leftForm),
    r.note ?? '',
  ];
}

function rowMissing(r: RegisterRow): MissingItem[] {
  if (!r.onRoll) return [];
  const out: MissingItem[] = [];
  const add = (field: string, label: string) =>
    out.push({ field: `member.${field}`, message: `Chưa có ${label.toLocaleLowerCase('vi')} của đồng chí ${r.fullName}.`, where: whereMemberField(r.fullName, label) });
  if (!r.hometown) add('hometown', 'Quê quán');
  if (!r.recordNo) add('recordNo', 'Số lý lịch');
  if (r.official && !r.cardNo) add('cardNo', 'Số thẻ đảng viên');
  if (r.official && !r.confirmedOn) add('confirmedOn', 'Ngày chính thức');
  return out;
}

export function buildMemberRegister(model: MemberRegisterModel): BuiltForm {
  const blocks: Block[] = [{ kind: 'formCode', text: 'Mẫu 7-HSĐV' }];
  const missing: MissingItem[] = [];
  model.sections.forEach((section, i) => {
    if (i > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push({
      kind: 'title',
      type: 'SỔ DANH SÁCH ĐẢNG VIÊN',
      lines: [section.unitName, ...(model.issuer.upperBody && model.issuer.kind !== 'commune' ? [model.issuer.upperBody] : [])],
      subtitle: [`(Tính đến ngày ${shortDate(model.asOf)}; ${section.rows.filter((r) => r.onRoll).length} đảng viên đang sinh hoạt)`],
      rule: false,
    });
    blocks.push({ kind: 'table', table: { columns: REGISTER_COLUMNS, rows: section.rows.map(rowCells), numberRow: true, sizePt: 10 } });
    for (const r of section.rows) missing.push(...rowMissing(r));
  });
  if (model.sections.length === 0) {
    blocks.push({ kind: 'title', type: 'SỔ DANH SÁCH ĐẢNG VIÊN', lines: [model.issuer.unitName], rule: false });
    missing.push({ field: 'unit.members', message: `${model.issuer.unitName} chưa có chi bộ nào có đảng viên.`, where: 'Tổ chức đảng' });
  }
  return { document: { title: `Sổ danh sách đảng viên - ${model.issuer.unitName}`, orientation: 'landscape', pageNumbers: true, blocks }, missing };
}

export function renderMemberRegister(model: MemberRegisterModel, options?: RenderOptions): FormOutput {
  return toOutput(buildMemberRegister(model), options);
}

// Phiếu xác nhận thông tin đảng viên: everything the app holds about one member — personal, party,
// education and work, status history, transfers, discipline and awards — printed for the member to
// check, correct in the last column and sign. Empty fields are listed as missing. Layer: shared.
import type { Block, TableCell } from '../documents/model';
import { shortDate } from '../documents/dates';
import { issuerHeader, issuerSignature, type IssuerInfo } from './issuer';
import { toOutput, type BuiltForm, type FormOutput, type MissingItem, type RenderOptions } from './types';
import { whereMemberField } from './where';

export interface SheetMember {
  fullName: string;
  gender: string;
  birthDate: string;
  ethnicity: string | null;
  religion: string | null;
  hometown: string | null;
  residence: string | null;
  citizenId: string | null;
  phone: string | null;
  unitName: string;
  status: string;
  statusSince: string | null;
  admittedOn: string;
  confirmedOn: string | null;
  cardNo: string | null;
  recordNo: string | null;
  partyRole: string;
  communeCommittee: boolean;
  category: string;
  workplace: string | null;
  post: string | null;
  education: string | null;
  professionalLevel: string | null;
  politicalTheory: string;
  notes: string | null;
  /** Whether the member is official (a card number and a confirmation date are then expected). */
  official: boolean;
}

export interface MemberSheetModel {
  issuer: IssuerInfo;
  member: SheetMember;
  statusHistory: { status: string; from: string; to: string | null; place: string | null; reason: string | null }[];
  transfers: { onDate: string; from: string; to: string; reason: string | null }[];
  disciplines: { kind: string; decidedOn: string; body: string; reason: string }[];
  awards: { title: string; decidedOn: string; body: string; note: string | null }[];
  /** The date the data was printed (shown in the title note). */
  printedOn: string;
  year: number;
}

type Row = [label: string, value: string | null, field?: string];

function infoTable(rows: Row[]): Block {
  return {
    kind: 'table',
    table: {
      columns: [
        { title: 'Nội dung', widthMm: 52 },
        { title: 'Thông tin đang lưu', widthMm: 68 },
        { title: 'Đề nghị điều chỉnh (nếu có)', widthMm: 45 },
      ],
      rows: rows.map(([label, value]) => [{ text: label, bold: true }, value ?? '', '']),
    },
  };
}

function listTable(columns: [string, number][], rows: string[][], empty: string): Block {
  if (rows.length === 0) return { kind: 'paragraph', runs: [{ text: empty, italic: true }], indent: true };
  return { kind: 'table', table: { columns: columns.map(([title, widthMm]) => ({ title, widthMm })), rows: rows.map((r) => r.map((t): TableCell => ({ text: t }))) } };
}

export function buildMemberSheet(model: MemberSheetModel): BuiltForm {
  const m = model.member;
  const personal: Row[] = [
    ['Họ và tên', m.fullName],
    ['Giới tính', m.gender],
    ['Ngày sinh', shortDate(m.birthDate)],
    ['Dân tộc', m.ethnicity, 'ethnicity'],
    ['Tôn giáo', m.religion ?? 'Không'],
    ['Quê quán', m.hometown, 'hometown'],
    ['Nơi cư trú', m.residence, 'residence'],
    ['Số CCCD (số định danh cá nhân)', m.citizenId, 'citizenId'],
    ['Số điện thoại', m.phone],
  ];
  const party: Row[] = [
    ['Chi bộ', m.unitName],
    ['Ngày vào Đảng', shortDate(m.admittedOn)],
    ['Ngày chính thức', m.confirmedOn ? shortDate(m.confirmedOn) : null, m.official ? 'confirmedOn' : undefined],
    ['Số thẻ đảng viên', m.cardNo, m.official ? 'cardNo' : undefined],
    ['Số lý lịch', m.recordNo, 'recordNo'],
    ['Trạng thái', m.statusSince ? `${m.status} (từ ${shortDate(m.statusSince)})` : m.status],
    ['Chức vụ đảng', m.partyRole + (m.communeCommittee ? '; Đảng ủy viên Đảng ủy xã' : '')],
    ['Loại đảng viên', m.category],
  ];
  const work: Row[] = [
    ['Trình độ học vấn', m.education, 'education'],
    ['Chuyên môn nghiệp vụ', m.professionalLevel],
    ['Lý luận chính trị', m.politicalTheory],
    ['Đơn vị công tác', m.workplace],
    ['Chức vụ chính quyền, đoàn thể', m.post],
    ['Ghi chú', m.notes],
  ];
  const labels: Record<string, string> = { ethnicity: 'Dân tộc', hometown: 'Quê quán', residence: 'Nơi cư trú', citizenId: 'Số CCCD (số định danh cá nhân)', confirmedOn: 'Ngày chính thức', cardNo: 'Số thẻ đảng viên', recordNo: 'Số lý lịch', education: 'Trình độ học vấn' };
  const missing: MissingItem[] = [...personal, ...party, ...work]
    .filter(([, value, field]) => field && !value)
    .map(([label, , field]) => ({
      field: `member.${field}`,
      message: `Chưa có ${label.toLocaleLowerCase('vi')} của đồng chí ${m.fullName}: ô này trên phiếu để trống cho đảng viên tự ghi.`,
      where: whereMemberField(m.fullName, labels[field!] ?? label),
    }));

  const sign = issuerSignature(model.issuer);
  const blocks: Block[] = [
    { kind: 'header', header: issuerHeader(model.issuer, { date: null, year: model.year }) },
    { kind: 'title', type: 'PHIẾU XÁC NHẬN THÔNG TIN ĐẢNG VIÊN', lines: [`Đồng chí ${m.fullName}`], subtitle: [`(Thông tin trong sổ đảng viên đến ngày ${shortDate(model.printedOn)}; đảng viên kiểm tra, ghi điều chỉnh nếu có và ký xác nhận)`] },
    { kind: 'heading', level: 2, text: 'I. Thông tin cá nhân' },
    infoTable(personal),
    { kind: 'heading', level: 2, text: 'II. Thông tin về Đảng' },
    infoTable(party),
    { kind: 'heading', level: 2, text: 'III. Trình độ, công tác' },
    infoTable(work),
    { kind: 'heading', level: 2, text: 'IV. Quá trình sinh hoạt đảng' },
    listTable(
      [['Từ ngày', 25], ['Đến ngày', 25], ['Trạng thái', 55], ['Nơi sinh hoạt, lý do', 60]],
      model.statusHistory.map((s) => [shortDate(s.from), s.to ? shortDate(s.to) : 'nay', s.status, [s.place, s.reason].filter(Boolean).join('; ')]),
      'Chưa có quá trình sinh hoạt đảng trong sổ.',
    ),
    { kind: 'heading', level: 2, text: 'V. Chuyển sinh hoạt đảng' },
    listTable([['Ngày chuyển', 25], ['Từ', 50], ['Đến', 50], ['Lý do', 40]], model.transfers.map((t) => [shortDate(t.onDate), t.from, t.to, t.reason ?? '']), 'Không có.'),
    { kind: 'heading', level: 2, text: 'VI. Kỷ luật' },
    listTable([['Ngày quyết định', 25], ['Hình thức', 30], ['Cấp quyết định', 50], ['Lý do', 60]], model.disciplines.map((d) => [shortDate(d.decidedOn), d.kind, d.body, d.reason]), 'Không có.'),
    { kind: 'heading', level: 2, text: 'VII. Khen thưởng' },
    listTable([['Ngày quyết định', 25], ['Hình thức khen thưởng', 60], ['Cấp khen thưởng', 45], ['Ghi chú', 35]], model.awards.map((a) => [shortDate(a.decidedOn), a.title, a.body, a.note ?? '']), 'Không có.'),
    { kind: 'heading', level: 2, text: 'VIII. Ý kiến khác của đảng viên' },
    { kind: 'lines', count: 3 },
    { kind: 'paragraph', runs: [{ text: 'Tôi đã kiểm tra các thông tin trên; những thông tin không ghi đề nghị điều chỉnh là đúng.', italic: true }], indent: true },
    {
      kind: 'closing',
      left: { caption: 'XÁC NHẬN CỦA CHI ỦY', authority: sign.authority, title: sign.title, name: sign.name },
      right: { title: 'ĐẢNG VIÊN', hint: '(Ký, ghi rõ họ tên)', name: m.fullName },
    },
  ];
  return { document: { title: `Phiếu xác nhận thông tin đảng viên - ${m.fullName}`, orientation: 'portrait', pageNumbers: true, blocks }, missing };
}

export function renderMemberSheet(model: MemberSheetModel, options?: RenderOptions): FormOutput {
  return toOutput(buildMemberSheet(model), options);
}

// The member form as data: its values (all strings, as the inputs hold them), labels and order,
// conversion from a stored member, and the client-side check — the same schema and cross-field
// rules the core applies (memberConsistencyIssues with today's date), with the same messages.
// Pure functions. Layer: renderer.
import { memberCreateSchema, memberConsistencyIssues, memberInputSchema, type Member, type MemberCreateInput, type MemberInput } from '../../../shared/domain/member';
import type { MemberStatus } from '../../../shared/domain/enums';
import { isIsoDate } from '../../../shared/text/dates';
import { zodFieldErrors, type FieldErrors } from '../../ui/form-errors';

export interface MemberFormValues {
  fullName: string;
  gender: string;
  birthDate: string;
  ethnicity: string;
  religion: string;
  hometown: string;
  residence: string;
  citizenId: string;
  phone: string;
  orgUnitId: string;
  status: string;
  admittedOn: string;
  confirmedOn: string;
  cardNo: string;
  recordNo: string;
  partyRole: string;
  communeCommittee: boolean;
  category: string;
  workplace: string;
  post: string;
  education: string;
  professionalLevel: string;
  politicalTheory: string;
  notes: string;
}

export type MemberField = keyof MemberFormValues;

export const memberLabels: Record<MemberField, string> = {
  fullName: 'Họ và tên',
  gender: 'Giới tính',
  birthDate: 'Ngày sinh',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  hometown: 'Quê quán',
  residence: 'Nơi cư trú',
  citizenId: 'Số CCCD (số định danh cá nhân)',
  phone: 'Số điện thoại',
  orgUnitId: 'Chi bộ',
  status: 'Trạng thái',
  admittedOn: 'Ngày vào Đảng',
  confirmedOn: 'Ngày chính thức',
  cardNo: 'Số thẻ đảng viên',
  recordNo: 'Số lý lịch',
  partyRole: 'Chức vụ đảng',
  communeCommittee: 'Là đảng ủy viên Đảng ủy xã',
  category: 'Loại đảng viên',
  workplace: 'Đơn vị công tác',
  post: 'Chức vụ chính quyền, đoàn thể',
  education: 'Trình độ học vấn',
  professionalLevel: 'Chuyên môn nghiệp vụ',
  politicalTheory: 'Lý luận chính trị',
  notes: 'Ghi chú',
};

/** The order fields appear on screen: the first field in error gets the focus. */
export const memberFieldOrder: readonly MemberField[] = [
  'fullName', 'gender', 'birthDate', 'ethnicity', 'religion', 'hometown', 'residence', 'citizenId', 'phone',
  'orgUnitId', 'status', 'admittedOn', 'confirmedOn', 'cardNo', 'recordNo', 'partyRole', 'communeCommittee', 'category',
  'workplace', 'post', 'education', 'professionalLevel', 'politicalTheory', 'notes',
];

export function emptyMemberForm(orgUnitId = ''): MemberFormValues {
  return {
    fullName: '', gender: '', birthDate: '', ethnicity: 'Kinh', religion: 'Không', hometown: '', residence: '', citizenId: '', phone: '',
    orgUnitId, status: 'official', admittedOn: '', confirmedOn: '', cardNo: '', recordNo: '', partyRole: 'member', communeCommittee: false,
    category: '', workplace: '', post: '', education: '', professionalLevel: '', politicalTheory: 'none', notes: '',
  };
}

export function memberToForm(m: Member): MemberFormValues {
  const s = (v: string | null) => v ?? '';
  return {
    fullName: m.fullName, gender: m.gender, birthDate: m.birthDate, ethnicity: s(m.ethnicity), religion: s(m.religion), hometown: s(m.hometown),
    residence: s(m.residence), citizenId: s(m.citizenId), phone: s(m.phone), orgUnitId: m.orgUnitId, status: m.status, admittedOn: m.admittedOn,
    confirmedOn: s(m.confirmedOn), cardNo: s(m.cardNo), recordNo: s(m.recordNo), partyRole: m.partyRole, communeCommittee: m.communeCommittee,
    category: m.category, workplace: s(m.workplace), post: s(m.post), education: s(m.education), professionalLevel: s(m.professionalLevel),
    politicalTheory: m.politicalTheory, notes: s(m.notes),
  };
}

export type MemberFormMode = { kind: 'new' } | { kind: 'edit'; currentStatus: MemberStatus };

export type CheckedMember =
  | { ok: true; data: MemberInput; /** For a new member only: the status it starts with. */ status: 'official' | 'probationary' | null }
  | { ok: false; errors: FieldErrors };

const blankToNull = (v: string) => (v.trim() === '' ? null : v.trim());
const ID_FIELDS = new Set(['citizenId', 'cardNo', 'phone']);

/**
 * Checks the form like the core will. Every problem is reported at once: the cross-field rules run
 * even when another field fails the schema; when a date they compare is not a real date yet, only
 * the format rules (CCCD, số thẻ, phone) are kept.
 */
export function checkMemberForm(values: MemberFormValues, mode: MemberFormMode, today: string): CheckedMember {
  const isNew = mode.kind === 'new';
  const parsed = isNew ? memberCreateSchema.safeParse(values) : memberInputSchema.safeParse(withoutStatus(values));
  const errors: FieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error, memberLabels);
  // The core checks ngày chính thức against official/probationary only.
  const standing = isNew ? values.status : mode.currentStatus;
  const status = standing === 'official' || standing === 'probationary' ? standing : undefined;
  const datesReal = isIsoDate(values.birthDate) && isIsoDate(values.admittedOn) && (values.confirmedOn === '' || isIsoDate(values.confirmedOn));
  const issues = memberConsistencyIssues(
    {
      birthDate: datesReal ? values.birthDate : today,
      admittedOn: datesReal ? values.admittedOn : today,
      confirmedOn: datesReal ? blankToNull(values.confirmedOn) : null,
      citizenId: blankToNull(values.citizenId),
      cardNo: blankToNull(values.cardNo),
      phone: blankToNull(values.phone),
      status: datesReal ? status : undefined,
    },
    today,
  );
  for (const issue of issues) {
    if ((datesReal || ID_FIELDS.has(issue.field)) && !errors[issue.field]) errors[issue.field] = issue.message;
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  if (isNew) {
    const { status: created, ...data } = parsed.data as MemberCreateInput;
    return { ok: true, data, status: created };
  }
  return { ok: true, data: parsed.data as MemberInput, status: null };
}

function withoutStatus(values: MemberFormValues): Omit<MemberFormValues, 'status'> {
  const { status: _status, ...rest } = values;
  return rest;
}

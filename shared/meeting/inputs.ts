// Input schemas of the meeting, decision-stage and history methods, with Vietnamese messages. Patches
// change only the fields given; `null` clears a field. Texts are normalized (NFC, no control characters)
// as they are parsed. Layer: shared.
import { z } from 'zod';
import { reviewYearNumber } from '../review/year-settings';
import { isIsoDate } from '../rules/calendar';
import { LEVELS } from '../rules/levels';
import { normalizeLine, normalizeText } from '../text/normalize';
import { ATTENDANCE, CARRY_STATUSES, VOTE_MODES } from './labels';

const unsupported = (where: string) => (iss: { code?: string; keys?: string[] }) =>
  iss.code === 'unrecognized_keys' ? `${where} có trường không được hỗ trợ: ${(iss.keys ?? []).join(', ')}.` : undefined;

const id = (label: string) => z.string({ error: `${label}: thiếu.` }).min(1, { error: `${label}: thiếu.` }).max(64, { error: `${label}: không hợp lệ.` });

/** One-line text; blank → null. */
const line = (label: string, max: number) =>
  z
    .string({ error: `${label}: phải là chữ.` })
    .transform(normalizeLine)
    .pipe(z.string().max(max, { error: `${label}: dài quá ${max} ký tự.` }))
    .transform((v) => (v === '' ? null : v))
    .nullable();

/** Multi-line text; blank → null. */
const text = (label: string, max: number) =>
  z
    .string({ error: `${label}: phải là chữ.` })
    .transform((v) => normalizeText(v).trim())
    .pipe(z.string().max(max, { error: `${label}: dài quá ${max} ký tự.` }))
    .transform((v) => (v === '' ? null : v))
    .nullable();

/** A text that must not be blank. */
const requiredText = (label: string, max: number, missing = `${label}: không được để trống.`) =>
  z
    .string({ error: missing })
    .transform((v) => normalizeText(v).trim())
    .pipe(z.string().min(1, { error: missing }).max(max, { error: `${label}: dài quá ${max} ký tự.` }));

const date = (label: string) =>
  z.string({ error: `${label}: phải là ngày dạng năm-tháng-ngày.` }).refine(isIsoDate, { error: `${label}: ngày không hợp lệ (dạng năm-tháng-ngày, ví dụ 2026-12-08).` });

const time = (label: string) =>
  z
    .string({ error: `${label}: phải là giờ dạng giờ:phút.` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label}: giờ không hợp lệ (dạng giờ:phút, 24 giờ, ví dụ 07:30).` });

const percent = (label: string) =>
  z.number({ error: `${label}: phải là một số.` }).min(0, { error: `${label}: không được nhỏ hơn 0.` }).max(100, { error: `${label}: không được lớn hơn 100.` });

const count = (label: string) =>
  z.number({ error: `${label}: phải là một số.` }).int({ error: `${label}: phải là số nguyên.` }).min(0, { error: `${label}: không được âm.` }).max(100000, { error: `${label}: quá lớn.` });

const level = (label: string) => z.enum(LEVELS, { error: `${label}: chỉ được là HTXS, HTT, HTNV hoặc KHTNV.` });

/** Who makes a change, for the audit log; when none is given the core uses the "người sử dụng máy" of the settings, else "Văn phòng Đảng ủy". */
export const actorField = line('Người thực hiện', 100).optional();

export const meetingRefSchema = z.strictObject({ meetingId: id('Mã hội nghị') }, { error: unsupported('Yêu cầu') });

export const refreshRosterSchema = z.strictObject({ meetingId: id('Mã hội nghị'), actor: actorField }, { error: unsupported('Yêu cầu') });

export const subjectSchema = z.union([z.literal('collective'), z.strictObject({ memberId: id('Mã đảng viên') })], {
  error: 'Đối tượng phải là "collective" (tập thể chi bộ) hoặc một đảng viên ({memberId}).',
});

export const meetingCreateSchema = z.strictObject(
  { year: reviewYearNumber(), orgUnitId: id('Chi bộ'), actor: actorField },
  { error: unsupported('Yêu cầu tạo hội nghị') },
);

export const meetingFindSchema = z.strictObject({ year: reviewYearNumber(), orgUnitId: id('Chi bộ') }, { error: unsupported('Yêu cầu') });

export const preparationPatchSchema = z.strictObject(
  {
    meetingDate: date('Ngày họp').nullable().optional(),
    startTime: time('Giờ bắt đầu').nullable().optional(),
    endTime: time('Giờ kết thúc').nullable().optional(),
    place: line('Địa điểm họp', 200).optional(),
    chairMemberId: id('Người chủ trì').nullable().optional(),
    secretaryMemberId: id('Thư ký hội nghị').nullable().optional(),
    upperLevelAttendee: line('Đại biểu cấp trên dự', 300).optional(),
    draftSentOn: date('Ngày gửi dự thảo Mẫu 01').nullable().optional(),
  },
  { error: unsupported('Thông tin chuẩn bị') },
);

export const updatePreparationSchema = z.strictObject(
  { meetingId: id('Mã hội nghị'), patch: preparationPatchSchema, actor: actorField },
  { error: unsupported('Yêu cầu') },
);

export const memberPreparationPatchSchema = z.strictObject(
  {
    selfReviewReceived: z.boolean({ error: 'Đã nhận bản tự kiểm điểm: chỉ được là có hoặc không.' }).optional(),
    residenceApplies: z.boolean({ error: 'Cần nhận xét nơi cư trú: chỉ được là có hoặc không.' }).optional(),
    residenceReceived: z.boolean({ error: 'Đã nhận nhận xét nơi cư trú: chỉ được là có hoặc không.' }).optional(),
    temporaryReceived: z.boolean({ error: 'Đã nhận nhận xét của chi bộ nơi sinh hoạt tạm thời: chỉ được là có hoặc không.' }).optional(),
    civilServantRating: line('Kết quả xếp loại công chức, viên chức', 200).optional(),
  },
  { error: unsupported('Danh mục chuẩn bị của đảng viên') },
);

export const updateMemberPreparationSchema = z.strictObject(
  { meetingId: id('Mã hội nghị'), memberId: id('Mã đảng viên'), patch: memberPreparationPatchSchema, actor: actorField },
  { error: unsupported('Yêu cầu') },
);

export const attendanceEntrySchema = z.strictObject(
  {
    memberId: id('Mã đảng viên'),
    attendance: z.enum(ATTENDANCE, { error: 'Điểm danh chỉ được là có mặt, vắng có lý do hoặc vắng không có lý do.' }).nullable(),
    absenceReason: text('Lý do vắng', 500).optional(),
  },
  { error: unsupported('Điểm danh') },
);

export const setAttendanceSchema = z.strictObject(
  {
    meetingId: id('Mã hội nghị'),
    entries: z.array(attendanceEntrySchema, { error: 'Danh sách điểm danh phải là một danh sách.' }).min(1, { error: 'Danh sách điểm danh không được để trống.' }).max(1000),
    actor: actorField,
  },
  { error: unsupported('Yêu cầu') },
);

export const commentSchema = z.strictObject(
  {
    speakerMemberId: id('Người góp ý').nullable().optional(),
    speakerName: line('Tên người góp ý', 100).optional(),
    content: requiredText('Nội dung góp ý', 4000),
  },
  { error: unsupported('Ý kiến góp ý') },
);

export const reviewPatchSchema = z.strictObject(
  {
    summary: text('Tóm tắt báo cáo', 8000).optional(),
    shortcomings: text('Hạn chế, khuyết điểm', 4000).optional(),
    /** Merged into the stored scores; null removes a criterion's score. */
    scores: z.record(z.string(), z.number({ error: 'Điểm tự chấm phải là một số.' }).nullable(), { error: 'Điểm tự chấm phải là bảng mã tiêu chí → điểm.' }).optional(),
    /** The group totals of section B.I (…/30, …/70); null clears one. Range and decimals: shared/meeting/review.ts. */
    groupScores: z
      .strictObject(
        {
          common: z.number({ error: 'Điểm nhóm tiêu chí chung phải là một số.' }).nullable().optional(),
          tasks: z.number({ error: 'Điểm nhóm tiêu chí về kết quả thực hiện nhiệm vụ phải là một số.' }).nullable().optional(),
        },
        { error: unsupported('Điểm nhóm tiêu chí') },
      )
      .optional(),
    tasks: z
      .strictObject(
        {
          donePct: percent('Tỷ lệ nhiệm vụ hoàn thành').nullable().optional(),
          latePct: percent('Tỷ lệ nhiệm vụ chậm tiến độ').nullable().optional(),
          exceededPct: percent('Tỷ lệ nhiệm vụ vượt mức').nullable().optional(),
        },
        { error: unsupported('Kết quả thực hiện nhiệm vụ') },
      )
      .optional(),
    disqualifiers: z.array(z.string({ error: 'Mã trường hợp phải là chữ.' }), { error: 'Danh sách trường hợp xếp loại không hoàn thành nhiệm vụ phải là một danh sách.' }).max(20).optional(),
    disciplinedMember: z.boolean({ error: 'Có đơn vị hoặc thành viên bị kỷ luật: chỉ được là có hoặc không.' }).optional(),
    overrideRequest: text('Đề nghị cấp có thẩm quyền xem xét', 2000).optional(),
    comments: z.array(commentSchema, { error: 'Danh sách góp ý phải là một danh sách.' }).max(200).optional(),
    response: text('Ý kiến tiếp thu, giải trình', 4000).optional(),
    proposedLevel: level('Mức đề xuất').nullable().optional(),
    proposalNote: text('Ghi chú đề xuất', 2000).optional(),
  },
  { error: unsupported('Nội dung kiểm điểm') },
);
export type ReviewPatch = z.output<typeof reviewPatchSchema>;

export const updateCollectiveSchema = z.strictObject(
  { meetingId: id('Mã hội nghị'), patch: reviewPatchSchema, actor: actorField },
  { error: unsupported('Yêu cầu') },
);

export const updateMemberReviewSchema = z.strictObject(
  { meetingId: id('Mã hội nghị'), memberId: id('Mã đảng viên'), patch: reviewPatchSchema, actor: actorField },
  { error: unsupported('Yêu cầu') },
);

export const updateCarryOverSchema = z.strictObject(
  {
    meetingId: id('Mã hội nghị'),
    shortcomingId: id('Mã hạn chế, khuyết điểm'),
    patch: z.strictObject(
      {
        status: z.enum(CARRY_STATUSES, { error: 'Kết quả khắc phục chỉ được là đã, đang hoặc chưa khắc phục.' }).nullable().optional(),
        extent: line('Mức độ khắc phục', 500).optional(),
        obstacles: text('Khó khăn, vướng mắc', 2000).optional(),
        responsibility: text('Trách nhiệm', 2000).optional(),
      },
      { error: unsupported('Kết quả khắc phục') },
    ),
    actor: actorField,
  },
  { error: unsupported('Yêu cầu') },
);

export const voteCountsSchema = z.strictObject(
  {
    HTXS: count('Số phiếu "Hoàn thành xuất sắc nhiệm vụ"').default(0),
    HTT: count('Số phiếu "Hoàn thành tốt nhiệm vụ"').default(0),
    HTNV: count('Số phiếu "Hoàn thành nhiệm vụ"').default(0),
    KHTNV: count('Số phiếu "Không hoàn thành nhiệm vụ"').default(0),
  },
  { error: unsupported('Số phiếu theo mức') },
);

export const recordVoteSchema = z.strictObject(
  {
    meetingId: id('Mã hội nghị'),
    subject: subjectSchema,
    round: z.number({ error: 'Vòng biểu quyết: phải là một số.' }).int({ error: 'Vòng biểu quyết: phải là số nguyên.' }).min(1, { error: 'Vòng biểu quyết: từ 1 trở lên.' }).optional(),
    mode: z.enum(VOTE_MODES, { error: 'Hình thức biểu quyết chỉ được là "hand" (giơ tay) hoặc "ballot" (bỏ phiếu kín).' }),
    votes: voteCountsSchema,
    ballots: z
      .strictObject(
        { issued: count('Số phiếu phát ra'), returned: count('Số phiếu thu về'), invalid: count('Số phiếu không hợp lệ') },
        { error: unsupported('Số phiếu bỏ phiếu kín') },
      )
      .optional(),
    actor: actorField,
  },
  { error: unsupported('Kết quả biểu quyết') },
);

export const deleteVoteRoundSchema = z.strictObject(
  { meetingId: id('Mã hội nghị'), subject: subjectSchema, round: z.number({ error: 'Vòng biểu quyết: phải là một số.' }).int().min(1), actor: actorField },
  { error: unsupported('Yêu cầu') },
);

export const remediationItemSchema = z.strictObject(
  {
    id: id('Mã mục khắc phục').optional(),
    content: requiredText('Nội dung hạn chế, khuyết điểm cần khắc phục', 2000),
    measure: text('Biện pháp khắc phục', 2000).optional(),
    deadline: line('Thời hạn khắc phục', 100).optional(),
    responsible: line('Người chịu trách nhiệm', 200).optional(),
  },
  { error: unsupported('Mục khắc phục') },
);

export const updateRemediationSchema = z.strictObject(
  {
    meetingId: id('Mã hội nghị'),
    subject: subjectSchema,
    items: z.array(remediationItemSchema, { error: 'Kế hoạch khắc phục phải là một danh sách.' }).max(50, { error: 'Kế hoạch khắc phục: tối đa 50 mục.' }),
    actor: actorField,
  },
  { error: unsupported('Yêu cầu') },
);

export const approveMinutesSchema = z.strictObject(
  {
    meetingId: id('Mã hội nghị'),
    approved: z.boolean({ error: 'Thông qua biên bản: chỉ được là có hoặc không.' }),
    endTime: time('Giờ kết thúc').nullable().optional(),
    /** When the meeting approved the minutes, as the secretary enters it; left out: now (the computer's clock). */
    approvalDate: date('Ngày thông qua biên bản').optional(),
    approvalTime: time('Giờ thông qua biên bản').optional(),
    actor: actorField,
  },
  { error: unsupported('Yêu cầu') },
);

export const setStepSchema = z.strictObject(
  { meetingId: id('Mã hội nghị'), step: z.string({ error: 'Bước: thiếu.' }).min(1, { error: 'Bước: thiếu.' }).max(100) },
  { error: unsupported('Yêu cầu') },
);

export const finalizeSchema = z.strictObject({ meetingId: id('Mã hội nghị'), actor: actorField }, { error: unsupported('Yêu cầu') });

export const reopenSchema = z.strictObject(
  {
    meetingId: id('Mã hội nghị'),
    reason: requiredText('Lý do mở lại', 2000, 'Phải ghi lý do mở lại hội nghị đã hoàn tất (lý do được lưu vào nhật ký thay đổi).'),
    actor: actorField,
  },
  { error: unsupported('Yêu cầu') },
);

// ------------------------------------------------------------------------------------ decision stage

export const yearOnlySchema = z.strictObject({ year: reviewYearNumber() }, { error: unsupported('Yêu cầu') });

export const decisionGetSchema = z.strictObject({ year: reviewYearNumber(), basicOrgId: id('Tổ chức cơ sở đảng').optional() }, { error: unsupported('Yêu cầu') });

/** Exactly one of memberId / orgUnitId names whose level is decided. */
const oneTarget = <T extends { memberId?: string; orgUnitId?: string }>(v: T, ctx: z.RefinementCtx) => {
  if ((v.memberId === undefined) === (v.orgUnitId === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['memberId'], message: 'Hãy chỉ rõ một đảng viên (memberId) hoặc một chi bộ (orgUnitId).' });
  }
};

export const setLevelSchema = z
  .strictObject(
    {
      year: reviewYearNumber(),
      memberId: id('Mã đảng viên').optional(),
      orgUnitId: id('Mã chi bộ').optional(),
      level: level('Mức xếp loại'),
      reason: text('Lý do', 2000).optional(),
      overrideGranted: z.boolean({ error: 'Quyết định xem xét trường hợp tự phát hiện, tự khắc phục: chỉ được là có hoặc không.' }).optional(),
      actor: actorField,
    },
    { error: unsupported('Quyết định xếp loại') },
  )
  .superRefine(oneTarget);

export const lockScopeSchema = z.union([z.literal('commune'), z.strictObject({ basicOrgId: id('Tổ chức cơ sở đảng') })], {
  error: 'Phạm vi chỉ được là "commune" (toàn Đảng bộ xã) hoặc một tổ chức cơ sở đảng ({basicOrgId}).',
});

/** The user confirmed a decision number lower than the register's next one and never issued (a gap). */
const gapConfirmed = z.boolean({ error: 'Xác nhận cấp số còn thiếu: chỉ được là có hoặc không.' }).optional();

export const lockSchema = z.strictObject(
  {
    year: reviewYearNumber(),
    scope: lockScopeSchema,
    /** "25-QĐ/ĐU" (or "Số 25-QĐ/ĐU", or "25"): issued in the Đảng ủy's document register with the lock. */
    decisionNo: requiredText('Số quyết định', 100, 'Phải ghi số quyết định công nhận (ví dụ 25-QĐ/ĐU).'),
    decidedOn: date('Ngày quyết định'),
    fillGap: gapConfirmed,
    actor: actorField,
  },
  { error: unsupported('Quyết định công nhận') },
);

export const reRateSchema = z
  .strictObject(
    {
      year: reviewYearNumber(),
      memberId: id('Mã đảng viên').optional(),
      orgUnitId: id('Mã chi bộ').optional(),
      newLevel: level('Mức xếp loại lại'),
      reason: requiredText('Lý do xếp loại lại', 2000, 'Phải ghi lý do xếp loại lại (Mẫu 03).'),
      /** Issued in the Đảng ủy's document register with the re-rating, like the lock's number. */
      decisionNo: requiredText('Số quyết định', 100, 'Phải ghi số quyết định xếp loại lại (Mẫu 03).'),
      decidedOn: date('Ngày quyết định'),
      fillGap: gapConfirmed,
      actor: actorField,
    },
    { error: unsupported('Quyết định xếp loại lại') },
  )
  .superRefine(oneTarget);

// ------------------------------------------------------------------------------------------- history

export const memberRefSchema = z.strictObject({ memberId: id('Mã đảng viên') }, { error: unsupported('Yêu cầu') });

export const RECORD_ONLY_RULE_SETS = ['QD124-2023', 'QD132-2018'] as const;
/** Rule sets a past year's level may be entered under (QĐ 366 too: a year decided on paper before the app). */
export const PAST_LEVEL_RULE_SETS = ['QD366-2025', 'QD124-2023', 'QD132-2018'] as const;

export const recordPastLevelSchema = z.strictObject(
  {
    memberId: id('Mã đảng viên'),
    year: reviewYearNumber(),
    level: level('Mức xếp loại'),
    ruleSet: z.enum(PAST_LEVEL_RULE_SETS, {
      error: 'Kết quả các năm trước chỉ nhập theo bộ quy tắc QD366-2025 (từ 2025), QD124-2023 (2023–2024) hoặc QD132-2018 (2018–2022).',
    }),
    discipline: z.boolean({ error: 'Bị kỷ luật trong năm: chỉ được là có hoặc không.' }).default(false),
    overrideReason: text('Lý do cấp có thẩm quyền xem xét', 2000).optional(),
    note: text('Ghi chú', 1000).optional(),
    actor: actorField,
  },
  { error: unsupported('Kết quả xếp loại năm trước') },
);

export const auditListSchema = z.strictObject(
  {
    entity: z.string().max(50).optional(),
    entityId: id('Mã đối tượng').optional(),
    limit: z.number().int().min(1).max(5000).default(500),
  },
  { error: unsupported('Yêu cầu') },
);

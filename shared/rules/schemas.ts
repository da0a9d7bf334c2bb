// Input schemas of the rule engine (classify, tally, quota) with the Vietnamese field names used in error
// messages. Structure, ranges and single-field rules live here; rules that need the rule set or the
// eligibility outcome live in the engine modules. Layer: shared.
import { z } from 'zod';
import { isIsoDate } from './calendar';
import {
  allowedDisqualifiers,
  isListedDisqualifier,
  LEADER_DISQUALIFIERS,
  LISTED_DISQUALIFIERS,
  TASKS_UNDONE_MAJORITY,
  type SubjectKind,
} from './disqualifiers';
import { MEMBER_STATUSES } from './eligibility';
import { MEMBER_CATEGORIES } from './forms';
import { formatNumberVi, type FieldLabels } from './input-errors';
import { LEVELS } from './levels';
import { COMMON_MAX, hasAtMostOneDecimal, TASKS_MAX } from './score';

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shown(input: unknown): string {
  return typeof input === 'number' ? formatNumberVi(input) : JSON.stringify(input);
}

/** A `YYYY-MM-DD` string that is a real calendar day. */
function isoDate(label: string) {
  return z.string().refine(isIsoDate, {
    error: (iss) => `${capitalize(label)} phải là ngày có thật, dạng YYYY-MM-DD (nhận được ${shown(iss.input)}).`,
  });
}

/** A score from 0 to `max` with at most one decimal (the forms print tenths). */
function scorePoints(label: string, max: number) {
  return z
    .number()
    .min(0)
    .max(max)
    .refine(hasAtMostOneDecimal, {
      error: (iss) => `${capitalize(label)} chỉ được có tối đa một chữ số thập phân (nhận được ${shown(iss.input)}).`,
    });
}

const percent = () => z.number().min(0).max(100);
const count = () => z.number().int().min(0);
const nonBlank = (label: string) =>
  z.string().refine((s) => s.trim().length > 0, { error: `${capitalize(label)} không được để trống.` });

// ---------------------------------------------------------------------------------------------- classify

export const CLASSIFY_LABELS: FieldLabels = {
  ruleSet: 'bộ quy tắc',
  reviewYear: 'năm kiểm điểm',
  reviewDate: 'ngày kiểm điểm',
  subject: 'đối tượng xếp loại (member hoặc organization)',
  member: 'thông tin đảng viên',
  'member.status': 'tình trạng đảng viên',
  'member.admittedOn': 'ngày kết nạp',
  'member.category': 'nhóm đảng viên (lãnh đạo, quản lý / không giữ chức vụ / ngoài hệ thống chính trị)',
  organization: 'thông tin tổ chức đảng',
  'organization.disciplinedMember': 'thông tin có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo bị kỷ luật',
  score: 'điểm tự chấm',
  'score.common': 'điểm nhóm tiêu chí chung',
  'score.tasks': 'điểm nhóm tiêu chí kết quả thực hiện nhiệm vụ',
  tasks: 'kết quả thực hiện nhiệm vụ',
  'tasks.donePct': 'tỷ lệ nhiệm vụ hoàn thành',
  'tasks.latePct': 'tỷ lệ nhiệm vụ chậm tiến độ',
  'tasks.exceededPct': 'tỷ lệ nhiệm vụ vượt mức',
  previousShortcomings: 'hạn chế, khuyết điểm đã chỉ ra kỳ trước',
  'previousShortcomings.total': 'số hạn chế, khuyết điểm đã chỉ ra kỳ trước',
  'previousShortcomings.fixed': 'số hạn chế, khuyết điểm đã khắc phục',
  disqualifiers: 'danh sách trường hợp xếp loại không hoàn thành nhiệm vụ',
  'disqualifiers.*': 'mã trường hợp xếp loại không hoàn thành nhiệm vụ',
  override: 'quyết định xem xét của cấp có thẩm quyền',
  'override.granted': 'trạng thái chấp thuận của cấp có thẩm quyền',
  'override.reason': 'lý do xem xét của cấp có thẩm quyền',
  recordedLevel: 'mức xếp loại được ghi nhận',
  discipline: 'thông tin bị kỷ luật trong năm',
};

const L = CLASSIFY_LABELS as Record<string, string>;

const taskFiguresSchema = z
  .strictObject({
    donePct: percent(),
    latePct: percent(),
    exceededPct: percent(),
  })
  .superRefine((t, ctx) => {
    // Late tasks are completed tasks, so they cannot be a larger share than the completed ones.
    if (t.latePct > t.donePct) {
      ctx.addIssue({
        code: 'custom',
        path: ['latePct'],
        message:
          `${capitalize(L['tasks.latePct']!)} (${formatNumberVi(t.latePct)}%) không được lớn hơn ` +
          `${L['tasks.donePct']} (${formatNumberVi(t.donePct)}%).`,
      });
    }
  });

const shortcomingsSchema = z
  .strictObject({ total: count(), fixed: count() })
  .superRefine((s, ctx) => {
    if (s.fixed > s.total) {
      ctx.addIssue({
        code: 'custom',
        path: ['fixed'],
        message: `${capitalize(L['previousShortcomings.fixed']!)} (${s.fixed}) không được lớn hơn ${L['previousShortcomings.total']} (${s.total}).`,
      });
    }
  });

const overrideSchema = z.strictObject({
  granted: z.boolean(),
  reason: nonBlank(L['override.reason']!),
});

const SUBJECT_NAMES: Readonly<Record<SubjectKind, string>> = {
  leader: 'cán bộ lãnh đạo, quản lý',
  staff: 'đảng viên không giữ chức vụ lãnh đạo, quản lý',
  outside: 'đảng viên không làm việc trong hệ thống chính trị',
  organization: 'tổ chức đảng',
};

export const classifySchema = z
  .strictObject({
    ruleSet: z.string().optional(),
    reviewYear: z.number().int().min(1930).max(2200),
    reviewDate: isoDate(L.reviewDate!).optional(),
    subject: z.enum(['member', 'organization']),
    member: z
      .strictObject({
        status: z.enum(MEMBER_STATUSES),
        admittedOn: isoDate(L['member.admittedOn']!),
        category: z.enum(MEMBER_CATEGORIES),
      })
      .optional(),
    organization: z.strictObject({ disciplinedMember: z.boolean().default(false) }).optional(),
    score: z.strictObject({ common: scorePoints(L['score.common']!, COMMON_MAX), tasks: scorePoints(L['score.tasks']!, TASKS_MAX) }).optional(),
    tasks: taskFiguresSchema.optional(),
    previousShortcomings: shortcomingsSchema.optional(),
    disqualifiers: z.array(z.string()).default([]),
    override: overrideSchema.nullable().default(null),
    recordedLevel: z.enum(LEVELS).optional(),
    /** Any discipline in the review year; used by rule sets with the QĐ 124 discipline rule. */
    discipline: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    if (input.subject === 'member') {
      if (!input.member) ctx.addIssue({ code: 'custom', path: ['member'], message: 'Thiếu thông tin đảng viên (member) khi đối tượng là đảng viên.' });
      if (input.organization) {
        ctx.addIssue({ code: 'custom', path: ['organization'], message: 'Đối tượng là đảng viên: không dùng thông tin tổ chức đảng (organization).' });
      }
    } else if (input.member) {
      ctx.addIssue({ code: 'custom', path: ['member'], message: 'Đối tượng là tổ chức đảng: không dùng thông tin đảng viên (member).' });
    }
    const kind: SubjectKind | undefined = input.subject === 'organization' ? 'organization' : input.member?.category;
    if (kind === undefined) return;
    const allowed = allowedDisqualifiers(kind);
    input.disqualifiers.forEach((code, i) => {
      const path = ['disqualifiers', i];
      if (code === TASKS_UNDONE_MAJORITY) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `Trường hợp "${TASKS_UNDONE_MAJORITY}" được tính từ tỷ lệ nhiệm vụ hoàn thành (tasks.donePct), không nhập vào danh sách.`,
        });
      } else if (!isListedDisqualifier(code)) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `${capitalize(L['disqualifiers.*']!)} không hợp lệ: "${code}". Các mã được chấp nhận: ${LISTED_DISQUALIFIERS.join(', ')}.`,
        });
      } else if (!allowed.includes(code)) {
        // Individual codes apply to everyone, so a refused code belongs to leaders or to organizations.
        const owner: SubjectKind = (LEADER_DISQUALIFIERS as readonly string[]).includes(code) ? 'leader' : 'organization';
        ctx.addIssue({
          code: 'custom',
          path,
          message: `Trường hợp "${code}" chỉ áp dụng cho ${SUBJECT_NAMES[owner]}, không áp dụng cho ${SUBJECT_NAMES[kind]}.`,
        });
      }
    });
  });

/** Classification input as callers write it (optional fields may be left out). */
export type ClassifyRequest = z.input<typeof classifySchema>;
/** Classification input after validation, with defaults filled in. */
export type ClassifyInput = z.output<typeof classifySchema>;

// ------------------------------------------------------------------------------------------------- tally

export const VOTE_METHODS = ['cumulative', 'strict'] as const;
export type VoteMethod = (typeof VOTE_METHODS)[number];
export const VOTE_DENOMINATORS = ['voters', 'present'] as const;
export type VoteDenominator = (typeof VOTE_DENOMINATORS)[number];

export const TALLY_LABELS: FieldLabels = {
  method: 'phương pháp tính kết quả biểu quyết',
  denominator: 'cách tính "quá nửa" (voters hoặc present)',
  voters: 'số đảng viên có quyền biểu quyết',
  present: 'số đảng viên có quyền biểu quyết có mặt',
  votes: 'số phiếu theo từng mức xếp loại',
  'votes.?': 'mã mức xếp loại (HTXS, HTT, HTNV hoặc KHTNV)',
  'votes.HTXS': 'số phiếu mức "Hoàn thành xuất sắc nhiệm vụ"',
  'votes.HTT': 'số phiếu mức "Hoàn thành tốt nhiệm vụ"',
  'votes.HTNV': 'số phiếu mức "Hoàn thành nhiệm vụ"',
  'votes.KHTNV': 'số phiếu mức "Không hoàn thành nhiệm vụ"',
  ballots: 'số phiếu bỏ phiếu kín',
  'ballots.issued': 'số phiếu phát ra',
  'ballots.returned': 'số phiếu thu về',
  'ballots.invalid': 'số phiếu không hợp lệ',
  'ballots.valid': 'số phiếu hợp lệ',
};

/** Counts per level; a level left out counts 0. Unknown level codes are refused. */
const levelCounts = () =>
  z.strictObject({
    HTXS: count().default(0),
    HTT: count().default(0),
    HTNV: count().default(0),
    KHTNV: count().default(0),
  });

export const tallySchema = z
  .strictObject({
    method: z.enum(VOTE_METHODS).default('cumulative'),
    denominator: z.enum(VOTE_DENOMINATORS).default('voters'),
    voters: z.number().int().min(1),
    present: count().optional(),
    votes: levelCounts(),
    ballots: z.strictObject({ issued: count(), returned: count(), invalid: count(), valid: count().optional() }).optional(),
  })
  .superRefine((t, ctx) => {
    if (t.present !== undefined && t.present > t.voters) {
      ctx.addIssue({
        code: 'custom',
        path: ['present'],
        message: `Số đảng viên có quyền biểu quyết có mặt (${t.present}) không được lớn hơn số đảng viên có quyền biểu quyết (${t.voters}).`,
      });
    }
    if (t.denominator === 'present' && t.present === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['present'],
        message: 'Thiếu số đảng viên có quyền biểu quyết có mặt (present): cần khi tính "quá nửa" trên số có mặt.',
      });
    }
  });

export type TallyRequest = z.input<typeof tallySchema>;
export type TallyInput = z.output<typeof tallySchema>;

// ------------------------------------------------------------------------------------------------- quota

export const QUOTA_DENOMINATORS = ['htt', 'htt+htxs'] as const;
export type QuotaDenominator = (typeof QUOTA_DENOMINATORS)[number];

export const QUOTA_LABELS: FieldLabels = {
  ruleSet: 'bộ quy tắc',
  rate: 'tỷ lệ tối đa mức "Hoàn thành xuất sắc nhiệm vụ"',
  denominator: 'cách tính mẫu số (htt hoặc htt+htxs)',
  decisionRef: 'số hiệu quyết định của cấp có thẩm quyền',
  levels: 'số lượng theo từng mức xếp loại',
  'levels.?': 'mã mức xếp loại (HTXS, HTT, HTNV hoặc KHTNV)',
  'levels.HTXS': 'số lượng mức "Hoàn thành xuất sắc nhiệm vụ"',
  'levels.HTT': 'số lượng mức "Hoàn thành tốt nhiệm vụ"',
  'levels.HTNV': 'số lượng mức "Hoàn thành nhiệm vụ"',
  'levels.KHTNV': 'số lượng mức "Không hoàn thành nhiệm vụ"',
};

export const quotaSchema = z
  .strictObject({
    ruleSet: z.string().optional(),
    rate: z
      .number()
      .refine((r) => r === 0.2 || r === 0.25, {
        error: (iss) => `Tỷ lệ tối đa chỉ được là 0.2 (20%) hoặc 0.25 (25%); nhận được ${shown(iss.input)}.`,
      })
      .default(0.2),
    denominator: z.enum(QUOTA_DENOMINATORS).default('htt'),
    decisionRef: z.string().optional(),
    levels: levelCounts(),
  })
  .superRefine((q, ctx) => {
    // The 25 % tier exists only by a decision of the competent level, which must be cited.
    if (q.rate === 0.25 && (q.decisionRef === undefined || q.decisionRef.trim() === '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['decisionRef'],
        message: 'Tỷ lệ 25% cần số hiệu quyết định của cấp có thẩm quyền công nhận đơn vị có kết quả nổi bật (decisionRef).',
      });
    }
  });

export type QuotaRequest = z.input<typeof quotaSchema>;
export type QuotaInput = z.output<typeof quotaSchema>;

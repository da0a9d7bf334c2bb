// The printable forms with the subjects they take: a member, an org unit, or none (a fully blank form, or
// the whole commune for the Đảng ủy's documents). The CLI `--form CODE`, the API and the batch jobs use
// these codes: part 1 the blank and register forms, part 2 the forms filled from meetings and decisions
// (01, 02, bien-ban, giay-moi, 03, quyet-dinh, bao-cao, thong-ke). Layer: shared.
import { z } from 'zod';

export type SubjectKind = 'member' | 'org' | 'none';

export interface PrintFormInfo {
  code: PrintFormCode;
  /** Vietnamese title for the form picker. */
  title: string;
  /** Subjects accepted; the first is the usual one. */
  subjects: readonly SubjectKind[];
  /** Whether the form is an individual form (one per member), printable in batch for a chi bộ or the commune. */
  individual: boolean;
  formats: readonly ('pdf' | 'docx')[];
}

export const PRINT_FORM_CODES = [
  'blank-01',
  'blank-02',
  'blank-02A',
  'blank-02B',
  'blank-02C',
  'register',
  'member-sheet',
  'ballots',
  '04',
  // Part 2: filled from the meetings and the Đảng ủy's decisions.
  '01',
  '02',
  'bien-ban',
  'giay-moi',
  '03',
  'quyet-dinh',
  'bao-cao',
  'thong-ke',
] as const;
export type PrintFormCode = (typeof PRINT_FORM_CODES)[number];

const BOTH = ['pdf', 'docx'] as const;

export const PRINT_FORMS: Readonly<Record<PrintFormCode, PrintFormInfo>> = {
  'blank-01': { code: 'blank-01', title: 'Mẫu 01 để trống — Báo cáo kiểm điểm, tự đánh giá, xếp loại của tập thể', subjects: ['org'], individual: false, formats: BOTH },
  'blank-02': { code: 'blank-02', title: 'Mẫu 02A/02B/02C để trống theo loại đảng viên — Bản kiểm điểm cá nhân', subjects: ['member'], individual: true, formats: BOTH },
  'blank-02A': { code: 'blank-02A', title: 'Mẫu 02A để trống — cá nhân giữ chức vụ lãnh đạo, quản lý', subjects: ['member', 'org', 'none'], individual: true, formats: BOTH },
  'blank-02B': { code: 'blank-02B', title: 'Mẫu 02B để trống — cá nhân không giữ chức vụ lãnh đạo, quản lý', subjects: ['member', 'org', 'none'], individual: true, formats: BOTH },
  'blank-02C': { code: 'blank-02C', title: 'Mẫu 02C để trống — đảng viên không làm việc trong hệ thống chính trị', subjects: ['member', 'org', 'none'], individual: true, formats: BOTH },
  register: { code: 'register', title: 'Sổ danh sách đảng viên (Mẫu 7-HSĐV)', subjects: ['org'], individual: false, formats: BOTH },
  'member-sheet': { code: 'member-sheet', title: 'Phiếu xác nhận thông tin đảng viên (để đảng viên kiểm tra, ký)', subjects: ['member'], individual: true, formats: BOTH },
  ballots: { code: 'ballots', title: 'Phiếu biểu quyết xếp loại đảng viên của chi bộ', subjects: ['org'], individual: false, formats: BOTH },
  '04': { code: '04', title: 'Mẫu 04 — Danh mục hồ sơ kiểm điểm, đánh giá, xếp loại', subjects: ['org'], individual: false, formats: BOTH },
  '01': { code: '01', title: 'Mẫu 01 — Báo cáo kiểm điểm, tự đánh giá, xếp loại của chi bộ (theo hội nghị)', subjects: ['org'], individual: false, formats: BOTH },
  '02': { code: '02', title: 'Mẫu 02A/02B/02C — Bản kiểm điểm cá nhân (theo hội nghị)', subjects: ['member'], individual: true, formats: BOTH },
  'bien-ban': { code: 'bien-ban', title: 'Biên bản hội nghị kiểm điểm, đánh giá, xếp loại chất lượng', subjects: ['org'], individual: false, formats: BOTH },
  'giay-moi': { code: 'giay-moi', title: 'Giấy mời dự hội nghị kiểm điểm (mỗi người một tờ)', subjects: ['org'], individual: false, formats: BOTH },
  '03': { code: '03', title: 'Mẫu 03 — Quyết định đánh giá, xếp loại lại', subjects: ['member', 'org'], individual: true, formats: BOTH },
  'quyet-dinh': { code: 'quyet-dinh', title: 'Quyết định công nhận kết quả đánh giá, xếp loại (kèm danh sách)', subjects: ['none', 'org'], individual: false, formats: BOTH },
  'bao-cao': { code: 'bao-cao', title: 'Báo cáo tổng hợp kết quả kiểm điểm, đánh giá, xếp loại của Đảng ủy', subjects: ['none', 'org'], individual: false, formats: BOTH },
  'thong-ke': { code: 'thong-ke', title: 'Biểu thống kê kết quả đánh giá, xếp loại tổ chức đảng và đảng viên', subjects: ['none', 'org'], individual: false, formats: BOTH },
};

/** Forms filled from the meetings and decisions (part 2, and Mẫu 04's references): their data is loaded with the meetings. */
export const REVIEW_FORM_CODES: readonly PrintFormCode[] = ['01', '02', 'bien-ban', 'giay-moi', '03', 'quyet-dinh', 'bao-cao', 'thong-ke', '04'];

export const printFormSchema = z.enum(PRINT_FORM_CODES, { error: `Mẫu in phải là một trong: ${PRINT_FORM_CODES.join(', ')}.` });

export const subjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), id: z.string().min(1).max(64) }).strict(),
  z.object({ kind: z.literal('org'), id: z.string().min(1).max(64) }).strict(),
  z.object({ kind: z.literal('none') }).strict(),
]);
export type PrintSubject = z.infer<typeof subjectSchema>;

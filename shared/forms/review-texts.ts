// The official structure of the HD 43-HD/BTCTW (31/10/2025) review forms — Mẫu 01 (collective report)
// and Mẫu 02A/02B/02C (individual review) — as section headings and items (domain-background.md §5).
// One place, so the blank forms of part 1 and the filled forms of part 2 print the same headings.
// Layer: shared.
import type { ReviewFormCode } from '../rules/forms';

export interface FormSection {
  heading: string;
  /** Numbered items under the heading ("1. …"). */
  items?: string[];
}

export const FORM_CODE_LINE: Readonly<Record<ReviewFormCode, string>> = {
  '01': 'Mẫu 01-HD KĐ.ĐG',
  '02A': 'Mẫu 02A-HD KĐ.ĐG',
  '02B': 'Mẫu 02B-HD KĐ.ĐG',
  '02C': 'Mẫu 02C-HD KĐ.ĐG',
};

/** The line under the title of an individual form: who it is for. */
export const INDIVIDUAL_FORM_FOR: Readonly<Record<'02A' | '02B' | '02C', string>> = {
  '02A': '(Dùng cho cá nhân giữ chức vụ lãnh đạo, quản lý)',
  '02B': '(Dùng cho cá nhân không giữ chức vụ lãnh đạo, quản lý)',
  '02C': '(Dùng cho đảng viên không làm việc trong hệ thống chính trị)',
};

export const PART_A_COLLECTIVE = 'A. NỘI DUNG KIỂM ĐIỂM';
export const PART_B_COLLECTIVE = 'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI';
export const PART_A_INDIVIDUAL = 'A. NỘI DUNG KIỂM ĐIỂM';
export const PART_B_INDIVIDUAL = 'B. TỰ ĐÁNH GIÁ, XẾP LOẠI';

const QUALITIES =
  'Phẩm chất chính trị, đạo đức, lối sống; ý thức đoàn kết, tổ chức kỷ luật; trách nhiệm nêu gương; việc thực hiện những điều đảng viên không được làm; tác phong, lề lối làm việc; liên hệ các biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa".';
const COMMITMENT = 'Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm.';

const STRENGTHS_ITEMS: Readonly<Record<ReviewFormCode, string[]>> = {
  '01': [
    'Việc chấp hành nguyên tắc tổ chức và hoạt động của Đảng, nhất là nguyên tắc tập trung dân chủ; việc thực hiện quy chế làm việc.',
    'Kết quả thực hiện mục tiêu, chỉ tiêu, nhiệm vụ theo nghị quyết đại hội, chương trình công tác năm và các nhiệm vụ đột xuất.',
    'Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị; sắp xếp tổ chức bộ máy tinh gọn; chuyển đổi số; thực hiện trách nhiệm nêu gương, trách nhiệm giải trình; phòng, chống tham nhũng, lãng phí, tiêu cực; ngăn chặn, đẩy lùi sự suy thoái, "tự diễn biến", "tự chuyển hóa"; công tác kiểm tra, giám sát, kỷ luật đảng; tiếp công dân, giải quyết khiếu nại, tố cáo.',
    'Trách nhiệm của tập thể lãnh đạo, quản lý trong triển khai thực hiện chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước và nhiệm vụ chính trị được giao.',
  ],
  '02A': [
    QUALITIES,
    'Việc thực hiện chức trách, nhiệm vụ, quyền hạn được giao; kết quả thực hiện các chỉ tiêu, nhiệm vụ.',
    'Kết quả lãnh đạo, chỉ đạo, quản lý, điều hành; trách nhiệm người đứng đầu; tinh thần đổi mới, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung.',
    'Trách nhiệm nêu gương của bản thân và gia đình; kết quả lấy phiếu tín nhiệm (nếu có).',
    COMMITMENT,
  ],
  '02B': [
    QUALITIES,
    'Việc thực hiện chức trách, nhiệm vụ, quyền hạn được giao; kết quả thực hiện các chỉ tiêu, nhiệm vụ (kèm phụ lục kết quả thực hiện nhiệm vụ theo chỉ đạo của cấp ủy).',
    COMMITMENT,
  ],
  '02C': [QUALITIES, 'Việc thực hiện quyền và nghĩa vụ đảng viên; thực hiện nhiệm vụ do cấp ủy, chi bộ phân công.', COMMITMENT],
};

/** Sections I–VI of part A. */
export function partASections(form: ReviewFormCode): FormSection[] {
  const collective = form === '01';
  return [
    { heading: 'I. Ưu điểm, kết quả đạt được', items: STRENGTHS_ITEMS[form] },
    { heading: 'II. Hạn chế, khuyết điểm và nguyên nhân', items: ['Hạn chế, khuyết điểm.', 'Nguyên nhân (khách quan, chủ quan).'] },
    {
      heading: collective
        ? 'III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước'
        : 'III. Kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra ở các kỳ kiểm điểm trước',
      items: ['Đã khắc phục; đang khắc phục (mức độ); chưa khắc phục.', 'Khó khăn, vướng mắc; trách nhiệm.'],
    },
    { heading: 'IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)' },
    {
      heading: collective ? 'V. Trách nhiệm của tập thể, cá nhân' : 'V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)',
    },
    { heading: 'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm' },
  ];
}

/** Headings of part B. */
export function partBHeadings(form: ReviewFormCode): { scores: string; proposal: string } {
  return form === '01'
    ? { scores: 'I. Đánh giá theo các nhóm tiêu chí', proposal: 'II. Đề xuất xếp loại' }
    : { scores: 'I. Tự đánh giá, chấm điểm theo các nhóm tiêu chí', proposal: 'II. Đề xuất xếp loại' };
}

export const SCORE_LABELS = {
  common: '1. Nhóm tiêu chí chung',
  tasks: '2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ',
  total: 'Tổng điểm',
} as const;

// The example criteria template shipped for each form, summarised from the Phụ lục of QĐ 366-QĐ/TW
// (domain-background.md §3.1: Phụ lục 1 → Mẫu 01, 3 → 02A, 4 → 02B, 5 → 02C). The central text fixes only
// the 30/70 frame; the province (HD 43 Mục 1) breaks the points down, so every default is marked as an
// example (`source: 'default-example'` and a note) for the Tỉnh ủy / Đảng ủy xã to adjust. Layer: shared.
import type { ReviewFormCode } from '../rules/forms';
import type { CriteriaTemplate, Criterion } from './criteria';

/** The note every shipped template carries, so nobody mistakes the example for the province's criteria. */
export const EXAMPLE_NOTE_LEAD = 'Mẫu tham khảo — Tỉnh ủy/Đảng ủy xã điều chỉnh theo hướng dẫn của tỉnh.';

function note(appendix: string): string {
  return `${EXAMPLE_NOTE_LEAD} Nội dung tóm tắt từ ${appendix} Quy định 366-QĐ/TW; cách chia điểm trong từng nhóm chỉ là ví dụ.`;
}

const c = (id: string, title: string, maxPoints: number, help: string | null = null): Criterion => ({
  id,
  group: id.startsWith('common') ? 'common' : 'tasks',
  title,
  help,
  maxPoints,
});

const SELF_CRITICISM_HELP =
  'Kết quả tự phê bình và phê bình; mức độ khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc đã chỉ ra ở kỳ kiểm điểm trước.';

const ORGANIZATION: CriteriaTemplate = {
  form: '01',
  source: 'default-example',
  title: 'Tiêu chí chấm điểm tập thể (Mẫu 01)',
  note: note('Phụ lục 1'),
  criteria: [
    c('common-1', 'Công tác xây dựng Đảng về chính trị, tư tưởng, đạo đức', 5),
    c('common-2', 'Năng lực lãnh đạo, chỉ đạo, điều hành; công tác tổ chức, cán bộ và đảng viên', 5),
    c('common-3', 'Công tác kiểm tra, giám sát và thi hành kỷ luật đảng', 5),
    c('common-4', 'Thực hiện nguyên tắc tập trung dân chủ, quy chế làm việc; xây dựng đoàn kết nội bộ', 5),
    c('common-5', 'Lãnh đạo thực hiện nhiệm vụ chính trị của địa phương, cơ quan, đơn vị', 5),
    c('common-6', 'Tự phê bình và khắc phục hạn chế, khuyết điểm đã được chỉ ra', 5, SELF_CRITICISM_HELP),
    c(
      'tasks-1',
      'Kết quả cụ thể hóa và thực hiện nghị quyết, chương trình, kế hoạch công tác trên từng lĩnh vực',
      50,
      'Với cơ quan nhà nước gồm cả các chỉ tiêu kinh tế - xã hội được giao: tăng trưởng, thu ngân sách, giải ngân vốn đầu tư công, giảm nghèo…',
    ),
    c('tasks-2', 'Kết quả đánh giá, xếp loại các tổ chức, cá nhân thuộc quyền lãnh đạo, quản lý', 20),
  ],
};

// domain-background.md names Phụ lục 3 without listing its items; these follow the leader-specific
// conditions of QĐ 366 Điều 11 (own tasks, the area led, the units and people managed).
const LEADER: CriteriaTemplate = {
  form: '02A',
  source: 'default-example',
  title: 'Tiêu chí chấm điểm cá nhân giữ chức vụ lãnh đạo, quản lý (Mẫu 02A)',
  note: note('Phụ lục 3'),
  criteria: [
    c('common-1', 'Chính trị tư tưởng, đạo đức, lối sống, ý thức tổ chức kỷ luật và trách nhiệm nêu gương', 10),
    c('common-2', 'Năng lực lãnh đạo, quản lý, điều hành; tinh thần đổi mới, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm', 10),
    c('common-3', 'Thực hiện nguyên tắc tập trung dân chủ; xây dựng đoàn kết nội bộ', 5),
    c('common-4', 'Tự phê bình và khắc phục hạn chế, khuyết điểm đã được chỉ ra', 5, SELF_CRITICISM_HELP),
    c('tasks-1', 'Kết quả thực hiện nhiệm vụ theo chức trách của cá nhân', 25),
    c(
      'tasks-2',
      'Kết quả thực hiện nhiệm vụ của lĩnh vực, địa phương, cơ quan, đơn vị được giao phụ trách',
      35,
      'Mức độ hoàn thành các chỉ tiêu, nhiệm vụ (khối lượng, tiến độ, chất lượng) và các chỉ tiêu kinh tế - xã hội cơ bản được giao (nếu có).',
    ),
    c('tasks-3', 'Kết quả đánh giá, xếp loại các tập thể, cá nhân thuộc quyền lãnh đạo, quản lý trực tiếp', 10),
  ],
};

const STAFF: CriteriaTemplate = {
  form: '02B',
  source: 'default-example',
  title: 'Tiêu chí chấm điểm cá nhân không giữ chức vụ lãnh đạo, quản lý (Mẫu 02B)',
  note: note('Phụ lục 4'),
  criteria: [
    c(
      'common-1',
      'Chính trị tư tưởng, đạo đức, lối sống, ý thức tổ chức kỷ luật',
      15,
      'Giữ vững lập trường chính trị; chấp hành chủ trương, đường lối của Đảng, pháp luật của Nhà nước; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; kê khai tài sản, thu nhập theo quy định (nếu thuộc diện); giữ mối liên hệ với cấp ủy và nhân dân nơi cư trú.',
    ),
    c('common-2', 'Năng lực chuyên môn, khả năng đáp ứng yêu cầu nhiệm vụ; thái độ phục vụ; tinh thần đổi mới, sáng tạo', 10),
    c('common-3', 'Tự phê bình và khắc phục hạn chế, khuyết điểm đã được chỉ ra', 5, SELF_CRITICISM_HELP),
    c(
      'tasks-1',
      'Khối lượng sản phẩm, công việc hoàn thành theo chức trách, nhiệm vụ được giao',
      30,
      'Đánh giá bằng sản phẩm cụ thể theo danh mục của từng lĩnh vực: công tác đảng; quản lý nhà nước; cơ quan dân cử; Mặt trận Tổ quốc và các đoàn thể; lực lượng vũ trang; tư pháp; đơn vị sự nghiệp công lập; doanh nghiệp nhà nước; hội.',
    ),
    c('tasks-2', 'Tiến độ thực hiện nhiệm vụ', 20, 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn; nhiệm vụ chậm tiến độ.'),
    c('tasks-3', 'Chất lượng, hiệu quả sản phẩm, công việc', 20, 'Tỷ lệ nhiệm vụ bảo đảm chất lượng; nhiệm vụ vượt mức.'),
  ],
};

const OUTSIDE: CriteriaTemplate = {
  form: '02C',
  source: 'default-example',
  title: 'Tiêu chí chấm điểm đảng viên không làm việc trong hệ thống chính trị (Mẫu 02C)',
  note: note('Phụ lục 5'),
  criteria: [
    c(
      'common-1',
      'Lập trường chính trị, phẩm chất đạo đức, lối sống, ý thức tổ chức kỷ luật',
      20,
      'Giữ vững lập trường chính trị; chấp hành đường lối của Đảng, pháp luật của Nhà nước; có phẩm chất đạo đức tốt; không vi phạm những điều đảng viên không được làm; chấp hành quy định về tổ chức và sinh hoạt đảng; thực hiện tự phê bình và phê bình; giữ gìn đoàn kết trong chi bộ; giữ mối quan hệ tốt với nhân dân nơi cư trú.',
    ),
    c('common-2', 'Tự phê bình và khắc phục hạn chế, khuyết điểm đã được chỉ ra', 10, SELF_CRITICISM_HELP),
    c('tasks-1', 'Thực hiện quyền và nhiệm vụ của đảng viên; hoàn thành nhiệm vụ được cấp ủy, chi bộ phân công', 30),
    c('tasks-2', 'Tham gia học tập, quán triệt nghị quyết; đóng góp ý kiến xây dựng chi bộ', 20),
    c(
      'tasks-3',
      'Hoàn thành nhiệm vụ đột xuất; tham gia các phong trào ở địa phương, nơi cư trú',
      20,
      'Phù hợp với sức khỏe, độ tuổi và hoàn cảnh của đảng viên.',
    ),
  ],
};

const DEFAULTS: Readonly<Record<ReviewFormCode, CriteriaTemplate>> = { '01': ORGANIZATION, '02A': LEADER, '02B': STAFF, '02C': OUTSIDE };

/** A fresh copy of the shipped example template of a form. */
export function defaultCriteriaTemplate(form: ReviewFormCode): CriteriaTemplate {
  return structuredClone(DEFAULTS[form]);
}

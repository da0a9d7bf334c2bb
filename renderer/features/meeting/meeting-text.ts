// The wizard's own words: the short help line under each step title (what to do in this step, for a
// secretary who runs the meeting once a year), level choices, and small number formats. Layer: renderer.
import { LEVEL_NAMES, LEVELS, type LevelCode } from '../../../shared/rules/levels';
import type { StepKind } from '../../../shared/meeting/types';

export const STEP_HELP: Readonly<Record<StepKind, string>> = {
  preparation:
    'Trước ngày họp: ghi ngày, giờ, địa điểm, người chủ trì và thư ký; đánh dấu giấy tờ đã nhận của từng đồng chí. Mọi thứ anh/chị nhập được lưu ngay, không cần bấm nút lưu.',
  attendance: 'Mở đầu hội nghị: gọi tên từng đồng chí và chọn Có mặt hoặc Vắng. Đồng chí vắng có lý do thì ghi lý do.',
  collective:
    'Đồng chí bí thư trình bày báo cáo kiểm điểm của chi bộ (Mẫu 01). Ghi tóm tắt, ý kiến góp ý, điểm tự chấm (hai nhóm tiêu chí, hoặc chi tiết từng tiêu chí) và mức chi bộ tự đề xuất.',
  member:
    'Đồng chí được kiểm điểm đọc bản tự kiểm điểm. Nhập điểm tự chấm hai nhóm tiêu chí (hoặc chấm chi tiết từng tiêu chí) và kết quả nhiệm vụ, ghi ý kiến góp ý; phần mềm tự tính mức xếp loại theo quy định và chọn sẵn làm mức chi ủy đề xuất. Chi ủy đề xuất khác thì chọn lại.',
  votes: 'Chi bộ biểu quyết mức xếp loại của từng đồng chí. Nhập số người (hoặc số phiếu) cho từng mức rồi bấm "Ghi kết quả"; phần mềm tính kết quả.',
  'collective-vote': 'Chi bộ biểu quyết mức xếp loại của chính chi bộ, như khi biểu quyết cho từng đồng chí.',
  remediation: 'Ghi kế hoạch khắc phục của chi bộ và của từng đồng chí có hạn chế, khuyết điểm: việc cần khắc phục, biện pháp, thời hạn, người chịu trách nhiệm.',
  minutes:
    'Thư ký đọc biên bản trước hội nghị. Cần sửa thì quay lại bước tương ứng. Khi hội nghị đồng ý, bấm "Hội nghị đã thông qua biên bản".',
  finalize: 'Kiểm tra lần cuối rồi hoàn tất. Sau khi hoàn tất, biên bản được khóa, không sửa được nữa (trừ khi mở lại và ghi rõ lý do).',
};

export const levelOptions = LEVELS.map((l) => ({ value: l, label: LEVEL_NAMES[l] }));

export const levelName = (level: LevelCode | null | undefined) => (level ? LEVEL_NAMES[level] : '—');

/** 87.3 → "87,3". */
export const points = (n: number) => String(Math.round(n * 10) / 10).replace('.', ',');

/** 66.67 → "66,67%". */
export const percent = (n: number) => `${String(n).replace('.', ',')}%`;

/** "14:05" from an ISO timestamp, in local time. */
export function clockTime(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

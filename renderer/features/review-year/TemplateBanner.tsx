// Where a criteria template came from, said plainly at its top: the shipped example gets a warning
// banner (it must be adjusted to the province's guidance), an edited or imported one a quiet line.
// Layer: renderer.
import type { StoredCriteriaTemplate } from '../../../shared/review/index';

import { EXAMPLE_BANNER, SOURCE_TEXTS } from './review-labels';
import { formatDateVi } from '../../../shared/text/dates';

export function TemplateBanner({ template }: { template: StoredCriteriaTemplate }) {
  if (template.source === 'default-example') {
    return (
      <div className="example-banner" role="note">
        <p className="example-banner-title">⚠ {EXAMPLE_BANNER}</p>
        <p>
          Đây là mẫu tiêu chí tham khảo đi kèm phần mềm, chỉ tóm tắt từ Quy định 366; cách chia điểm trong từng nhóm là ví dụ. Hãy sửa theo hướng dẫn
          của Tỉnh ủy hoặc nhập tệp tiêu chí do cấp trên gửi.
        </p>
      </div>
    );
  }
  return (
    <p className="template-source">
      Nguồn: {SOURCE_TEXTS[template.source]} — cập nhật ngày {formatDateVi(template.updatedAt.slice(0, 10))}.
    </p>
  );
}

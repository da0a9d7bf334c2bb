// One line right under the figures: the level the rules give with what was just entered, so the
// secretary sees the effect without scrolling to the detailed explanation further down. Layer: renderer.
import type { SubjectAssessment } from '../../../../shared/meeting/types';
import { levelName } from '../meeting-text';

export function LiveLevel({ assessment: a }: { assessment: SubjectAssessment }) {
  const c = a.computed;
  const missing = a.missing ?? [];
  const pending = missing.length > 0 ? `chưa tính được — còn thiếu ${missing.join(', ')}` : 'chưa tính được (còn thiếu điểm hoặc kết quả nhiệm vụ)';
  const text = !c ? pending : c.level ? levelName(c.level) : c.needsDecision ? 'quy định chưa có mức — Đảng ủy quyết định' : 'không xếp loại';
  return (
    <p className="mtg-live-level">
      Với điểm và kết quả trên, mức tính theo quy định: <strong>{text}</strong>. <span className="muted">Căn cứ chi tiết ở mục “Mức xếp loại tính theo quy định” bên dưới.</span>
    </p>
  );
}

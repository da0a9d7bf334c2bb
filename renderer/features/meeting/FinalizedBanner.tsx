// Shown above a finalized meeting: finished when and by whom, the content hash of the frozen record and
// minutes (and whether it still matches), and that changes now need "Mở lại". Layer: renderer.
import type { MeetingView } from '../../../shared/meeting/types';
import { clockTime } from './meeting-text';
import { formatDateVi } from '../../../shared/text/dates';

export function FinalizedBanner({ view }: { view: MeetingView }) {
  const f = view.finalized;
  if (!f) return null;
  return (
    <div className="mtg-final" role="region" aria-label="Hội nghị đã kết thúc">
      <p className="mtg-final-title">Đã kết thúc — hội nghị và biên bản đã được khóa, chỉ xem, không sửa.</p>
      <p>
        Hoàn tất lúc {clockTime(f.at)} ngày {formatDateVi(f.at.slice(0, 10))}
        {f.by ? `, người thực hiện: ${f.by}` : ''}.
      </p>
      <p>
        Mã kiểm tra nội dung (SHA-256): <code className="mtg-hash">{f.contentHash}</code>{' '}
        {f.hashValid ? <span className="mtg-ok">— khớp, nội dung chưa bị thay đổi.</span> : <strong className="mtg-bad">— KHÔNG khớp: dữ liệu đã bị sửa ngoài phần mềm.</strong>}
      </p>
      <p className="muted">Muốn sửa, hãy mở bước “Hoàn tất hội nghị” và bấm “Mở lại hội nghị” (phải ghi lý do).</p>
    </div>
  );
}

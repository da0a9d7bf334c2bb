// Shown above a finalized meeting: finished when and by whom, the content hash of the frozen record and
// minutes (and whether it still matches), and that changes now need "Mở lại". Right after "Hoàn tất" the
// wizard scrolls to the top and moves the focus here, so the secretary sees that the meeting is locked.
// Layer: renderer.
import type { RefObject } from 'react';
import { approvalMoment } from '../../../shared/meeting/minutes';
import type { MeetingView } from '../../../shared/meeting/types';
import { formatDateVi } from '../../../shared/text/dates';

export function FinalizedBanner({ view, bannerRef }: { view: MeetingView; bannerRef?: RefObject<HTMLDivElement | null> }) {
  const f = view.finalized;
  if (!f) return null;
  const at = approvalMoment(f.at);
  return (
    <div className="mtg-final" role="region" aria-label="Hội nghị đã kết thúc" ref={bannerRef} tabIndex={-1}>
      <p className="mtg-final-title">Đã kết thúc — hội nghị và biên bản đã được khóa, chỉ xem, không sửa.</p>
      <p>
        Hoàn tất lúc {at.time} ngày {formatDateVi(at.date)}
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

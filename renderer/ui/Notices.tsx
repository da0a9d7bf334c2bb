// The message area: errors as role="alert" (stay until closed), confirmations as role="status".
// `docked`: a status bar in the page frame, below the content, so a message never covers a table or a
// form (the content area gets shorter from the bottom while it shows; nothing moves under the pointer).
// Otherwise (first-run and start screens) a small box in the top-right corner. Layer: renderer.
import { useNotices } from '../state/stores';

export function Notices({ docked = false }: { docked?: boolean }) {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  return (
    // Always mounted (empty when there is nothing to say), so assistive technology sees messages arrive.
    <div className={docked ? 'notices notices-docked' : 'notices'}>
      {notices.map((n) => (
        <div key={n.id} role={n.kind === 'error' ? 'alert' : 'status'} className={`notice notice-${n.kind}`}>
          <span className="notice-text">{n.text}</span>
          <button type="button" className="notice-close" onClick={() => dismiss(n.id)}>
            Đóng
          </button>
        </div>
      ))}
    </div>
  );
}

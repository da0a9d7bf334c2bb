// The message area: errors as role="alert" (stay until closed), confirmations as role="status".
// Layer: renderer.
import { useNotices } from '../state/stores';

export function Notices() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  return (
    <div className="notices">
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

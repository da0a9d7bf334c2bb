// The small autosave status: "Đang lưu…", "Đã lưu lúc 14:05" or "Chưa lưu được — <lý do>" — never a
// silent failure. A live region, so a screen reader hears it too. Layer: renderer.
import { useMeeting } from '../../state/stores';
import { clockTime } from './meeting-text';

export function SaveStatus() {
  const busy = useMeeting((s) => s.busy);
  const savedAt = useMeeting((s) => s.savedAt);
  const errors = useMeeting((s) => s.fieldErrors);
  const messages = Object.values(errors);
  let text: string;
  let kind: string;
  if (busy > 0) {
    text = 'Đang lưu…';
    kind = 'busy';
  } else if (messages.length > 0) {
    text = `Chưa lưu được — ${messages[messages.length - 1]}`;
    kind = 'error';
  } else if (savedAt) {
    text = `Đã lưu lúc ${clockTime(savedAt)}`;
    kind = 'ok';
  } else {
    text = 'Mọi thay đổi được lưu tự động';
    kind = 'idle';
  }
  return (
    <p className={`mtg-save mtg-save-${kind}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}

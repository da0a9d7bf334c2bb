// "Mở lại hội nghị": asks for the written reason (the core refuses without one, and keeps it in the audit
// log with every later change), and — once, while it is not set — who is using the computer, the name the
// log gives. Layer: renderer.
import { useState } from 'react';
import type { MeetingView } from '../../../../shared/meeting/types';
import { useMeeting, useStores } from '../../../state/stores';
import { Dialog } from '../../../ui/Dialog';
import { TextAreaField } from '../../../ui/fields';
import { useOperatorQuestion } from '../../settings/operator-name';

export function ReopenDialog({ view, onClose }: { view: MeetingView; onClose(): void }) {
  const { meeting } = useStores();
  const call = useMeeting((s) => s.call);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const operator = useOperatorQuestion();
  async function reopen() {
    setBusy(true);
    if (reason.trim() !== '' && !(await operator.commit())) {
      setBusy(false);
      return;
    }
    const result = await meeting.getState().command(() => call('meeting.reopen', { meetingId: view.id, reason }));
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.error.message);
  }
  return (
    <Dialog title="Mở lại hội nghị đã hoàn tất" onClose={onClose}>
      <TextAreaField id="reopen-reason" label="Lý do mở lại" required hint="Ví dụ: ghi nhầm số phiếu biểu quyết của đồng chí …" value={reason} onChange={setReason} error={error} rows={3} />
      {operator.field}
      <div className="form-actions">
        <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void reopen()}>
          Mở lại hội nghị
        </button>
        <button type="button" className="btn" onClick={onClose}>
          Thôi
        </button>
      </div>
    </Dialog>
  );
}

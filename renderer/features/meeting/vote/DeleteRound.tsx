// "Xóa vòng n (nếu ghi nhầm)" with a confirmation, since a recorded round is the meeting's act.
// Layer: renderer.
import { useState } from 'react';
import type { SubjectRef } from '../../../../shared/meeting/types';
import { useMeeting, useStores } from '../../../state/stores';
import { Dialog } from '../../../ui/Dialog';

export function DeleteRound({ subject, round, name }: { subject: SubjectRef; round: number; name: string }) {
  const { meeting } = useStores();
  const call = useMeeting((s) => s.call);
  const meetingId = useMeeting((s) => s.view?.id ?? '');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    const result = await meeting.getState().command(() => call('meeting.deleteVoteRound', { meetingId, subject, round }));
    if (result.ok) setOpen(false);
    else setError(result.error.message);
  }
  return (
    <>
      <button type="button" className="btn btn-link" onClick={() => setOpen(true)}>
        Xóa vòng {round} (nếu ghi nhầm)
      </button>
      {open && (
        <Dialog title={`Xóa kết quả biểu quyết vòng ${round}?`} onClose={() => setOpen(false)}>
          <p>
            Kết quả vòng {round} của {name} sẽ bị xóa để nhập lại. Chỉ xóa khi đã ghi nhầm số phiếu.
          </p>
          {error && (
            <p role="alert" className="form-alert">
              {error}
            </p>
          )}
          <div className="form-actions">
            <button type="button" className="btn btn-danger" onClick={() => void remove()}>
              Xóa vòng {round}
            </button>
            <button type="button" className="btn" onClick={() => setOpen(false)}>
              Không xóa
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}

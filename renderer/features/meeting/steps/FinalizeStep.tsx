// Hoàn tất hội nghị: the results at a glance, then "Hoàn tất" (after a confirmation) which freezes the
// record and the minutes with a content hash. Once finalized: "Mở lại hội nghị", which needs a written
// reason (kept in the audit log). Both dialogs ask once who is using the computer while that is not set
// (Cài đặt → "Người sử dụng máy"), the name the audit log gives. Layer: renderer.
import { useState } from 'react';
import type { MeetingView } from '../../../../shared/meeting/types';
import { useMeeting, useStores } from '../../../state/stores';
import { Dialog } from '../../../ui/Dialog';
import { levelName } from '../meeting-text';
import { useOperatorQuestion } from '../../settings/operator-name';
import { ReopenDialog } from './ReopenDialog';

export function FinalizeStep({ view }: { view: MeetingView }) {
  const [confirming, setConfirming] = useState(false);
  const [reopening, setReopening] = useState(false);
  const finalized = view.status === 'finalized';
  const members = view.members.filter((m) => m.reviewed && m.subject);
  return (
    <div className="mtg-stack">
      <section className="panel" aria-labelledby="fin-results">
        <h3 id="fin-results">Kết quả biểu quyết</h3>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Đối tượng</th>
              <th scope="col">Chi ủy đề xuất</th>
              <th scope="col">Chi bộ biểu quyết</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Tập thể chi bộ</th>
              <td>{levelName(view.collective.review.proposedLevel)}</td>
              <td>{levelName(view.collective.votes.result)}</td>
            </tr>
            {members.map((m) => (
              <tr key={m.memberId}>
                <th scope="row">{m.fullName}</th>
                <td>{levelName(m.subject!.review.proposedLevel)}</td>
                <td>{levelName(m.subject!.votes.result)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {view.quotaWarning && <p className="mtg-note mtg-note-warn">{view.quotaWarning}</p>}
      </section>
      {view.reopened && (
        <p className="mtg-note">
          Hội nghị đã được mở lại ({view.reopened.by}): {view.reopened.reason}
        </p>
      )}
      {finalized ? (
        // Keyed apart so that "Mở lại" is a new button: the closing dialog must not hand the focus to it
        // (the wizard moves it to the "Đã kết thúc" banner).
        <section key="reopen" className="panel" aria-labelledby="fin-reopen">
          <h3 id="fin-reopen">Sửa sau khi đã hoàn tất</h3>
          <p>Chỉ mở lại khi thật cần (ví dụ phát hiện ghi sai số phiếu). Lý do mở lại được lưu vào nhật ký thay đổi cùng mọi thay đổi sau đó.</p>
          <button type="button" className="btn btn-danger" onClick={() => setReopening(true)}>
            Mở lại hội nghị…
          </button>
        </section>
      ) : (
        <section key="finalize" className="panel" aria-labelledby="fin-do">
          <h3 id="fin-do">Hoàn tất</h3>
          <p>Khi hoàn tất, phần mềm khóa toàn bộ nội dung hội nghị và biên bản, kèm mã kiểm tra để phát hiện mọi sửa đổi về sau.</p>
          <button type="button" className="btn btn-primary btn-large" onClick={() => setConfirming(true)}>
            Hoàn tất hội nghị…
          </button>
        </section>
      )}
      {confirming && <FinalizeDialog view={view} onClose={() => setConfirming(false)} />}
      {reopening && <ReopenDialog view={view} onClose={() => setReopening(false)} />}
    </div>
  );
}

function FinalizeDialog({ view, onClose }: { view: MeetingView; onClose(): void }) {
  const { meeting } = useStores();
  const call = useMeeting((s) => s.call);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const operator = useOperatorQuestion();
  async function finalize() {
    setBusy(true);
    if (!(await operator.commit())) {
      setBusy(false);
      return;
    }
    const result = await meeting.getState().command(() => call('meeting.finalize', { meetingId: view.id }));
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.error.message);
  }
  return (
    <Dialog title="Hoàn tất hội nghị?" onClose={onClose}>
      <p>
        Sau khi hoàn tất, hội nghị kiểm điểm năm {view.reviewYear} của {view.orgUnit.name} và biên bản sẽ được khóa. Muốn sửa phải “Mở lại” và ghi rõ lý do.
      </p>
      {operator.field}
      {error && (
        <p role="alert" className="form-alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void finalize()}>
          Hoàn tất và khóa biên bản
        </button>
        <button type="button" className="btn" onClick={onClose}>
          Chưa, quay lại
        </button>
      </div>
    </Dialog>
  );
}

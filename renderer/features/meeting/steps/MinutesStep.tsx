// Thông qua biên bản: the minutes built from what was recorded, shown as the secretary reads them out;
// the end time; and the approval (which must be given again if anything changes afterwards).
// Layer: renderer.
import { useEffect, useState } from 'react';
import type { MeetingView } from '../../../../shared/meeting/types';
import { formatDateVi } from '../../../../shared/text/dates';
import { useMeeting, useStores } from '../../../state/stores';
import { Loading } from '../../../ui/Loading';
import { AutoTime } from '../AutoFields';
import { clockTime } from '../meeting-text';
import { useSavers } from '../use-savers';

export function MinutesStep({ view }: { view: MeetingView }) {
  const { meeting } = useStores();
  const save = useSavers();
  const minutes = useMeeting((s) => s.minutes);
  const call = useMeeting((s) => s.call);
  const [error, setError] = useState<string | null>(null);
  const approval = view.minutesApproval;

  useEffect(() => {
    // The minutes follow the record: read them again whenever the view changes.
    void meeting.getState().loadMinutes();
  }, [meeting, view]);

  async function approve(approved: boolean) {
    setError(null);
    const result = await meeting.getState().command(() => call('meeting.approveMinutes', { meetingId: view.id, approved }));
    if (!result.ok) setError(result.error.message);
  }

  return (
    <div className="mtg-stack">
      <section className="panel" aria-labelledby="min-end">
        <h3 id="min-end">Kết thúc hội nghị</h3>
        <AutoTime fieldKey="prep.endTime" id="min-end-time" label="Giờ kết thúc" server={view.preparation.endTime} save={(v) => save.preparation({ endTime: v })} />
      </section>
      {/* Scrolls on its own (also with the keyboard), so the approval stays close by. */}
      <section className="mtg-paper-doc" aria-label="Biên bản hội nghị" tabIndex={0}>
        {minutes ? <pre className="mtg-minutes-text">{minutes.text}</pre> : <Loading text="Đang dựng biên bản…" />}
      </section>
      <section className="panel mtg-approve" aria-labelledby="min-approve">
        <h3 id="min-approve">Hội nghị thông qua biên bản</h3>
        {approval.approved && !approval.stale ? (
          <>
            <p className="mtg-ok">
              ✓ Hội nghị đã thông qua biên bản{approval.at ? ` lúc ${clockTime(approval.at)} ngày ${formatDateVi(approval.at.slice(0, 10))}` : ''}.
            </p>
            <button type="button" className="btn" onClick={() => void approve(false)}>
              Hủy thông qua (để sửa tiếp)
            </button>
          </>
        ) : (
          <>
            {approval.stale && <p className="mtg-note mtg-note-warn">Biên bản đã thay đổi sau khi thông qua; hãy đọc lại phần thay đổi và thông qua lại.</p>}
            <button type="button" className="btn btn-primary btn-large" onClick={() => void approve(true)}>
              Hội nghị đã thông qua biên bản
            </button>
          </>
        )}
        {error && (
          <p role="alert" className="form-alert">
            {error}
          </p>
        )}
      </section>
    </div>
  );
}

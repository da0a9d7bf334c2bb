// Thông qua biên bản: the minutes built from what was recorded, shown as the secretary reads them out;
// the end time; and the approval with its time and date, which the secretary sees and may correct (filled
// in with the computer's clock; the minutes state it). The approval must be given again if anything
// changes afterwards. Layer: renderer.
import { useEffect, useState } from 'react';
import { approvalMoment } from '../../../../shared/meeting/minutes';
import type { MeetingView } from '../../../../shared/meeting/types';
import { formatDateVi, isIsoDate } from '../../../../shared/text/dates';
import { useMeeting, useStores } from '../../../state/stores';
import { DateInput } from '../../../ui/DateInput';
import { describedBy, FieldFrame } from '../../../ui/fields';
import { Loading } from '../../../ui/Loading';
import { AutoTime, parseTime } from '../AutoFields';
import { useSavers } from '../use-savers';

interface Moment {
  date: string;
  time: string;
}

/** The computer's clock as a local date and `HH:MM`. */
function nowMoment(): Moment {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`, time: `${two(d.getHours())}:${two(d.getMinutes())}` };
}

/**
 * What the approval boxes start with: now — unless the computer's clock is before the meeting began (a
 * wrong clock, or entering ahead), when the meeting cannot have approved anything yet: then the meeting
 * date and its end (or start) time, with a note saying so.
 */
function defaultMoment(view: MeetingView): Moment & { beforeMeeting: boolean } {
  const now = nowMoment();
  const { meetingDate, startTime, endTime } = view.preparation;
  const beforeMeeting = !!meetingDate && (now.date < meetingDate || (now.date === meetingDate && !!startTime && now.time < startTime));
  return beforeMeeting ? { date: meetingDate, time: endTime ?? startTime ?? now.time, beforeMeeting } : { ...now, beforeMeeting };
}

export function MinutesStep({ view }: { view: MeetingView }) {
  const { meeting } = useStores();
  const save = useSavers();
  const minutes = useMeeting((s) => s.minutes);
  const call = useMeeting((s) => s.call);
  const [error, setError] = useState<string | null>(null);
  const approval = view.minutesApproval;
  const standing = approval.approved && !approval.stale;
  const stored = approval.approved && approval.at ? approvalMoment(approval.at) : null;
  const initial = defaultMoment(view);
  const [time, setTime] = useState(() => (stored ?? initial).time);
  const [date, setDate] = useState(() => (stored ?? initial).date);
  const [touched, setTouched] = useState(false);
  const [timeError, setTimeError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const { meetingDate, startTime, endTime } = view.preparation;

  useEffect(() => {
    // The minutes follow the record: read them again whenever the view changes.
    void meeting.getState().loadMinutes();
  }, [meeting, view]);

  useEffect(() => {
    // A new approval from the core (or its withdrawal) shows its own time in the boxes.
    const next = approval.approved && approval.at ? approvalMoment(approval.at) : defaultMoment(view);
    setTime(next.time);
    setDate(next.date);
    setTouched(false);
    // Only a change of the approval resets the boxes (the view changes with every save).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [approval.approved, approval.at]);

  useEffect(() => {
    // Before approval, boxes the secretary has not touched follow the meeting's date and times.
    if (touched || approval.approved) return;
    const next = defaultMoment(view);
    setTime(next.time);
    setDate(next.date);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meetingDate, startTime, endTime]);

  async function approve(approved: boolean) {
    setError(null);
    setTimeError(null);
    setDateError(null);
    let moment: { approvalTime: string; approvalDate: string } | object = {};
    if (approved) {
      const t = parseTime(time);
      if (!t) setTimeError('Giờ thông qua biên bản: giờ không đọc được; hãy nhập giờ:phút, ví dụ 11:15.');
      if (!isIsoDate(date)) setDateError('Ngày thông qua biên bản: ngày không đọc được; hãy nhập ngày/tháng/năm, ví dụ 08/12/2026.');
      if (!t || !isIsoDate(date)) return;
      moment = { approvalTime: t, approvalDate: date };
    }
    const result = await meeting.getState().command(() => call('meeting.approveMinutes', { meetingId: view.id, approved, ...moment }));
    if (!result.ok) {
      const path = (result.error.details as { path?: string } | undefined)?.path;
      if (path === 'approvalTime') setTimeError(result.error.message);
      else if (path === 'approvalDate') setDateError(result.error.message);
      else setError(result.error.message);
    }
  }

  const changed = stored !== null && (parseTime(time) !== stored.time || date !== stored.date);
  const timeHint = 'Giờ:phút, ví dụ 11:15';
  const dateHint = 'Ngày/tháng/năm';
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
        {standing && stored && (
          <p className="mtg-ok">
            ✓ Hội nghị đã thông qua biên bản lúc {stored.time} ngày {formatDateVi(stored.date)}.
          </p>
        )}
        {approval.stale && <p className="mtg-note mtg-note-warn">Biên bản đã thay đổi sau khi thông qua; hãy đọc lại phần thay đổi và thông qua lại.</p>}
        {!stored && !touched && initial.beforeMeeting && (
          <p className="mtg-note mtg-note-warn">Đồng hồ của máy tính đang chỉ thời điểm trước buổi họp, nên phần mềm điền sẵn ngày họp; hãy kiểm tra lại giờ, ngày thông qua.</p>
        )}
        <p className="field-hint">
          Giờ và ngày thông qua được ghi vào biên bản. Phần mềm điền sẵn theo đồng hồ của máy tính; nếu nhập lại sau buổi họp, hãy sửa cho đúng lúc hội nghị thông qua biên bản.
        </p>
        <div className="form-grid mtg-approve-when">
          <FieldFrame id="min-approve-time" label="Giờ thông qua biên bản" hint={timeHint} error={timeError ?? undefined}>
            <input
              id="min-approve-time"
              name="min-approve-time"
              type="text"
              inputMode="numeric"
              maxLength={8}
              className="mtg-time"
              autoComplete="off"
              value={time}
              onChange={(e) => {
                setTime(e.target.value);
                setTouched(true);
                setTimeError(null);
              }}
              aria-invalid={timeError ? true : undefined}
              aria-describedby={describedBy('min-approve-time', timeHint, timeError)}
            />
          </FieldFrame>
          <FieldFrame id="min-approve-date" label="Ngày thông qua biên bản" hint={dateHint} error={dateError ?? undefined}>
            <DateInput
              id="min-approve-date"
              value={date}
              onChange={(v) => {
                setDate(v);
                setTouched(true);
                setDateError(null);
              }}
              ariaInvalid={dateError ? true : undefined}
              ariaDescribedBy={describedBy('min-approve-date', dateHint, dateError)}
            />
          </FieldFrame>
        </div>
        <div className="form-actions">
          {standing ? (
            <>
              <button type="button" className="btn btn-primary" disabled={!changed} onClick={() => void approve(true)}>
                Lưu giờ, ngày thông qua
              </button>
              <button type="button" className="btn" onClick={() => void approve(false)}>
                Hủy thông qua (để sửa tiếp)
              </button>
            </>
          ) : (
            <button type="button" className="btn btn-primary btn-large" onClick={() => void approve(true)}>
              Hội nghị đã thông qua biên bản
            </button>
          )}
        </div>
        {error && (
          <p role="alert" className="form-alert">
            {error}
          </p>
        )}
      </section>
    </div>
  );
}

// Who said what (góp ý): one row per comment with the speaker (a member of the cell, or a name typed for
// someone else, such as the upper-level attendee) and what was said; rows are added and removed freely.
// The list is saved as a whole; a row is sent once it has a speaker and some text. Layer: renderer.
import { useRef, type FocusEvent } from 'react';
import type { MeetingComment, MemberView, SubjectRef } from '../../../../shared/meeting/types';
import { subjectKey } from '../../../state/meeting-store';
import { useStores } from '../../../state/stores';
import { useAutosave } from '../use-autosave';
import { useSavers } from '../use-savers';

interface Row {
  speakerMemberId: string | null;
  speakerName: string;
  content: string;
  other: boolean;
}

const OTHER = '__other';
const toRows = (comments: readonly MeetingComment[]): Row[] => comments.map((c) => ({ ...c, other: c.speakerMemberId === null }));
const complete = (r: Row) => r.content.trim() !== '' && (r.speakerMemberId !== null || r.speakerName.trim() !== '');

export function CommentsEditor({ subject, comments, members, title }: { subject: SubjectRef; comments: readonly MeetingComment[]; members: readonly MemberView[]; title: string }) {
  const { meeting } = useStores();
  const save = useSavers();
  const sk = subjectKey(subject);
  const key = `${sk}.comments`;
  const boxRef = useRef<HTMLDivElement>(null);
  const f = useAutosave<Row[]>(key, toRows(comments), (rows) =>
    save.review(subject, {
      comments: rows.filter((r) => r.content.trim() !== '').map((r) => (r.other ? { speakerMemberId: null, speakerName: r.speakerName, content: r.content } : { speakerMemberId: r.speakerMemberId, content: r.content })),
    }),
  );
  const rows = f.value;
  const update = (i: number, patch: Partial<Row>) => f.change(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const add = () => {
    f.change([...rows, { speakerMemberId: null, speakerName: '', content: '', other: false }]);
    // The new row's speaker box, once drawn.
    setTimeout(() => document.getElementById(`${sk}-c-${rows.length}-who`)?.focus(), 0);
  };
  const onBlur = (e: FocusEvent) => {
    if (boxRef.current?.contains(e.relatedTarget as Node | null)) return;
    meeting.getState().setActive(null);
    void meeting.getState().flush();
  };
  const speakers = members.filter((m) => m.attendanceRequired);
  return (
    <section className="panel" aria-labelledby={`${sk}-comments-title`}>
      <h3 id={`${sk}-comments-title`}>{title}</h3>
      <div ref={boxRef} onFocus={f.onFocus} onBlur={onBlur}>
        {rows.length === 0 && <p className="muted">Chưa ghi ý kiến nào.</p>}
        <ol className="mtg-comments">
          {rows.map((r, i) => {
            const id = `${sk}-c-${i}`;
            const whoValue = r.other ? OTHER : (r.speakerMemberId ?? '');
            const hasSpeaker = r.other ? r.speakerName.trim() !== '' : r.speakerMemberId !== null;
            return (
              <li key={i} className="mtg-comment">
                <div className="mtg-comment-who">
                  <div className="field">
                    <label htmlFor={`${id}-who`}>Người góp ý (ý kiến {i + 1})</label>
                    <select
                      id={`${id}-who`}
                      value={whoValue}
                      onChange={(e) => (e.target.value === OTHER ? update(i, { other: true, speakerMemberId: null }) : update(i, { other: false, speakerMemberId: e.target.value || null, speakerName: '' }))}
                    >
                      <option value="">— Chọn người góp ý —</option>
                      {speakers.map((m) => (
                        <option key={m.memberId} value={m.memberId}>
                          {m.fullName}
                        </option>
                      ))}
                      <option value={OTHER}>Người khác (ghi họ tên)</option>
                    </select>
                  </div>
                  {r.other && (
                    <div className="field">
                      <label htmlFor={`${id}-name`}>Họ tên người góp ý</label>
                      <input id={`${id}-name`} type="text" autoComplete="off" value={r.speakerName} onChange={(e) => update(i, { speakerName: e.target.value })} />
                    </div>
                  )}
                </div>
                <div className="field">
                  <label htmlFor={`${id}-text`}>Nội dung góp ý</label>
                  <textarea id={`${id}-text`} rows={2} value={r.content} disabled={!hasSpeaker && r.content === ''} onChange={(e) => update(i, { content: e.target.value })} aria-describedby={!hasSpeaker ? `${id}-need` : undefined} />
                  {!hasSpeaker && (
                    <p id={`${id}-need`} className="field-hint">
                      Chọn người góp ý trước, rồi ghi nội dung.
                    </p>
                  )}
                  {hasSpeaker && !complete(r) && <p className="field-hint">Ý kiến được lưu khi có nội dung.</p>}
                </div>
                <button type="button" className="btn btn-danger mtg-remove" onClick={() => f.change(rows.filter((_, j) => j !== i), true)}>
                  Xóa ý kiến {i + 1}
                </button>
              </li>
            );
          })}
        </ol>
        {f.error && <p className="field-error">{f.error}</p>}
        <button type="button" className="btn" onClick={add}>
          + Thêm ý kiến góp ý
        </button>
      </div>
    </section>
  );
}

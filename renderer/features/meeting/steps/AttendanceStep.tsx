// Step 2, điểm danh: for each member asked to attend, present / absent with a reason / absent without
// one (the reason box takes the focus when it appears); the counts, who may vote, and the members not
// asked (exempt, suspended). The "fewer than half of the voters present" warning comes with the step's
// warnings. Layer: renderer.
import { ATTENDANCE, ATTENDANCE_NAMES, type Attendance } from '../../../../shared/meeting/labels';
import type { MeetingView, MemberView } from '../../../../shared/meeting/types';
import { roleName } from '../../../../shared/meeting/labels';
import { useMeeting, useStores } from '../../../state/stores';
import { AutoText } from '../AutoFields';
import { useAutosave } from '../use-autosave';
import { useSavers } from '../use-savers';

export function AttendanceStep({ view }: { view: MeetingView }) {
  const { meeting } = useStores();
  const save = useSavers();
  const c = view.counts;
  const asked = view.members.filter((m) => m.attendanceRequired);
  const notAsked = view.members.filter((m) => !m.attendanceRequired);
  const unanswered = asked.filter((m) => m.attendance === null);
  const drafts = useMeeting((s) => s.drafts);
  const allPresent = () =>
    void meeting.getState().command(() => save.attendance(unanswered.filter((m) => !(`att.${m.memberId}` in drafts)).map((m) => ({ memberId: m.memberId, attendance: 'present' as const }))));
  return (
    <div className="mtg-stack">
      <section className="panel mtg-counts" aria-label="Số lượng">
        <dl className="mtg-count-list">
          <div>
            <dt>Tổng số đảng viên</dt>
            <dd>{c.onRoll}</dd>
          </div>
          <div>
            <dt>Có mặt</dt>
            <dd>{c.present}</dd>
          </div>
          <div>
            <dt>Vắng có lý do</dt>
            <dd>{c.absentExcused}</dd>
          </div>
          <div>
            <dt>Vắng không lý do</dt>
            <dd>{c.absentUnexcused}</dd>
          </div>
          <div>
            <dt>Có quyền biểu quyết có mặt</dt>
            <dd>
              {c.presentVoters}/{c.voters}
            </dd>
          </div>
          <div>
            <dt>Chưa điểm danh</dt>
            <dd>{c.unanswered}</dd>
          </div>
        </dl>
        <p className="field-hint">
          Đảng viên chính thức có quyền biểu quyết; đảng viên dự bị được kiểm điểm nhưng không biểu quyết. Nghị quyết được thông qua khi có quá nửa ({view.voting.threshold}/{view.voting.denominator}) tán thành.
        </p>
      </section>
      {unanswered.length > 1 && (
        <p>
          <button type="button" className="btn" onClick={allPresent}>
            Đánh dấu {unanswered.length} đồng chí chưa điểm danh là “Có mặt”
          </button>
        </p>
      )}
      <ol className="mtg-attendance">
        {asked.map((m) => (
          <AttendanceRow key={m.memberId} member={m} />
        ))}
      </ol>
      {notAsked.length > 0 && (
        <section className="panel" aria-labelledby="att-not-asked">
          <h3 id="att-not-asked">Không điểm danh</h3>
          <ul className="mtg-reasons">
            {notAsked.map((m) => (
              <li key={m.memberId}>
                <strong>{m.fullName}</strong>: {m.reasons[0]?.message ?? 'không sinh hoạt.'}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function AttendanceRow({ member: m }: { member: MemberView }) {
  const save = useSavers();
  const id = `att-${m.memberId}`;
  const f = useAutosave<Attendance | null>(`att.${m.memberId}`, m.attendance, (v) => save.attendance([{ memberId: m.memberId, attendance: v }]));
  return (
    <li className={`mtg-att-row mtg-att-${f.value ?? 'none'}`}>
      <fieldset className="mtg-att-group" aria-describedby={f.error ? `${id}-error` : undefined}>
        <legend>
          {m.fullName}
          <span className="mtg-att-role">
            {' '}
            — {roleName(m.partyRole)}, {m.canVote ? 'có quyền biểu quyết' : 'không biểu quyết (dự bị)'}
          </span>
        </legend>
        <div className="mtg-att-choices">
          {ATTENDANCE.map((a) => (
            <label key={a} className={f.value === a ? 'mtg-choice mtg-choice-on' : 'mtg-choice'}>
              <input
                type="radio"
                name={id}
                value={a}
                checked={f.value === a}
                onChange={() => {
                  f.change(a, true);
                  // The reason box appears under the choice: go there to type it (the page scrolls it clear of the bar).
                  if (a === 'absent-excused') setTimeout(() => document.getElementById(`${id}-reason`)?.focus(), 0);
                }}
              />
              {ATTENDANCE_NAMES[a]}
            </label>
          ))}
        </div>
        {f.error && (
          <p id={`${id}-error`} className="field-error">
            {f.error}
          </p>
        )}
        {f.value === 'absent-excused' && (
          <AutoText
            fieldKey={`att.${m.memberId}.reason`}
            id={`${id}-reason`}
            label={`Lý do vắng — ${m.fullName}`}
            server={m.absenceReason}
            save={(v) => save.attendance([{ memberId: m.memberId, attendance: 'absent-excused', absenceReason: v }])}
          />
        )}
      </fieldset>
    </li>
  );
}

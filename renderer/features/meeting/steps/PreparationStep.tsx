// Step 1, chuẩn bị hội nghị: date, times, place, chair, secretary, the upper-level attendee, the date the
// Mẫu 01 draft went out (with the 3-working-day notice), then each member's papers and who is not
// reviewed and why. Layer: renderer.
import type { MeetingView } from '../../../../shared/meeting/types';
import { roleName } from '../../../../shared/meeting/labels';
import { AutoDate, AutoSelect, AutoText, AutoTime } from '../AutoFields';
import { useSavers } from '../use-savers';
import { MemberChecklist } from './MemberChecklist';

export function PreparationStep({ view }: { view: MeetingView }) {
  const save = useSavers();
  const p = view.preparation;
  const officers = view.members
    .filter((m) => m.attendanceRequired)
    .map((m) => ({ value: m.memberId, label: m.partyRole === 'member' ? m.fullName : `${m.fullName} (${roleName(m.partyRole)})` }));
  const notice = p.draftNotice;
  return (
    <div className="mtg-stack">
      <section className="panel" aria-labelledby="prep-when">
        <h3 id="prep-when">Thời gian, địa điểm, người điều hành</h3>
        <div className="form-grid">
          <AutoDate fieldKey="prep.meetingDate" id="prep-date" label="Ngày họp" required server={p.meetingDate} save={(v) => save.preparation({ meetingDate: v })} />
          <AutoTime fieldKey="prep.startTime" id="prep-start" label="Giờ bắt đầu" required server={p.startTime} save={(v) => save.preparation({ startTime: v })} />
          <AutoText fieldKey="prep.place" id="prep-place" label="Địa điểm họp" required className="span-2" server={p.place} save={(v) => save.preparation({ place: v })} placeholder="Ví dụ: Nhà văn hóa thôn" />
          <AutoSelect
            fieldKey="prep.chair"
            id="prep-chair"
            label="Đồng chí chủ trì hội nghị"
            required
            placeholder="— Chọn đồng chí chủ trì —"
            options={officers}
            server={p.chairMemberId}
            save={(v) => save.preparation({ chairMemberId: v })}
          />
          <AutoSelect
            fieldKey="prep.secretary"
            id="prep-secretary"
            label="Thư ký hội nghị (người ghi biên bản)"
            required
            placeholder="— Chọn thư ký —"
            options={officers}
            server={p.secretaryMemberId}
            save={(v) => save.preparation({ secretaryMemberId: v })}
          />
          <AutoText
            fieldKey="prep.upper"
            id="prep-upper"
            label="Đại biểu cấp trên dự (nếu có)"
            className="span-2"
            hint="Họ tên và chức vụ, ví dụ: Đồng chí Vũ Văn Quang, Phó Bí thư Đảng ủy xã."
            server={p.upperLevelAttendee}
            save={(v) => save.preparation({ upperLevelAttendee: v })}
          />
        </div>
      </section>
      <section className="panel" aria-labelledby="prep-draft">
        <h3 id="prep-draft">Dự thảo báo cáo của chi bộ (Mẫu 01)</h3>
        <AutoDate
          fieldKey="prep.draftSentOn"
          id="prep-draft-date"
          label="Ngày gửi dự thảo Mẫu 01 đến đảng viên"
          required
          hint="Hướng dẫn yêu cầu gửi trước ngày họp ít nhất 3 ngày làm việc (không tính thứ Bảy, Chủ nhật)."
          server={p.draftSentOn}
          save={(v) => save.preparation({ draftSentOn: v })}
        />
        {notice && <p className={notice.late ? 'mtg-note mtg-note-warn' : 'mtg-note mtg-note-ok'}>{notice.message}</p>}
      </section>
      <MemberChecklist view={view} />
    </div>
  );
}

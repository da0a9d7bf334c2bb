// One member's review (Mẫu 02A/B/C), in the order the meeting follows: the self-review summary, self-score
// (the two group totals, or per criterion), task figures (with the "100 %, không chậm, không vượt"
// shortcut), earlier shortcomings, the cases that rule out a good level, shortcomings named, comments (who
// said what), the member's response, the level the rules compute with its reasons, and the chi ủy's
// proposal (preselected to the computed level until confirmed). Layer: renderer.
import type { MeetingView, MemberView } from '../../../../shared/meeting/types';
import { roleName } from '../../../../shared/meeting/labels';
import { FORM_NAMES } from '../../../../shared/review/criteria';
import { AutoText } from '../AutoFields';
import { CarryOverList } from '../review/CarryOverList';
import { CommentsEditor } from '../review/CommentsEditor';
import { ComputedLevel } from '../review/ComputedLevel';
import { Disqualifiers } from '../review/Disqualifiers';
import { LiveLevel } from '../review/LiveLevel';
import { ProposalFields } from '../review/ProposalFields';
import { ScoreTable } from '../review/ScoreTable';
import { TaskFields } from '../review/TaskFields';
import { useSavers } from '../use-savers';

export function MemberStep({ view, member: m }: { view: MeetingView; member: MemberView }) {
  const save = useSavers();
  const s = m.subject;
  if (!s) return null;
  const subject = { memberId: m.memberId };
  const sk = `member:${m.memberId}`;
  const { review, assessment } = s;
  const p = m.preparation;
  return (
    <div className="mtg-stack">
      <section className="panel mtg-who" aria-label="Đồng chí được kiểm điểm">
        <p className="mtg-who-name">{m.fullName}</p>
        <p>
          {roleName(m.partyRole)} · {FORM_NAMES[m.form]} · {m.canVote ? 'đảng viên chính thức, có quyền biểu quyết' : 'đảng viên dự bị, không biểu quyết'}
          {m.attendance && m.attendance !== 'present' ? ' · vắng mặt' : ''}
        </p>
        <p className="muted">
          {p.residenceApplies ? (p.residenceReceived ? 'Đã có nhận xét nơi cư trú. ' : 'Chưa có nhận xét nơi cư trú. ') : ''}
          {p.civilServantRating ? `Xếp loại công chức, viên chức: ${p.civilServantRating}.` : ''}
        </p>
        <AutoText fieldKey={`${sk}.summary`} id={`${sk}-summary`} label="Tóm tắt bản tự kiểm điểm (nếu cần)" multiline rows={2} server={review.summary} save={(v) => save.review(subject, { summary: v })} />
      </section>
      <ScoreTable subject={subject} template={view.templates[m.form]} scores={review.scores} formName={FORM_NAMES[m.form]} />
      <TaskFields subject={subject} tasks={review.tasks} />
      <LiveLevel assessment={assessment} />
      <CarryOverList items={s.carryOver} idPrefix={sk} />
      <Disqualifiers subject={subject} kind={m.category} review={review} />
      <section className="panel" aria-labelledby={`${sk}-short-title`}>
        <h3 id={`${sk}-short-title`}>Hạn chế, khuyết điểm</h3>
        <AutoText
          fieldKey={`${sk}.shortcomings`}
          id={`${sk}-shortcomings`}
          label="Hạn chế, khuyết điểm của đồng chí (nếu có)"
          hint="Nếu có, bước “Kế hoạch khắc phục” sẽ yêu cầu ghi kế hoạch khắc phục."
          multiline
          rows={2}
          server={review.shortcomings}
          save={(v) => save.review(subject, { shortcomings: v })}
        />
      </section>
      <CommentsEditor subject={subject} comments={review.comments} members={view.members.filter((x) => x.memberId !== m.memberId)} title="Ý kiến góp ý của chi bộ" />
      <section className="panel" aria-labelledby={`${sk}-resp-title`}>
        <h3 id={`${sk}-resp-title`}>Tiếp thu, giải trình</h3>
        <AutoText fieldKey={`${sk}.response`} id={`${sk}-response`} label={`Ý kiến tiếp thu, giải trình của đồng chí ${m.fullName}`} multiline rows={2} server={review.response} save={(v) => save.review(subject, { response: v })} />
      </section>
      <ComputedLevel assessment={assessment} overrideRequested={!!review.overrideRequest} />
      <ProposalFields subject={subject} review={review} assessment={assessment} collective={false} />
    </div>
  );
}

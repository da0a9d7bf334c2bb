// Step 3, the collective (Mẫu 01): the summary of the chi bộ's report, its shortcomings, the self-score
// per criterion of the year's Mẫu 01 template, task figures, the chi bộ's own condition for "Hoàn thành
// xuất sắc" (no subordinate unit or chi ủy member disciplined in the year, rules.md §4.3) next to them,
// the cases that rule out a good level, the earlier shortcomings, comments, the response, the computed
// level and the proposal. Layer: renderer.
import type { MeetingView } from '../../../../shared/meeting/types';
import { FORM_NAMES } from '../../../../shared/review/criteria';
import { AutoCheck, AutoText } from '../AutoFields';
import { CarryOverList } from '../review/CarryOverList';
import { CommentsEditor } from '../review/CommentsEditor';
import { ComputedLevel } from '../review/ComputedLevel';
import { Disqualifiers } from '../review/Disqualifiers';
import { LiveLevel } from '../review/LiveLevel';
import { ProposalFields } from '../review/ProposalFields';
import { ScoreTable } from '../review/ScoreTable';
import { TaskFields } from '../review/TaskFields';
import { useSavers } from '../use-savers';

export function CollectiveStep({ view }: { view: MeetingView }) {
  const save = useSavers();
  const { review, assessment, carryOver } = view.collective;
  const subject = 'collective' as const;
  return (
    <div className="mtg-stack">
      <section className="panel" aria-labelledby="col-report">
        <h3 id="col-report">Báo cáo kiểm điểm của chi bộ</h3>
        <AutoText
          fieldKey="collective.summary"
          id="col-summary"
          label="Tóm tắt báo cáo (ưu điểm, kết quả chính)"
          required
          multiline
          rows={4}
          server={review.summary}
          save={(v) => save.review(subject, { summary: v })}
        />
        <AutoText
          fieldKey="collective.shortcomings"
          id="col-shortcomings"
          label="Hạn chế, khuyết điểm của chi bộ"
          hint="Nếu có, bước “Kế hoạch khắc phục” sẽ yêu cầu ghi kế hoạch khắc phục."
          multiline
          rows={3}
          server={review.shortcomings}
          save={(v) => save.review(subject, { shortcomings: v })}
        />
      </section>
      <ScoreTable subject={subject} template={view.templates['01']} scores={review.scores} formName={FORM_NAMES['01']} />
      <TaskFields subject={subject} tasks={review.tasks} />
      <section className="panel" aria-labelledby="col-htxs-title">
        <h3 id="col-htxs-title">Điều kiện để chi bộ được xếp loại “Hoàn thành xuất sắc nhiệm vụ”</h3>
        <p className="field-hint">
          Ngoài điểm và kết quả nhiệm vụ ở trên, chi bộ chỉ được “Hoàn thành xuất sắc nhiệm vụ” khi trong năm không có tổ chức đảng trực thuộc hoặc đồng chí nào trong chi ủy bị kỷ luật. Việc này
          không làm chi bộ bị xếp loại “Không hoàn thành nhiệm vụ”.
        </p>
        <AutoCheck
          fieldKey="collective.disciplinedMember"
          id="collective-disciplined"
          label="Trong năm có tổ chức đảng trực thuộc hoặc đồng chí trong chi ủy bị kỷ luật"
          hint="Đánh dấu khi có quyết định kỷ luật trong năm. Khi có, mức cao nhất của chi bộ là “Hoàn thành tốt nhiệm vụ”."
          server={review.disciplinedMember}
          save={(v) => save.review(subject, { disciplinedMember: v })}
        />
      </section>
      <LiveLevel assessment={assessment} />
      <CarryOverList items={carryOver} idPrefix="col" />
      <Disqualifiers subject={subject} kind="organization" review={review} />
      <CommentsEditor subject={subject} comments={review.comments} members={view.members} title="Ý kiến góp ý của đảng viên" />
      <section className="panel" aria-labelledby="col-response">
        <h3 id="col-response">Tiếp thu, giải trình</h3>
        <AutoText fieldKey="collective.response" id="col-response-text" label="Ý kiến tiếp thu, giải trình của đồng chí bí thư" multiline rows={3} server={review.response} save={(v) => save.review(subject, { response: v })} />
      </section>
      <ComputedLevel assessment={assessment} overrideRequested={!!review.overrideRequest} />
      <ProposalFields subject={subject} review={review} assessment={assessment} collective />
    </div>
  );
}

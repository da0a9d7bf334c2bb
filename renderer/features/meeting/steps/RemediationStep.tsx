// Kế hoạch khắc phục: the chi bộ's plan and one plan for each member whose review named shortcomings
// (or who already has a plan). Members without shortcomings need none. Layer: renderer.
import type { MeetingView } from '../../../../shared/meeting/types';
import { RemediationEditor } from '../review/RemediationEditor';

export function RemediationStep({ view }: { view: MeetingView }) {
  const members = view.members.filter((m) => m.reviewed && m.subject && (m.subject.review.shortcomings || m.subject.remediation.length > 0));
  const secretary = view.members.find((m) => m.partyRole === 'secretary');
  return (
    <div className="mtg-stack">
      <RemediationEditor
        subject="collective"
        items={view.collective.remediation}
        title={`Kế hoạch khắc phục của chi bộ`}
        shortcomings={view.collective.review.shortcomings}
        defaultResponsible={secretary ? `Chi ủy (đồng chí ${secretary.fullName})` : 'Chi ủy'}
      />
      {members.length === 0 && <p className="muted">Không đồng chí nào nêu hạn chế, khuyết điểm.</p>}
      {members.map((m) => (
        <RemediationEditor key={m.memberId} subject={{ memberId: m.memberId }} items={m.subject!.remediation} title={`Kế hoạch khắc phục của đồng chí ${m.fullName}`} shortcomings={m.subject!.review.shortcomings} defaultResponsible={m.fullName} />
      ))}
    </div>
  );
}

// Biểu quyết xếp loại đảng viên: one vote card per reviewed member, in the order of business. Layer: renderer.
import type { MeetingView } from '../../../../shared/meeting/types';
import { VoteCard } from '../vote/VoteCard';

export function VotesStep({ view }: { view: MeetingView }) {
  const members = view.members.filter((m) => m.reviewed && m.subject);
  const done = members.filter((m) => m.subject!.votes.result).length;
  return (
    <div className="mtg-stack">
      <p className="mtg-progress">
        Đã biểu quyết xong {done}/{members.length} đồng chí. Cần quá nửa: {view.voting.threshold}/{view.voting.denominator} phiếu.
      </p>
      {members.map((m) => (
        <VoteCard key={m.memberId} view={view} subject={{ memberId: m.memberId }} subjectView={m.subject!} name={m.fullName} note={m.canVote ? undefined : 'Đảng viên dự bị: được xếp loại, không biểu quyết.'} />
      ))}
    </div>
  );
}

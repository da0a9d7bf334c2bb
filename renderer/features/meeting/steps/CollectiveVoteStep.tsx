// Biểu quyết xếp loại chi bộ: the vote on the chi bộ's own level. Layer: renderer.
import type { MeetingView } from '../../../../shared/meeting/types';
import { VoteCard } from '../vote/VoteCard';

export function CollectiveVoteStep({ view }: { view: MeetingView }) {
  return <VoteCard view={view} subject="collective" subjectView={view.collective} name={`Tập thể ${view.orgUnit.name}`} />;
}

// The vote on one subject: what is put to the vote (the proposal, and what the rules computed), the
// rounds recorded so far, and the form for the next round while no level has won. Layer: renderer.
import type { MeetingView, SubjectRef, SubjectView } from '../../../../shared/meeting/types';
import { subjectKey } from '../../../state/meeting-store';
import { levelName } from '../meeting-text';
import { DeleteRound } from './DeleteRound';
import { VoteForm } from './VoteForm';
import { VoteRounds } from './VoteRounds';

export function VoteCard({ view, subject, subjectView: s, name, note }: { view: MeetingView; subject: SubjectRef; subjectView: SubjectView; name: string; note?: string }) {
  const key = subjectKey(subject);
  const rounds = s.votes.rounds;
  const latest = rounds[rounds.length - 1];
  const needsRound = !latest || latest.revote || !!latest.stale || !!latest.error || latest.level === null;
  const computed = s.assessment.computed;
  return (
    <article className={s.votes.result ? 'panel mtg-vote mtg-vote-done' : 'panel mtg-vote'} aria-labelledby={`${key}-vote-title`}>
      <h3 id={`${key}-vote-title`}>
        {name}
        {s.votes.result && <span className="mtg-vote-badge"> ✓ {levelName(s.votes.result)}</span>}
      </h3>
      {note && <p className="muted">{note}</p>}
      <p>
        Chi ủy đề xuất: <strong>{levelName(s.review.proposedLevel)}</strong> · Tính theo quy định: {computed?.level ? levelName(computed.level) : computed?.needsDecision ? 'quy định chưa có mức (Đảng ủy quyết định)' : '—'}
      </p>
      <VoteRounds rounds={rounds} idPrefix={key} />
      {latest && <DeleteRound subject={subject} round={latest.round} name={name} />}
      {needsRound && <VoteForm subject={subject} draftKey={key} round={(latest?.round ?? 0) + 1} proposed={s.review.proposedLevel} presentVoters={view.counts.presentVoters} name={name} />}
    </article>
  );
}

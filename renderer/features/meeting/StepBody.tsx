// Picks the form of the current step. Layer: renderer.
import type { StepStatus } from '../../../shared/meeting/types';
import { useMeeting } from '../../state/stores';
import { AttendanceStep } from './steps/AttendanceStep';
import { CollectiveStep } from './steps/CollectiveStep';
import { CollectiveVoteStep } from './steps/CollectiveVoteStep';
import { FinalizeStep } from './steps/FinalizeStep';
import { MemberStep } from './steps/MemberStep';
import { MinutesStep } from './steps/MinutesStep';
import { PreparationStep } from './steps/PreparationStep';
import { RemediationStep } from './steps/RemediationStep';
import { VotesStep } from './steps/VotesStep';

export function StepBody({ step }: { step: StepStatus }) {
  const view = useMeeting((s) => s.view)!;
  switch (step.kind) {
    case 'preparation':
      return <PreparationStep view={view} />;
    case 'attendance':
      return <AttendanceStep view={view} />;
    case 'collective':
      return <CollectiveStep view={view} />;
    case 'member': {
      const member = view.members.find((m) => m.memberId === step.memberId);
      return member ? <MemberStep key={member.memberId} view={view} member={member} /> : null;
    }
    case 'votes':
      return <VotesStep view={view} />;
    case 'collective-vote':
      return <CollectiveVoteStep view={view} />;
    case 'remediation':
      return <RemediationStep view={view} />;
    case 'minutes':
      return <MinutesStep view={view} />;
    case 'finalize':
      return <FinalizeStep view={view} />;
  }
}

// The save calls of the wizard's fields, one per kind of patch, bound to the meeting on screen: each
// returns the new MeetingView (or the core's refusal) for the autosave to merge. Layer: renderer.
import type { MethodInput } from '../../../shared/contract/api';
import type { SubjectRef } from '../../../shared/meeting/types';
import { useMeeting } from '../../state/stores';

type PrepPatch = MethodInput<'meeting.updatePreparation'>['patch'];
type MemberPrepPatch = MethodInput<'meeting.updateMemberPreparation'>['patch'];
type ReviewPatch = MethodInput<'meeting.updateMemberReview'>['patch'];
type CarryPatch = MethodInput<'meeting.updateCarryOver'>['patch'];
type AttendanceEntry = MethodInput<'meeting.setAttendance'>['entries'][number];
type RemediationItems = MethodInput<'meeting.updateRemediation'>['items'];

export function useSavers() {
  const call = useMeeting((s) => s.call);
  const meetingId = useMeeting((s) => s.view?.id ?? '');
  return {
    meetingId,
    preparation: (patch: PrepPatch) => call('meeting.updatePreparation', { meetingId, patch }),
    memberPreparation: (memberId: string, patch: MemberPrepPatch) => call('meeting.updateMemberPreparation', { meetingId, memberId, patch }),
    attendance: (entries: AttendanceEntry[]) => call('meeting.setAttendance', { meetingId, entries }),
    review: (subject: SubjectRef, patch: ReviewPatch) =>
      subject === 'collective' ? call('meeting.updateCollective', { meetingId, patch }) : call('meeting.updateMemberReview', { meetingId, memberId: subject.memberId, patch }),
    carryOver: (shortcomingId: string, patch: CarryPatch) => call('meeting.updateCarryOver', { meetingId, shortcomingId, patch }),
    remediation: (subject: SubjectRef, items: RemediationItems) => call('meeting.updateRemediation', { meetingId, subject, items }),
  };
}

export type Savers = ReturnType<typeof useSavers>;

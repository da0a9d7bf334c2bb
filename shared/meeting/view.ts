// Builds what the app shows of a meeting from what is stored: eligibility counts, each subject's scores,
// computed level and votes, the chi bộ-level quota warning, the minutes approval state and the steps.
// Everything computed is recomputed from the record, so changing an input changes what depends on it.
// Layer: shared.
import { itemsOf } from './carry-over';
import { buildMinutes } from './minutes';
import { fingerprint } from './canonical';
import { assessSubject, emptyReview } from './review';
import { buildSteps, firstIncomplete } from './steps';
import type { AttendanceCounts, MeetingMemberRecord, MeetingRecord, MeetingView, MemberView, SubjectView } from './types';
import { voteThreshold } from '../rules/tally';
import { chiBoQuotaWarning, subjectVotes, voteDenominator } from './votes';
import { draftNotice } from './working-days';

/** Exempt and suspended members are not asked to attend. */
export function attendanceRequired(m: Pick<MeetingMemberRecord, 'reviewStatus'>): boolean {
  return m.reviewStatus !== 'exempt' && m.reviewStatus !== 'suspended';
}

export function attendanceCounts(members: readonly MeetingMemberRecord[]): AttendanceCounts {
  const c: AttendanceCounts = { onRoll: members.length, reviewed: 0, voters: 0, present: 0, presentVoters: 0, absentExcused: 0, absentUnexcused: 0, notRequired: 0, unanswered: 0 };
  for (const m of members) {
    if (m.reviewed) c.reviewed += 1;
    if (m.canVote) c.voters += 1;
    if (m.attendance === 'present') {
      c.present += 1;
      if (m.canVote) c.presentVoters += 1;
    } else if (m.attendance === 'absent-excused') c.absentExcused += 1;
    else if (m.attendance === 'absent-unexcused') c.absentUnexcused += 1;
    else if (attendanceRequired(m)) c.unanswered += 1;
    if (!attendanceRequired(m)) c.notRequired += 1;
  }
  return c;
}

export interface ViewMeta {
  finalized?: MeetingView['finalized'];
}

/** The whole view of a meeting in progress (a finalized meeting is shown from its frozen view instead). */
export function buildMeetingView(record: MeetingRecord, meta: ViewMeta = {}): MeetingView {
  const { settings } = record;
  const eligibilityDate = record.preparation.meetingDate ?? settings.reviewDate;
  const counts = attendanceCounts(record.members);
  const votesOf = (memberId: string | null) => record.votes.filter((v) => v.memberId === memberId);

  const subjectOf = (memberId: string | null, member?: MeetingMemberRecord): SubjectView => {
    const review = memberId === null ? record.collective : (record.reviews[memberId] ?? emptyReview());
    const carryOver = itemsOf(record.carryOver, memberId);
    const assessment = assessSubject({
      ruleSet: settings.ruleSet,
      reviewYear: record.reviewYear,
      reviewDate: eligibilityDate,
      member: member ? { status: member.reviewStatus, admittedOn: member.admittedOn, category: member.category } : undefined,
      template: record.templates[member ? member.form : '01'],
      review,
      carryOver,
    });
    return {
      review,
      assessment,
      carryOver,
      remediation: itemsOf(record.remediation, memberId),
      votes: subjectVotes(votesOf(memberId), settings, { voters: counts.voters, presentVoters: counts.presentVoters, proposedLevel: review.proposedLevel }),
    };
  };

  const members: MemberView[] = record.members.map((m) => ({
    ...m,
    attendanceRequired: attendanceRequired(m),
    temporaryApplies: m.status === 'temporary',
    civilServantApplies: m.category !== 'outside',
    subject: m.reviewed ? subjectOf(m.memberId, m) : null,
  }));
  const collective = subjectOf(null);
  const voted = members.flatMap((m) => (m.subject?.votes.result ? [m.subject.votes.result] : []));

  const base = {
    id: record.id,
    reviewYear: record.reviewYear,
    orgUnit: record.orgUnit,
    commune: record.commune,
    settings,
    status: record.status,
    eligibilityDate,
    preparation: { ...record.preparation, draftNotice: draftNotice(record.preparation.draftSentOn, record.preparation.meetingDate) },
    counts,
    members,
    collective,
    voting: { denominator: voteDenominator(settings, counts.voters, counts.presentVoters), threshold: voteThreshold(voteDenominator(settings, counts.voters, counts.presentVoters)) },
    templates: record.templates,
    quotaWarning: chiBoQuotaWarning(voted, settings),
    minutesApproval: { approved: false, at: null as string | null, stale: false },
    finalized: meta.finalized ?? null,
    reopened: record.reopened,
  };
  const approval = record.minutesApproval;
  if (approval) {
    const current = minutesFingerprint({ ...base, steps: [], currentStep: '', currentIndex: 0, totalSteps: 0 });
    base.minutesApproval = { approved: true, at: approval.at, stale: current !== approval.fingerprint };
  }
  const steps = buildSteps(base);
  const current = steps.find((s) => s.key === record.currentStep) ?? firstIncomplete(steps);
  // The furthest step reached; a step that no longer exists (a member left the roster) falls back to the current one.
  const reached = steps.find((s) => s.key === (record.furthestStep ?? record.currentStep));
  const furthest = reached && reached.index > current.index ? reached : current;
  return { ...base, steps, currentStep: current.key, currentIndex: current.index, totalSteps: steps.length, furthestStep: furthest.key, furthestIndex: furthest.index };
}

/** The fingerprint of the minutes a view produces (what "thông qua biên bản" approves). */
export function minutesFingerprint(view: MeetingView): string {
  // The approval time is stated in the minutes but is not what the meeting approved.
  const { approval: _approval, ...minutes } = buildMinutes(view);
  return fingerprint(minutes);
}

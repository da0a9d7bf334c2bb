// Builders of meeting records for the pure tests: a small cell with a complete, valid meeting that each
// test then breaks in one place. Layer: test.
import { defaultCriteriaTemplate } from '../../../shared/review/default-criteria';
import type { CriteriaTemplateBody } from '../../../shared/review/criteria';
import { emptyReview } from '../../../shared/meeting/review';
import type { MeetingMemberRecord, MeetingRecord, ReviewRecord, VoteRound } from '../../../shared/meeting/types';
import type { ReviewFormCode } from '../../../shared/rules/forms';
import type { LevelCode } from '../../../shared/rules/levels';

export function template(form: ReviewFormCode): CriteriaTemplateBody {
  const t = defaultCriteriaTemplate(form);
  return { title: t.title, note: t.note, criteria: t.criteria };
}

/** Each criterion at `ratio` of its maximum (tenths, rounded down). */
export function scores(form: ReviewFormCode, ratio: number): Record<string, number> {
  return Object.fromEntries(template(form).criteria.map((c) => [c.id, Math.floor(c.maxPoints * ratio * 10) / 10]));
}

export function member(id: string, fullName: string, position: number, patch: Partial<MeetingMemberRecord> = {}): MeetingMemberRecord {
  return {
    memberId: id,
    position,
    fullName,
    partyRole: 'member',
    category: 'outside',
    status: 'official',
    reviewStatus: 'official',
    admittedOn: '2000-01-01',
    form: '02C',
    reviewed: true,
    classified: true,
    canVote: true,
    reasons: [],
    notes: [],
    preparation: { selfReviewReceived: true, residenceApplies: false, residenceReceived: false, temporaryReceived: false, civilServantRating: null },
    attendance: 'present',
    absenceReason: null,
    ...patch,
  };
}

export function review(level: LevelCode, ratio = 0.8, patch: Partial<ReviewRecord> = {}): ReviewRecord {
  return {
    ...emptyReview(),
    scores: scores('02C', ratio),
    tasks: { donePct: 100, latePct: 0, exceededPct: level === 'HTXS' ? 40 : 10 },
    proposedLevel: level,
    ...patch,
  };
}

export function vote(memberId: string | null, votes: Partial<Record<LevelCode, number>>, patch: Partial<VoteRound> = {}): VoteRound {
  return {
    memberId,
    round: 1,
    mode: 'hand',
    votes: { HTXS: 0, HTT: 0, HTNV: 0, KHTNV: 0, ...votes },
    ballots: null,
    voters: 4,
    presentVoters: 4,
    proposedLevel: null,
    recordedAt: '2026-12-08T03:00:00.000Z',
    ...patch,
  };
}

/**
 * A complete meeting of 5 members: a (bí thư, HTXS), b, c (HTT), d (probationary, HTT), e (exempt); all
 * voters present, every step answered, minutes not yet approved.
 */
export function completeRecord(): MeetingRecord {
  const members = [
    member('a', 'Nguyễn Văn An', 1, { partyRole: 'secretary' }),
    member('b', 'Trần Thị Bình', 2, { partyRole: 'deputy-secretary' }),
    member('c', 'Lê Văn Cường', 3),
    member('d', 'Phạm Thị Dung', 4, { status: 'probationary', reviewStatus: 'probationary', canVote: false }),
    member('e', 'Hoàng Văn Em', 5, {
      status: 'exempt',
      reviewStatus: 'exempt',
      reviewed: false,
      classified: false,
      canVote: false,
      attendance: null,
      reasons: [{ code: 'member-exempt', message: 'Đảng viên được miễn công tác và sinh hoạt đảng: không kiểm điểm, không xếp loại chất lượng.', ref: 'QĐ 366-QĐ/TW, Điều 5, khoản 2' }],
    }),
  ];
  const proposals: Record<string, LevelCode> = { a: 'HTXS', b: 'HTT', c: 'HTT', d: 'HTT' };
  return {
    id: 'meeting-1',
    reviewYear: 2026,
    orgUnit: { id: 'cell', name: 'Chi bộ thôn Đông', kind: 'basic-cell', basicOrgId: 'cell', basicOrgName: 'Chi bộ thôn Đông' },
    commune: { name: 'Đảng bộ xã Xuân Hòa', upperLevelName: 'Ban Thường vụ Tỉnh ủy Phú Thọ', placeName: 'Xuân Hòa' },
    settings: {
      ruleSet: 'QD366-2025',
      reviewDate: '2026-12-01',
      vote: { method: 'cumulative', denominator: 'voters' },
      quota: { ratePercent: 20, denominator: 'htt', scope: 'basic-org', decisionRef: null },
      deadlines: { meetingsFrom: '2026-11-25', meetingsTo: '2026-12-15', decisionOn: '2026-12-25', reportOn: '2027-01-10' },
    },
    status: 'in-progress',
    currentStep: 'preparation',
    preparation: {
      meetingDate: '2026-12-08',
      startTime: '07:30',
      endTime: '11:00',
      place: 'Nhà văn hóa thôn Đông',
      chairMemberId: 'a',
      secretaryMemberId: 'b',
      upperLevelAttendee: null,
      draftSentOn: '2026-12-02',
    },
    members,
    collective: {
      ...emptyReview(),
      summary: 'Chi bộ hoàn thành các nhiệm vụ năm.',
      shortcomings: 'Sinh hoạt có lúc chưa đều.',
      scores: scores('01', 0.8),
      tasks: { donePct: 100, latePct: 0, exceededPct: 10 },
      proposedLevel: 'HTT',
    },
    reviews: {
      a: review('HTXS', 0.95),
      b: review('HTT'),
      c: review('HTT'),
      d: review('HTT'),
    },
    votes: [
      ...Object.entries(proposals).map(([id, level]) => vote(id, { [level]: 3 }, { voters: 3, presentVoters: 3, proposedLevel: level })),
      vote(null, { HTT: 3 }, { voters: 3, presentVoters: 3, proposedLevel: 'HTT' }),
    ],
    carryOver: [],
    remediation: [{ id: 'r1', memberId: null, content: 'Sinh hoạt có lúc chưa đều', measure: 'Sinh hoạt đúng định kỳ', deadline: 'Năm 2027', responsible: null }],
    templates: { '01': template('01'), '02C': template('02C') },
    minutesApproval: null,
    reopened: null,
  };
}

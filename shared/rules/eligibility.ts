// Who is reviewed and classified, and who may vote, at the review date (QĐ 366 Điều 5; Điều lệ Điều 3;
// rules.md §3). The first matching rule is the one reported. Layer: shared.
import { addCalendarMonths, compareIsoDates, formatDateVi } from './calendar';
import { reason, type Reason } from './reasons';
import { CHARTER_REFS, type RuleSet } from './rule-sets';

export const MEMBER_STATUSES = ['official', 'probationary', 'exempt', 'suspended'] as const;
/** official: chính thức; probationary: dự bị; exempt: miễn công tác và sinh hoạt đảng; suspended: đình chỉ sinh hoạt. */
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Months a newly admitted member must have been in the Party before being reviewed. */
export const MIN_MONTHS_SINCE_ADMISSION = 6;

export interface EligibilityInput {
  status: MemberStatus;
  /** Admission date (ngày kết nạp), `YYYY-MM-DD`. */
  admittedOn: string;
  /** Review date (the chi bộ meeting), `YYYY-MM-DD`. */
  reviewDate: string;
}

export interface Eligibility {
  reviewed: boolean;
  classified: boolean;
  canVote: boolean;
  /** Why, when the member is not reviewed or cannot vote; empty for an eligible official member. */
  reasons: Reason[];
}

/** Only official members vote (probationary members do not; exempt and suspended ones are not official). */
export function canVote(status: MemberStatus): boolean {
  return status === 'official';
}

/** First date on which a member admitted on `admittedOn` has 6 calendar months and may be reviewed. */
export function eligibleFrom(admittedOn: string): string {
  return addCalendarMonths(admittedOn, MIN_MONTHS_SINCE_ADMISSION);
}

/** Applies rules.md §3 in order; rules 1 and 2 win over 3. Dates must be valid `YYYY-MM-DD`. */
export function checkEligibility(input: EligibilityInput, ruleSet: RuleSet): Eligibility {
  const vote = canVote(input.status);
  const ref = ruleSet.refs.eligibility;
  const excluded = (code: string, message: string): Eligibility => ({
    reviewed: false,
    classified: false,
    canVote: vote,
    reasons: [reason(code, message, ref)],
  });

  if (input.status === 'exempt') {
    return excluded('member-exempt', 'Đảng viên được miễn công tác và sinh hoạt đảng: không kiểm điểm, không xếp loại chất lượng.');
  }
  if (input.status === 'suspended') {
    return excluded('member-suspended', 'Đảng viên đang bị đình chỉ sinh hoạt đảng: không kiểm điểm, không xếp loại chất lượng.');
  }
  const from = eligibleFrom(input.admittedOn);
  if (compareIsoDates(input.reviewDate, from) < 0) {
    return excluded(
      'member-admitted-recently',
      `Đảng viên kết nạp ngày ${formatDateVi(input.admittedOn)}, đến ngày kiểm điểm ${formatDateVi(input.reviewDate)} chưa đủ ` +
        `${MIN_MONTHS_SINCE_ADMISSION} tháng (đủ từ ngày ${formatDateVi(from)}): không kiểm điểm, không xếp loại chất lượng.`,
    );
  }
  if (input.status === 'probationary') {
    return {
      reviewed: true,
      classified: true,
      canVote: false,
      reasons: [
        reason(
          'member-probationary',
          'Đảng viên dự bị: được kiểm điểm, xếp loại chất lượng nhưng không có quyền biểu quyết.',
          CHARTER_REFS.votingRight,
        ),
      ],
    };
  }
  return { reviewed: true, classified: true, canVote: vote, reasons: [] };
}

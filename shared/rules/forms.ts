// Which HD 43 review form a subject fills (rules.md §3, last paragraph). Layer: shared.

export const MEMBER_CATEGORIES = ['leader', 'staff', 'outside'] as const;
/** leader: giữ chức vụ lãnh đạo, quản lý; staff: không giữ chức vụ, làm việc trong HTCT; outside: ngoài HTCT. */
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];

export type ReviewFormCode = '01' | '02A' | '02B' | '02C';

const FORM_BY_CATEGORY: Readonly<Record<MemberCategory, ReviewFormCode>> = {
  leader: '02A',
  staff: '02B',
  outside: '02C',
};

/** Organizations (the collective) use Mẫu 01. */
export const ORGANIZATION_FORM: ReviewFormCode = '01';

export function formForCategory(category: MemberCategory): ReviewFormCode {
  return FORM_BY_CATEGORY[category];
}

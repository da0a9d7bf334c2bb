// The cases that make a subject KHTNV whatever the score (QĐ 366 Điều 11 khoản 4; rules.md §4.2), which of
// them apply to which subject, and how the competent level's override sets them aside. Layer: shared.
import type { MemberCategory } from './forms';
import { LEVEL_NAMES } from './levels';
import { formatPct, reason, withoutFinalStop, type Reason } from './reasons';
import type { RuleSet } from './rule-sets';

/** Every individual (members of all three categories). */
export const INDIVIDUAL_DISQUALIFIERS = ['degradation', 'duty-discipline', 'forbidden-acts', 'example-breach'] as const;
/** Leaders (category `leader`) in addition. */
export const LEADER_DISQUALIFIERS = ['area-under-70', 'subordinates-majority-khtnv', 'low-confidence', 'corruption-in-unit'] as const;
/** Organizations in addition. */
export const ORGANIZATION_DISQUALIFIERS = ['personnel-wrongdoing', 'member-duty-discipline', 'member-degradation', 'unit-under-70'] as const;
/** Derived from `donePct < 50` for every subject; never entered, never set aside by an override. */
export const TASKS_UNDONE_MAJORITY = 'tasks-undone-majority';

export type ListedDisqualifier =
  | (typeof INDIVIDUAL_DISQUALIFIERS)[number]
  | (typeof LEADER_DISQUALIFIERS)[number]
  | (typeof ORGANIZATION_DISQUALIFIERS)[number];
export type DisqualifierCode = ListedDisqualifier | typeof TASKS_UNDONE_MAJORITY;

/** Who is classified: a member of one category, or an organization (the collective). */
export type SubjectKind = MemberCategory | 'organization';

export const LISTED_DISQUALIFIERS: readonly ListedDisqualifier[] = [
  ...INDIVIDUAL_DISQUALIFIERS,
  ...LEADER_DISQUALIFIERS,
  ...ORGANIZATION_DISQUALIFIERS,
];

/** What each disqualifier means, in the wording of Điều 11 khoản 4 (Vietnamese, for messages). */
export const DISQUALIFIER_DESCRIPTIONS: Readonly<Record<DisqualifierCode, string>> = {
  degradation: 'Bị cấp có thẩm quyền kết luận suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa"',
  'duty-discipline': 'Có vi phạm liên quan đến thực thi công vụ, bị xử lý kỷ luật từ khiển trách trở lên trong năm',
  'forbidden-acts': 'Vi phạm những điều đảng viên không được làm',
  'example-breach': 'Vi phạm quy định về trách nhiệm nêu gương, ảnh hưởng đến uy tín của bản thân và cơ quan, đơn vị',
  'area-under-70': 'Lĩnh vực, địa bàn, cơ quan, đơn vị được giao phụ trách hoàn thành dưới 70% chỉ tiêu, nhiệm vụ',
  'subordinates-majority-khtnv': 'Trên 50% cơ quan, đơn vị thuộc quyền quản lý trực tiếp được xếp loại "Không hoàn thành nhiệm vụ"',
  'low-confidence': 'Có trên 50% số phiếu tín nhiệm thấp khi lấy phiếu tín nhiệm trong năm',
  'corruption-in-unit': 'Để xảy ra tham nhũng, lãng phí, tiêu cực trong cơ quan, đơn vị do mình phụ trách và bị xử lý',
  'personnel-wrongdoing': 'Bị cấp có thẩm quyền kết luận có sai phạm trong công tác cán bộ, mất đoàn kết nội bộ, bè phái, chạy chức, chạy quyền',
  'member-duty-discipline': 'Có thành viên bị xử lý kỷ luật từ khiển trách trở lên do vi phạm liên quan đến thực thi công vụ',
  'member-degradation': 'Có thành viên bị cấp có thẩm quyền kết luận suy thoái về tư tưởng chính trị, đạo đức, lối sống',
  'unit-under-70': 'Cơ quan, đơn vị hoàn thành dưới 70% chỉ tiêu, nhiệm vụ',
  'tasks-undone-majority': 'Có trên 50% nhiệm vụ trong năm không hoàn thành',
};

/**
 * The codes a subject may carry. Organizations take the individual codes as well as their own: rules.md
 * lists their codes as "also", and a collective can, for instance, break the rules on setting an example.
 */
export function allowedDisqualifiers(subject: SubjectKind): readonly ListedDisqualifier[] {
  if (subject === 'leader') return [...INDIVIDUAL_DISQUALIFIERS, ...LEADER_DISQUALIFIERS];
  if (subject === 'organization') return [...INDIVIDUAL_DISQUALIFIERS, ...ORGANIZATION_DISQUALIFIERS];
  return INDIVIDUAL_DISQUALIFIERS;
}

export function isListedDisqualifier(value: unknown): value is ListedDisqualifier {
  return typeof value === 'string' && (LISTED_DISQUALIFIERS as readonly string[]).includes(value);
}

/** The competent level's decision on a case of self-detected, reported and remedied fault. */
export interface Override {
  granted: boolean;
  reason: string;
}

export interface DisqualifierAssessment {
  /** Disqualifiers that decide the level (KHTNV when non-empty), in canonical order. */
  standing: DisqualifierCode[];
  /** Disqualifiers the override set aside. */
  setAside: ListedDisqualifier[];
  reasons: Reason[];
}

const UNDONE_LIMIT_PCT = 50;

/**
 * Applies the disqualifiers: listed ones stand unless a granted override sets them aside; `donePct < 50`
 * always stands. `donePct` is null where no task figures exist (record-only rule sets).
 */
export function assessDisqualifiers(
  listed: readonly ListedDisqualifier[],
  donePct: number | null,
  override: Override | null,
  ruleSet: RuleSet,
): DisqualifierAssessment {
  const granted = override?.granted === true;
  const present = LISTED_DISQUALIFIERS.filter((code) => listed.includes(code));
  const setAside = granted ? present : [];
  const standing: DisqualifierCode[] = granted ? [] : [...present];
  const undone = donePct !== null && donePct < UNDONE_LIMIT_PCT;
  if (undone) standing.push(TASKS_UNDONE_MAJORITY);

  const khtnv = `"${LEVEL_NAMES.KHTNV}"`;
  const ref = ruleSet.refs.disqualifiers;
  const reasons: Reason[] = [];
  if (override && granted) {
    const what =
      setAside.length > 0
        ? `không xếp loại ${khtnv} vì: ${setAside.map((code) => lowerFirst(DISQUALIFIER_DESCRIPTIONS[code])).join('; ')}`
        : `nhưng không có trường hợp xếp loại ${khtnv} nào được miễn trừ`;
    reasons.push(
      reason(
        'override',
        `Cấp có thẩm quyền đã xem xét (tự phát hiện, tự báo cáo và đã khắc phục xong hậu quả), ${what}. Lý do: ${withoutFinalStop(override.reason)}.`,
        ref,
      ),
    );
  }
  for (const code of standing) {
    if (code === TASKS_UNDONE_MAJORITY) {
      const tail = granted ? ' Trường hợp này không được miễn trừ.' : '';
      reasons.push(
        reason(
          code,
          `Tỷ lệ nhiệm vụ hoàn thành ${formatPct(donePct!)}, dưới ${UNDONE_LIMIT_PCT}% (trên một nửa nhiệm vụ không hoàn thành): xếp loại ${khtnv}.${tail}`,
          ref,
        ),
      );
    } else {
      reasons.push(reason(code, `${DISQUALIFIER_DESCRIPTIONS[code]}: xếp loại ${khtnv}.`, ref));
    }
  }
  return { standing, setAside, reasons };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

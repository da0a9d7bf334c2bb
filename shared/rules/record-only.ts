// Classification under a record-only rule set (QĐ 124, QĐ 132; rules.md §1): the level was decided on paper
// and is entered; the engine only applies QĐ 124's "any discipline in the year ⇒ KHTNV unless the competent
// level decides otherwise". Layer: shared.
import type { Override } from './disqualifiers';
import { LEVEL_NAMES, type LevelCode } from './levels';
import { reason, withoutFinalStop, type Reason } from './reasons';
import type { RuleSet } from './rule-sets';

export interface RecordedInput {
  recordedLevel: LevelCode;
  /**
   * Any discipline in the review year. The CLI takes it from `"discipline": true` or from the
   * `duty-discipline` disqualifier, whichever the caller has.
   */
  disciplined: boolean;
  override: Override | null;
}

export interface RecordedAssessment {
  level: LevelCode;
  reasons: Reason[];
}

export function assessRecorded(input: RecordedInput, ruleSet: RuleSet): RecordedAssessment {
  const recorded = input.recordedLevel;
  const reasons: Reason[] = [
    reason(
      'recorded-level',
      `Mức xếp loại được ghi nhận theo ${ruleSet.regulation.code} (bộ quy tắc chỉ ghi nhận kết quả, không chấm điểm): "${LEVEL_NAMES[recorded]}".`,
      ruleSet.refs.recordedLevel,
    ),
  ];
  if (!ruleSet.disciplineMeansKhtnv || !input.disciplined) return { level: recorded, reasons };

  const khtnv = `"${LEVEL_NAMES.KHTNV}"`;
  if (input.override?.granted === true) {
    reasons.push(
      reason(
        'override',
        `Bị kỷ luật trong năm nhưng cấp có thẩm quyền đã xem xét (tự phát hiện, tự báo cáo và đã khắc phục xong hậu quả), ` +
          `không xếp loại ${khtnv}. Lý do: ${withoutFinalStop(input.override.reason)}.`,
        ruleSet.refs.discipline,
      ),
    );
    return { level: recorded, reasons };
  }
  const dropped = recorded === 'KHTNV' ? '' : ` (không giữ mức được ghi nhận "${LEVEL_NAMES[recorded]}")`;
  reasons.push(reason('discipline-khtnv', `Bị kỷ luật trong năm kiểm điểm: xếp loại ${khtnv}${dropped}.`, ruleSet.refs.discipline));
  return { level: 'KHTNV', reasons };
}

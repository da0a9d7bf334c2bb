// Working days between two calendar dates, for the rule that the Mẫu 01 draft reaches the members at
// least 3 working days before the meeting (HD 43 Mục 2.1a). Saturdays and Sundays are not working days;
// public holidays are not known to the app and count as working days (the warning errs on the quiet side
// only for holiday weeks). Layer: shared.
import { compareIsoDates, formatDateVi } from '../rules/calendar';
import { addDays, dayOfWeek } from '../text/dates';

export { dayOfWeek };

/** Days of notice the draft needs (HD 43 Mục 2.1a). */
export const DRAFT_NOTICE_WORKING_DAYS = 3;


export function isWorkingDay(isoDate: string): boolean {
  const day = dayOfWeek(isoDate);
  return day !== 0 && day !== 6;
}

const nextDay = (isoDate: string): string => addDays(isoDate, 1);

/**
 * Whole working days strictly between `from` and `to`: the days the members have to read a draft sent on
 * `from` before a meeting on `to` (neither the day of sending nor the meeting day counts). 0 when `to` is
 * not after `from`.
 */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let d = nextDay(from); compareIsoDates(d, to) < 0; d = nextDay(d)) if (isWorkingDay(d)) count += 1;
  return count;
}

export interface DraftNotice {
  /** Whole working days between sending and the meeting. */
  workingDays: number;
  /** True when fewer than 3 working days (a warning, not a refusal). */
  late: boolean;
  /** True when the draft was sent after the meeting day (an error to fix). */
  afterMeeting: boolean;
  /** Vietnamese sentence for the checklist. */
  message: string;
}

/** The notice of the Mẫu 01 draft, or null until both dates are known. */
export function draftNotice(sentOn: string | null, meetingDate: string | null): DraftNotice | null {
  if (sentOn === null || meetingDate === null) return null;
  if (compareIsoDates(sentOn, meetingDate) > 0) {
    return {
      workingDays: 0,
      late: true,
      afterMeeting: true,
      message: `Ngày gửi dự thảo báo cáo Mẫu 01 (${formatDateVi(sentOn)}) sau ngày họp (${formatDateVi(meetingDate)}): hãy kiểm tra lại hai ngày này.`,
    };
  }
  const workingDays = workingDaysBetween(sentOn, meetingDate);
  const late = workingDays < DRAFT_NOTICE_WORKING_DAYS;
  const message = late
    ? `Dự thảo báo cáo Mẫu 01 gửi ngày ${formatDateVi(sentOn)}, chỉ trước ngày họp ${formatDateVi(meetingDate)} ${workingDays} ngày làm việc; ` +
      `hướng dẫn yêu cầu gửi trước ít nhất ${DRAFT_NOTICE_WORKING_DAYS} ngày làm việc (không tính thứ Bảy, Chủ nhật).`
    : `Dự thảo báo cáo Mẫu 01 gửi ngày ${formatDateVi(sentOn)}, trước ngày họp ${workingDays} ngày làm việc (đủ ${DRAFT_NOTICE_WORKING_DAYS} ngày làm việc).`;
  return { workingDays, late, afterMeeting: false, message };
}

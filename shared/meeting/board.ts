// The progress board of a review year for the Đảng ủy office (issue 4 §7): per cell, whether its meeting
// has not started, is in progress, is finalized or has been recognized, how far the wizard got, which
// deadlines of the year's plan are passed and by how many days ("trễ 3 ngày", counted from `today`, which
// the caller passes in; the deadline day itself is not late). Layer: shared.
import { compareIsoDates, formatDateVi } from '../rules/calendar';
import { daysBetween } from '../text/dates';
import { UNIT_STATE_NAMES, type DecisionUnitRow, type UnitState } from './decision';
import type { MeetingSettings } from './types';

export interface BoardMeeting {
  orgUnitId: string;
  meetingDate: string | null;
  currentIndex: number;
  totalSteps: number;
  currentTitle: string;
}

export interface BoardRow extends DecisionUnitRow {
  stateName: string;
  meetingDate: string | null;
  /** Where the wizard is, for meetings in progress. */
  progress: { index: number; total: number; title: string } | null;
  /** Passed deadlines (Vietnamese, each with the days late). */
  late: string[];
  /** Days past the latest-passed deadline that still applies to the row; 0 when not late. */
  daysLate: number;
}

export interface Board {
  year: number;
  today: string;
  deadlines: MeetingSettings['deadlines'];
  rows: BoardRow[];
  totals: Record<UnitState, number>;
  /** Deadlines of the whole commune that are passed. */
  late: string[];
}

const passed = (today: string, deadline: string | null) => deadline !== null && compareIsoDates(today, deadline) > 0;


/** "trễ 3 ngày" — days from a passed deadline to today. */
export const lateDaysText = (days: number) => `trễ ${days} ngày`;

/** Builds the board from the unit rows of the decision stage and the meetings' progress. */
export function buildBoard(year: number, today: string, deadlines: MeetingSettings['deadlines'], units: readonly DecisionUnitRow[], meetings: readonly BoardMeeting[]): Board {
  const totals: Record<UnitState, number> = { 'not-started': 0, 'in-progress': 0, finalized: 0, decided: 0 };
  const rows = units
    // Cells where nobody is reviewed (every member exempt, suspended or newly admitted) hold no meeting.
    .filter((u) => u.reviewed > 0)
    .map((u): BoardRow => {
      const m = meetings.find((x) => x.orgUnitId === u.orgUnitId);
      const late: string[] = [];
      const days: number[] = [0];
      const overdue = (what: string, deadline: string) => {
        const d = daysBetween(deadline, today);
        days.push(d);
        late.push(`Quá hạn ${what} (hạn ${formatDateVi(deadline)}): ${lateDaysText(d)}.`);
      };
      const meetingOpen = u.state === 'not-started' || u.state === 'in-progress';
      if (meetingOpen && passed(today, deadlines.meetingsTo)) overdue('họp kiểm điểm', deadlines.meetingsTo!);
      else if (meetingOpen && m?.meetingDate && deadlines.meetingsTo && compareIsoDates(m.meetingDate, deadlines.meetingsTo) > 0) {
        late.push(`Ngày họp dự kiến ${formatDateVi(m.meetingDate)} sau hạn họp kiểm điểm ${formatDateVi(deadlines.meetingsTo)}.`);
      }
      if (u.state !== 'decided' && passed(today, deadlines.decisionOn)) overdue('Đảng ủy quyết định xếp loại', deadlines.decisionOn!);
      totals[u.state] += 1;
      return {
        ...u,
        stateName: UNIT_STATE_NAMES[u.state],
        meetingDate: m?.meetingDate ?? null,
        progress: m && u.state === 'in-progress' ? { index: m.currentIndex, total: m.totalSteps, title: m.currentTitle } : null,
        late,
        daysLate: Math.max(...days),
      };
    });
  const late: string[] = [];
  if (rows.some((r) => r.state !== 'decided') && passed(today, deadlines.reportOn)) {
    late.push(`Quá hạn báo cáo cấp trên (hạn ${formatDateVi(deadlines.reportOn!)}): ${lateDaysText(daysBetween(deadlines.reportOn!, today))}.`);
  }
  return { year, today, deadlines, rows, totals, late };
}

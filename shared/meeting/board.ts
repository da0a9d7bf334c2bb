// The progress board of a review year for the Đảng ủy office (issue 4 §7): per cell, whether its meeting
// has not started, is in progress, is finalized or has been recognized, how far the wizard got, and which
// deadlines of the year's plan are passed. Layer: shared.
import { compareIsoDates, formatDateVi } from '../rules/calendar';
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
  /** Passed deadlines (Vietnamese). */
  late: string[];
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

/** Builds the board from the unit rows of the decision stage and the meetings' progress. */
export function buildBoard(year: number, today: string, deadlines: MeetingSettings['deadlines'], units: readonly DecisionUnitRow[], meetings: readonly BoardMeeting[]): Board {
  const totals: Record<UnitState, number> = { 'not-started': 0, 'in-progress': 0, finalized: 0, decided: 0 };
  const rows = units
    // Cells where nobody is reviewed (every member exempt, suspended or newly admitted) hold no meeting.
    .filter((u) => u.reviewed > 0)
    .map((u): BoardRow => {
      const m = meetings.find((x) => x.orgUnitId === u.orgUnitId);
      const late: string[] = [];
      const meetingOpen = u.state === 'not-started' || u.state === 'in-progress';
      if (meetingOpen && passed(today, deadlines.meetingsTo)) late.push(`Quá hạn họp kiểm điểm (hạn ${formatDateVi(deadlines.meetingsTo!)}).`);
      else if (meetingOpen && m?.meetingDate && deadlines.meetingsTo && compareIsoDates(m.meetingDate, deadlines.meetingsTo) > 0) {
        late.push(`Ngày họp dự kiến ${formatDateVi(m.meetingDate)} sau hạn họp kiểm điểm ${formatDateVi(deadlines.meetingsTo)}.`);
      }
      if (u.state !== 'decided' && passed(today, deadlines.decisionOn)) late.push(`Quá hạn Đảng ủy quyết định xếp loại (hạn ${formatDateVi(deadlines.decisionOn!)}).`);
      totals[u.state] += 1;
      return {
        ...u,
        stateName: UNIT_STATE_NAMES[u.state],
        meetingDate: m?.meetingDate ?? null,
        progress: m && u.state === 'in-progress' ? { index: m.currentIndex, total: m.totalSteps, title: m.currentTitle } : null,
        late,
      };
    });
  const late: string[] = [];
  if (rows.some((r) => r.state !== 'decided') && passed(today, deadlines.reportOn)) late.push(`Quá hạn báo cáo cấp trên (hạn ${formatDateVi(deadlines.reportOn!)}).`);
  return { year, today, deadlines, rows, totals, late };
}

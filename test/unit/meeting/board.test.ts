// The progress board: state per cell, progress of meetings in progress, and passed deadlines.
import { describe, expect, it } from 'vitest';
import { buildBoard } from '../../../shared/meeting/board';
import type { DecisionUnitRow } from '../../../shared/meeting/decision';

const row = (orgUnitId: string, state: DecisionUnitRow['state'], reviewed = 10): DecisionUnitRow => ({
  orgUnitId,
  name: `Chi bộ ${orgUnitId}`,
  basicOrgId: orgUnitId,
  basicOrgName: `Chi bộ ${orgUnitId}`,
  onRoll: reviewed + 1,
  reviewed,
  voters: reviewed,
  state,
  meetingId: state === 'not-started' ? null : `m-${orgUnitId}`,
});
const deadlines = { meetingsFrom: '2026-11-25', meetingsTo: '2026-12-15', decisionOn: '2026-12-25', reportOn: '2027-01-10' };
const units = [row('a', 'not-started'), row('b', 'in-progress'), row('c', 'finalized'), row('d', 'decided'), row('e', 'not-started', 0)];
const meetings = [
  { orgUnitId: 'b', meetingDate: '2026-12-18', currentIndex: 5, totalSteps: 20, currentTitle: 'Kiểm điểm đảng viên: Nguyễn Văn An' },
  { orgUnitId: 'c', meetingDate: '2026-12-10', currentIndex: 20, totalSteps: 20, currentTitle: 'Hoàn tất hội nghị' },
];

describe('buildBoard', () => {
  it('shows nothing late before the deadlines, but a meeting planned after the window', () => {
    const board = buildBoard(2026, '2026-12-10', deadlines, units, meetings);
    expect(board.rows.map((r) => [r.orgUnitId, r.stateName, r.late])).toEqual([
      ['a', 'Chưa họp', []],
      ['b', 'Đang họp', ['Ngày họp dự kiến 18/12/2026 sau hạn họp kiểm điểm 15/12/2026.']],
      ['c', 'Đã hoàn tất hội nghị', []],
      ['d', 'Đảng ủy đã công nhận', []],
    ]);
    expect(board.rows[1]!.progress).toEqual({ index: 5, total: 20, title: 'Kiểm điểm đảng viên: Nguyễn Văn An' });
    expect(board.totals).toEqual({ 'not-started': 1, 'in-progress': 1, finalized: 1, decided: 1 });
  });

  it('lists passed deadlines per cell and for the commune', () => {
    const board = buildBoard(2027, '2027-01-11', deadlines, units, meetings);
    expect(board.rows.find((r) => r.orgUnitId === 'a')!.late).toEqual([
      'Quá hạn họp kiểm điểm (hạn 15/12/2026): trễ 27 ngày.',
      'Quá hạn Đảng ủy quyết định xếp loại (hạn 25/12/2026): trễ 17 ngày.',
    ]);
    expect(board.rows.find((r) => r.orgUnitId === 'a')!.daysLate).toBe(27);
    expect(board.rows.find((r) => r.orgUnitId === 'c')!.late).toEqual(['Quá hạn Đảng ủy quyết định xếp loại (hạn 25/12/2026): trễ 17 ngày.']);
    expect(board.rows.find((r) => r.orgUnitId === 'c')!.daysLate).toBe(17);
    expect(board.rows.find((r) => r.orgUnitId === 'd')!.late).toEqual([]);
    expect(board.rows.find((r) => r.orgUnitId === 'd')!.daysLate).toBe(0);
    expect(board.late).toEqual(['Quá hạn báo cáo cấp trên (hạn 10/01/2027): trễ 1 ngày.']);
  });

  it('counts days late from the injected today: the deadline day itself is not late, the day after is 1 day late', () => {
    const onDeadline = buildBoard(2026, '2026-12-15', deadlines, units, meetings);
    expect(onDeadline.rows.find((r) => r.orgUnitId === 'a')).toMatchObject({ late: [], daysLate: 0 });
    const dayAfter = buildBoard(2026, '2026-12-16', deadlines, units, meetings);
    expect(dayAfter.rows.find((r) => r.orgUnitId === 'a')).toMatchObject({ late: ['Quá hạn họp kiểm điểm (hạn 15/12/2026): trễ 1 ngày.'], daysLate: 1 });
    // A finalized meeting is not late for the meeting deadline, only for the decision deadline.
    expect(dayAfter.rows.find((r) => r.orgUnitId === 'c')).toMatchObject({ late: [], daysLate: 0 });
    // Across the turn of the year and a leap day the count stays in calendar days.
    const leap = buildBoard(2027, '2028-03-01', { ...deadlines, meetingsTo: '2028-02-28' }, units, meetings);
    expect(leap.rows.find((r) => r.orgUnitId === 'a')!.late[0]).toBe('Quá hạn họp kiểm điểm (hạn 28/02/2028): trễ 2 ngày.');
  });

  it('has no deadlines to miss before the plan is entered', () => {
    const none = { meetingsFrom: null, meetingsTo: null, decisionOn: null, reportOn: null };
    expect(buildBoard(2026, '2027-03-01', none, units, meetings).rows.every((r) => r.late.length === 0)).toBe(true);
  });
});

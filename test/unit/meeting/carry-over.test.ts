// Carry-over of shortcomings: which earlier items a meeting lists in section III, and the engine's
// previousShortcomings computed from this meeting's assessment of them.
import { describe, expect, it } from 'vitest';
import { previousShortcomings, selectCarryOver, type ShortcomingHistory } from '../../../shared/meeting/carry-over';

const item = (id: string, fromYear: number, memberId: string | null, followups: ShortcomingHistory['followups'] = [], orgUnitId = 'cell'): ShortcomingHistory => ({
  shortcomingId: id,
  fromYear,
  memberId,
  orgUnitId,
  content: `Hạn chế ${id}`,
  measure: null,
  followups,
});
const f = (meetingId: string, year: number, status: 'fixed' | 'in-progress' | 'not-fixed' | null) => ({ meetingId, year, status, extent: null, obstacles: null, responsibility: null });

describe('selectCarryOver', () => {
  const target = { meetingId: 'm2027', year: 2027, orgUnitId: 'cell', memberIds: ['lan', 'tuan'] };

  it('lists the collective’s and the members’ items of earlier years, with this meeting’s status', () => {
    const items = selectCarryOver(
      [item('c1', 2026, null), item('l1', 2026, 'lan', [f('m2027', 2027, 'fixed')]), item('x1', 2026, 'other'), item('o1', 2026, null, [], 'other-cell'), item('same-year', 2027, 'lan')],
      target,
    );
    expect(items.map((i) => [i.shortcomingId, i.status])).toEqual([
      ['c1', null],
      ['l1', 'fixed'],
    ]);
  });

  it('keeps listing an item until a meeting found it fixed, then drops it the year after', () => {
    const history = [
      item('old-open', 2025, 'tuan', [f('m2026', 2026, 'in-progress')]),
      item('old-fixed', 2025, 'tuan', [f('m2026', 2026, 'fixed')]),
      item('never-assessed', 2024, 'lan'),
    ];
    expect(selectCarryOver(history, target).map((i) => i.shortcomingId)).toEqual(['never-assessed', 'old-open']);
  });

  it('follows a member who moved to another cell (items are the member’s, not the cell’s)', () => {
    const items = selectCarryOver([item('moved', 2026, 'lan', [], 'old-cell')], target);
    expect(items.map((i) => i.shortcomingId)).toEqual(['moved']);
  });
});

describe('previousShortcomings', () => {
  it('counts the listed items and those found fixed (HTXS needs all fixed)', () => {
    const items = selectCarryOver([item('a', 2026, 'lan', [f('m2027', 2027, 'fixed')]), item('b', 2026, 'lan', [f('m2027', 2027, 'in-progress')]), item('c', 2026, 'lan')], {
      meetingId: 'm2027',
      year: 2027,
      orgUnitId: 'cell',
      memberIds: ['lan'],
    });
    expect(previousShortcomings(items)).toEqual({ total: 3, fixed: 1 });
    expect(previousShortcomings([])).toEqual({ total: 0, fixed: 0 });
  });
});

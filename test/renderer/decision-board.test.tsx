// "Tiến độ" through the real UI and a real core: the demo chi bộ whose meeting has ended and a chi bộ
// that has not met, the year's deadlines, totals, and the "Trễ hạn" mark with the days late once the
// meeting deadline has passed (the clock is injected into the core). Layer: test.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { DEMO_CELL_NAME, DEMO_NOW } from '../support/meeting-fixture';
import { renderApp } from './journeys';
import { decisionWorld, openDecisionPage, WEST, type DecisionWorld } from './decision-support';

let w: DecisionWorld;
afterEach(() => w.tc.cleanup());

const rowOf = (name: string) => screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;

describe('progress board (Tiến độ)', () => {
  it('shows the finalized cell, the cell that has not met and how many days it is late', async () => {
    w = await decisionWorld({ west: true });
    const { user } = renderApp(w.tc.client);
    await openDecisionPage(user);
    await screen.findByRole('heading', { name: 'Tiến độ kiểm điểm năm 2026', level: 2 });
    expect(screen.getByText(/^Mỗi chi bộ một dòng/)).toBeTruthy();

    const east = rowOf(DEMO_CELL_NAME);
    expect(within(east).getByText('Đã kết thúc hội nghị')).toBeTruthy();
    expect(within(east).getByText('08/12/2026')).toBeTruthy();
    expect(within(east).getByText('Đúng hạn')).toBeTruthy();
    expect(east.className).not.toContain('late');

    const west = rowOf(WEST);
    expect(within(west).getByText('Chưa họp')).toBeTruthy();
    expect(within(west).getByText('Trễ hạn 5 ngày')).toBeTruthy();
    expect(within(west).getByText('Quá hạn họp kiểm điểm (hạn 15/12/2026): trễ 5 ngày.')).toBeTruthy();

    const deadlines = screen.getByRole('list', { name: 'Các mốc thời gian của năm' });
    expect(deadlines.textContent).toContain('Hạn họp kiểm điểm: 15/12/2026 (đã qua)');
    expect(deadlines.textContent).toContain('Hạn Đảng ủy quyết định: 25/12/2026');
    expect(deadlines.textContent).not.toContain('25/12/2026 (đã qua)');

    const totals = within(screen.getByRole('list', { name: 'Tổng số chi bộ theo tình trạng' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(totals).toEqual(['1 Chưa họp', '0 Đang họp', '1 Đã kết thúc hội nghị', '0 Đã quyết định', '1 Trễ hạn']);
  });

  it('shows a meeting in progress with its step, and nothing late before the deadline', async () => {
    w = await decisionWorld({ west: true, now: DEMO_NOW });
    await w.tc.client.call('meeting.create', { year: 2026, orgUnitId: w.westId! });
    const { user } = renderApp(w.tc.client);
    await openDecisionPage(user);
    await screen.findByRole('heading', { name: 'Tiến độ kiểm điểm năm 2026', level: 2 });
    const west = rowOf(WEST);
    expect(within(west).getByText('Đang họp — bước 1/9: Chuẩn bị hội nghị')).toBeTruthy();
    expect(within(west).getByText('Đúng hạn')).toBeTruthy();
    expect(screen.queryByText(/^Trễ hạn \d+ ngày$/)).toBeNull();
  });
});

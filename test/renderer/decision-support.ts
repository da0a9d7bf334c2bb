// Shared steps of the Đảng ủy decision UI tests: a real core with the demo chi bộ's finalized meeting
// (meeting-fixture), a second cell that has not met, opening "Đảng ủy quyết định" and one of its parts.
// Layer: test.
import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import { runDemoMeeting, seedDemoCell, type DemoCell } from '../support/meeting-fixture';
import type { User } from './journeys';

/** After the meeting window (15/12) and before the decision deadline (25/12). */
export const afterMeetings2026 = () => new Date('2026-12-20T09:00:00+07:00');

export const WEST = 'Chi bộ thôn Tây';

export interface DecisionWorld {
  tc: TempCore;
  cell: DemoCell;
  westId: string | null;
}

/** A core with the demo cell's finalized 2026 meeting (the Đảng ủy's term in the register unless told not) and, when asked, a cell that has not met. */
export async function decisionWorld(options: { now?: () => Date; west?: boolean; communeTerm?: boolean } = {}): Promise<DecisionWorld> {
  const tc = openTempCore({ now: options.now ?? afterMeetings2026 });
  const cell = await seedDemoCell(tc.client, { communeTerm: options.communeTerm });
  await runDemoMeeting(cell);
  let westId: string | null = null;
  if (options.west) {
    const west = unwrap(await tc.client.call('org.create', { parentId: cell.rootId, kind: 'basic-cell', type: 'village', name: WEST }));
    westId = west.id;
    unwrap(
      await tc.client.call('member.create', {
        fullName: 'Cao Văn Tây',
        gender: 'male',
        birthDate: '1970-01-01',
        admittedOn: '1995-01-01',
        confirmedOn: '1996-01-01',
        orgUnitId: west.id,
        category: 'outside',
        partyRole: 'secretary',
        status: 'official',
      }),
    );
  }
  return { tc, cell, westId };
}

/** Decides the rule gap and lowers the excess HTXS through the API, then locks the commune's decision. */
export async function decideAndLock(w: DecisionWorld, decisionNo = '15-QĐ/ĐU') {
  const c = w.tc.client;
  unwrap(await c.call('decision.setLevel', { year: 2026, memberId: w.cell.ids.hoa!, level: 'HTNV' }));
  unwrap(await c.call('decision.setLevel', { year: 2026, memberId: w.cell.ids.ha!, level: 'HTT', reason: 'Vượt tỷ lệ 20%' }));
  return unwrap(await c.call('decision.lock', { year: 2026, scope: 'commune', decisionNo, decidedOn: '2026-12-22' }));
}

/** Replaces the prefilled decision number (the register's next one) with the number typed. */
export async function typeDecisionNo(user: User, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
}

export type DecisionPart = 'Tiến độ' | 'Thẩm định và quyết định' | 'Xếp loại lại (Mẫu 03)';

export async function openDecisionPage(user: User, part: DecisionPart = 'Tiến độ') {
  await screen.findByRole('heading', { name: 'Tổng quan', level: 1 });
  const nav = screen.getByRole('navigation', { name: 'Chức năng chính' });
  await user.click(within(nav).getByRole('button', { name: 'Đảng ủy quyết định' }));
  await screen.findByRole('heading', { name: 'Đảng ủy quyết định', level: 1 });
  const tab = await screen.findByRole('tab', { name: part });
  if (tab.getAttribute('aria-selected') !== 'true') await user.click(tab);
  await waitFor(() => expect(screen.getByRole('tab', { name: part }).getAttribute('aria-selected')).toBe('true'));
}

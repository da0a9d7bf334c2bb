// Shared steps of the meeting wizard UI tests (Hội nghị kiểm điểm): a real core on a temporary database
// with the demo chi bộ of 15 members (test/support/meeting-fixture.ts), opening the page, starting or
// continuing the meeting, and reading the step on screen. Layer: test.
import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { DEMO_CELL_NAME, DEMO_NOW, seedDemoCell, type DemoCell } from '../support/meeting-fixture';
import { openTempCore, type TempCore } from '../support/temp-core';
import type { User } from './journeys';

export async function demoCore(dir?: string): Promise<{ tc: TempCore; cell: DemoCell }> {
  const tc = openTempCore({ now: DEMO_NOW }, dir);
  const cell = await seedDemoCell(tc.client);
  return { tc, cell };
}

export async function openMeetingPage(user: User) {
  await screen.findByRole('heading', { name: 'Tổng quan', level: 1 });
  const nav = screen.getByRole('navigation', { name: 'Chức năng chính' });
  await user.click(within(nav).getByRole('button', { name: 'Hội nghị kiểm điểm' }));
  await screen.findByRole('heading', { name: 'Hội nghị kiểm điểm', level: 1 });
}

/** "Bắt đầu hội nghị" or "Tiếp tục" / "Xem hội nghị" on the cell's row; waits for the wizard. */
export async function enterMeeting(user: User, action: 'Bắt đầu hội nghị kiểm điểm' | 'Tiếp tục hội nghị' | 'Xem hội nghị') {
  await user.click(await screen.findByRole('button', { name: `${action} — ${DEMO_CELL_NAME}` }));
  await screen.findByRole('heading', { level: 1, name: new RegExp(`^Hội nghị kiểm điểm năm \\d{4} — ${DEMO_CELL_NAME}$`) });
}

/** The step's title ("Bước 3 / 22 — …"). */
export async function stepShown(pattern: RegExp | string) {
  const name = typeof pattern === 'string' ? new RegExp(`^Bước \\d+ / \\d+ — ${pattern}`) : pattern;
  return screen.findByRole('heading', { level: 2, name });
}

export function problems(): string[] {
  const region = screen.queryByRole('region', { name: 'Còn thiếu trước khi sang bước sau' });
  return region ? within(region).getAllByRole('listitem').map((li) => li.textContent ?? '') : [];
}

export function warnings(): string[] {
  const region = screen.queryByRole('region', { name: 'Lưu ý' });
  return region ? within(region).getAllByRole('listitem').map((li) => li.textContent ?? '') : [];
}

/** Waits until every pending save is done and the status says "Đã lưu lúc hh:mm". */
export async function saved() {
  await waitFor(() => expect(document.querySelector('.mtg-save')?.textContent).toMatch(/^Đã lưu lúc \d\d:\d\d$/), { timeout: 5000 });
}

// Shared steps of the review-year UI tests (Đợt kiểm điểm): open the page, open a part of a year, read
// the message shown under a field, and a fixed clock before the review date. Layer: test.
import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import type { User } from './journeys';

/** "Today" while the office prepares the 2026 round (before the review date 01/12/2026). */
export const beforeReview2026 = () => new Date('2026-11-21T09:00:00+07:00');

export async function openReviewPage(user: User) {
  await screen.findByRole('heading', { name: 'Tổng quan', level: 1 });
  const nav = screen.getByRole('navigation', { name: 'Chức năng chính' });
  await user.click(within(nav).getByRole('button', { name: 'Đợt kiểm điểm' }));
  await screen.findByRole('heading', { name: 'Đợt kiểm điểm', level: 1 });
}

/** Waits for the year's heading ("Đợt kiểm điểm năm 2026"). */
export async function yearShown(year: number) {
  await screen.findByRole('heading', { name: `Đợt kiểm điểm năm ${year}`, level: 2 });
}

export type Part = 'Cài đặt đợt kiểm điểm' | 'Tiêu chí chấm điểm' | 'Danh sách kiểm điểm';

export async function openPart(user: User, part: Part) {
  await user.click(screen.getByRole('tab', { name: new RegExp(`^${part}`) }));
  await waitFor(() => expect(screen.getByRole('tab', { name: new RegExp(`^${part}`) }).getAttribute('aria-selected')).toBe('true'));
}

/** The error text linked to a control by aria-describedby (what a screen reader reads with the field). */
export function errorOf(control: HTMLElement): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** Replaces the text of an input or textarea. */
export async function retype(user: User, control: HTMLElement, value: string) {
  await user.clear(control);
  if (value !== '') await user.type(control, value);
}

// Shared steps of the print page UI tests: a real core on a generated demo commune with the 2026
// review year, and opening "In biểu mẫu". Layer: test.
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { openDatabase } from '../../db/open';
import { generateDemoCommune } from '../../electron/core/demo/generate-demo';
import { openTempCore, tempDir, unwrap, type TempCore } from '../support/temp-core';
import type { OrgUnit } from '../../shared/domain/org-unit';
import type { User } from './journeys';

export const printNow = () => new Date('2026-11-21T09:00:00+07:00');

export async function demoPrintCore(members = 60, cells = 10, shell: 'electron' | 'browser' | 'test' = 'test'): Promise<{ tc: TempCore; cell: OrgUnit; units: OrgUnit[] }> {
  const dir = tempDir('kiemdiem-print-ui-');
  const db = openDatabase(join(dir, 'kiemdiem.sqlite'));
  generateDemoCommune(db, { members, cells, seed: 11, year: 2026, now: new Date('2026-11-21T00:00:00Z') });
  db.close();
  const tc = openTempCore({ now: printNow, shell }, dir);
  if (!unwrap(await tc.client.call('year.list', {})).some((y) => y.year === 2026)) unwrap(await tc.client.call('year.create', { year: 2026 }));
  const units = unwrap(await tc.client.call('org.list', {}));
  const rows = unwrap(await tc.client.call('member.list', { includeInactive: false }));
  const cell = units.find((u) => u.kind !== 'commune' && !u.closedOn && rows.filter((r) => r.orgUnitId === u.id).length >= 3)!;
  return { tc, cell, units };
}

export async function openPrintPage(user: User) {
  await screen.findByRole('heading', { name: 'Tổng quan', level: 1 });
  const nav = screen.getByRole('navigation', { name: 'Chức năng chính' });
  await user.click(within(nav).getByRole('button', { name: 'In biểu mẫu' }));
  await screen.findByRole('heading', { name: 'In biểu mẫu', level: 1 });
  await screen.findByLabelText('Biểu mẫu');
}

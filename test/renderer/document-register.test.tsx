// "Sổ văn bản" through the real UI and a real core: the issuing body's committee term entered (a bad or
// repeated date refused in Vietnamese with nothing saved), the numbers per type listed with the next
// one, and voiding a number with a written reason — the voided number stays in the list, marked, and
// is never given again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { openTempCore, sampleCommune, unwrap, type TempCore } from '../support/temp-core';
import { renderApp, type User } from './journeys';

let tc: TempCore;
let communeOrgId: string;

beforeEach(async () => {
  tc = openTempCore({ now: () => new Date('2026-11-21T09:00:00+07:00') });
  unwrap(await tc.client.call('commune.setup', sampleCommune));
  communeOrgId = unwrap(await tc.client.call('org.list', {})).find((u) => u.kind === 'commune')!.id;
  unwrap(await tc.client.call('org.create', { parentId: communeOrgId, kind: 'basic-cell', type: 'village', name: 'Chi bộ thôn Đông' }));
});
afterEach(() => tc.cleanup());

async function openRegister(user: User) {
  await screen.findByRole('heading', { name: 'Tổng quan', level: 1 });
  await user.click(within(screen.getByRole('navigation', { name: 'Chức năng chính' })).getByRole('button', { name: 'Sổ văn bản' }));
  await screen.findByRole('heading', { name: 'Sổ văn bản', level: 1 });
}

async function goTo(user: User, page: string) {
  await user.click(within(screen.getByRole('navigation', { name: 'Chức năng chính' })).getByRole('button', { name: page }));
  await screen.findByRole('heading', { name: page, level: 1 });
}

describe('Sổ văn bản', () => {
  it('records the committee term, refusing a bad or repeated date with nothing saved', async () => {
    const { user } = renderApp(tc.client);
    await openRegister(user);
    expect((screen.getByLabelText('Cơ quan ban hành') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Đảng ủy xã Xuân Hòa');
    expect(await screen.findByText(/^Chưa có nhiệm kỳ: số văn bản được đánh liên tục/)).toBeTruthy();

    // Nothing typed: the date is asked for.
    await user.click(screen.getByRole('button', { name: 'Lưu nhiệm kỳ' }));
    expect(screen.getByText('Hãy nhập ngày bắt đầu nhiệm kỳ (ngày đại hội), ví dụ 20/05/2025.')).toBeTruthy();
    // Not a date: the core refuses it next to the field.
    await user.type(screen.getByLabelText(/^Ngày bắt đầu nhiệm kỳ/), '31/02/2025');
    await user.click(screen.getByRole('button', { name: 'Lưu nhiệm kỳ' }));
    await waitFor(() => expect(screen.getByLabelText(/^Ngày bắt đầu nhiệm kỳ/).getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('doc-term-startsOn-error')?.textContent).toMatch(/Ngày bắt đầu nhiệm kỳ/);
    expect(unwrap(await tc.client.call('documents.terms', { orgUnitId: communeOrgId }))).toEqual([]);

    const date = screen.getByLabelText(/^Ngày bắt đầu nhiệm kỳ/);
    await user.clear(date);
    await user.type(date, '01/07/2025');
    await user.type(screen.getByLabelText('Tên nhiệm kỳ'), 'Nhiệm kỳ 2025–2030');
    await user.click(screen.getByRole('button', { name: 'Lưu nhiệm kỳ' }));
    const terms = await screen.findByRole('list', { name: 'Các nhiệm kỳ đã ghi' });
    expect(terms.textContent).toContain('Nhiệm kỳ 2025–2030 — bắt đầu ngày 01/07/2025 (nhiệm kỳ hiện tại)');

    // The same date again is refused.
    await user.type(screen.getByLabelText(/^Ngày bắt đầu nhiệm kỳ/), '01/07/2025');
    await user.click(screen.getByRole('button', { name: 'Lưu nhiệm kỳ' }));
    expect(await screen.findByText(/đã có nhiệm kỳ bắt đầu ngày 01\/07\/2025\.$/)).toBeTruthy();
    expect(unwrap(await tc.client.call('documents.terms', { orgUnitId: communeOrgId }))).toHaveLength(1);
  });

  it('lists the numbers per type with the next one, and voids a number with a reason: it stays, marked, never given again', async () => {
    unwrap(await tc.client.call('documents.setTerm', { orgUnitId: communeOrgId, startsOn: '2025-07-01', label: 'Nhiệm kỳ 2025–2030' }));
    for (const [typeCode, issuedOn, title] of [
      ['QĐ', '2025-08-01', 'Quyết định chuẩn y kết quả bầu cử chi ủy'],
      ['QĐ', '2026-01-05', 'Quyết định công nhận kết quả đánh giá, xếp loại năm 2025'],
      ['BC', '2026-01-10', 'Báo cáo tổng hợp kết quả kiểm điểm năm 2025'],
    ] as const) {
      unwrap(await tc.client.call('documents.issue', { orgUnitId: communeOrgId, typeCode, issuedOn, title }));
    }
    const { user } = renderApp(tc.client);
    await openRegister(user);

    const qd = await screen.findByRole('table', { name: /^Quyết định \(QĐ\)/ });
    // Across the calendar year the numbers continue: 01 in 2025, 02 in 2026.
    expect(within(qd).getByRole('caption').textContent).toBe('Quyết định (QĐ) — 2 số đã cấp; số tiếp theo: Số 03-QĐ/ĐU');
    const rows = within(qd).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').slice(0, 5).map((c) => c.textContent))).toEqual([
      ['1', '01-QĐ/ĐU', '01/08/2025', 'Quyết định chuẩn y kết quả bầu cử chi ủy', 'Đảng ủy xã Xuân Hòa'],
      ['2', '02-QĐ/ĐU', '05/01/2026', 'Quyết định công nhận kết quả đánh giá, xếp loại năm 2025', 'Đảng ủy xã Xuân Hòa'],
    ]);
    expect(screen.getByRole('table', { name: /^Báo cáo \(BC\)/ })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Loại văn bản'), 'BC');
    expect(screen.queryByRole('table', { name: /^Quyết định/ })).toBeNull();
    await user.selectOptions(screen.getByLabelText('Loại văn bản'), '');

    // Void 02 without a reason: refused; with one: kept in the list, marked, with the reason.
    await user.click(screen.getByRole('button', { name: 'Hủy Số 02-QĐ/ĐU' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hủy Số 02-QĐ/ĐU' });
    await user.click(within(dialog).getByRole('button', { name: 'Hủy số này' }));
    expect(within(dialog).getByText('Hãy ghi lý do hủy số văn bản.')).toBeTruthy();
    expect(unwrap(await tc.client.call('documents.list', { orgUnitId: communeOrgId })).every((d) => d.voidedOn === null)).toBe(true);
    await user.type(within(dialog).getByLabelText(/^Lý do hủy/), 'Ghi nhầm năm trong trích yếu');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy số này' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const after = screen.getByRole('table', { name: /^Quyết định \(QĐ\)/ });
    const voided = within(after).getAllByRole('row')[2]!;
    expect(voided.className).toBe('documents-voided');
    expect(voided.textContent).toContain('Đã hủy ngày 21/11/2026 — Lý do: Ghi nhầm năm trong trích yếu');
    expect(within(voided).queryByRole('button')).toBeNull();
    expect(within(after).getByRole('caption').textContent).toContain('số tiếp theo: Số 03-QĐ/ĐU');

    // The next decision gets 03, not the voided 02; the list shows it after a visit elsewhere.
    expect(unwrap(await tc.client.call('documents.issue', { orgUnitId: communeOrgId, typeCode: 'QĐ', issuedOn: '2026-11-21', title: 'Quyết định mới' })).number).toBe(3);
    await goTo(user, 'Tổng quan');
    await goTo(user, 'Sổ văn bản');
    await waitFor(() => expect(within(screen.getByRole('table', { name: /^Quyết định \(QĐ\)/ })).getAllByRole('row')).toHaveLength(4));

    // Another body has its own register: the chi bộ has no term yet.
    const cell = unwrap(await tc.client.call('org.list', {})).find((u) => u.kind === 'basic-cell')!;
    await user.selectOptions(screen.getByLabelText('Cơ quan ban hành'), cell.id);
    expect(await screen.findByText(/^Chưa có nhiệm kỳ: /)).toBeTruthy();
    expect(screen.getByText('Chưa cấp số văn bản nào trong nhiệm kỳ này.')).toBeTruthy();
  });
});

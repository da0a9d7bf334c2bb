// The decision number of the lock panel and of the re-rating form comes from the Sổ văn bản: prefilled
// with the Đảng ủy's next QĐ number ("Số sẽ cấp: 16-QĐ/ĐU") and issued with the decision; a number
// already used is refused next to the field and nothing is locked; a lower unused number asks for a
// confirmation; without a committee term the panel says so with a button to the Sổ văn bản. Real UI,
// real core. Layer: test.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { unwrap } from '../support/temp-core';
import { renderApp } from './journeys';
import { decideAndLock, decisionWorld, openDecisionPage, typeDecisionNo, type DecisionWorld } from './decision-support';
import { errorOf } from './review-support';

let w: DecisionWorld;
afterEach(() => w.tc.cleanup());

const lockPanel = () => document.querySelector<HTMLElement>('section.lock-panel')!;
const numberBox = () => within(lockPanel()).getByLabelText(/^Số quyết định/) as HTMLInputElement;

/** The Đảng ủy already numbered 15 decisions this term (the last typed in from paper). */
async function fifteenIssued() {
  unwrap(await w.tc.client.call('documents.issue', { orgUnitId: w.cell.rootId, typeCode: 'QĐ', issuedOn: '2026-11-02', title: 'Quyết định chuẩn y kết quả bầu cử', number: 15 }));
}
async function decideBoth() {
  unwrap(await w.tc.client.call('decision.setLevel', { year: 2026, memberId: w.cell.ids.hoa!, level: 'HTNV' }));
  unwrap(await w.tc.client.call('decision.setLevel', { year: 2026, memberId: w.cell.ids.ha!, level: 'HTT', reason: 'Vượt tỷ lệ 20%' }));
}
const nextQd = async () => unwrap(await w.tc.client.call('documents.nextNumber', { orgUnitId: w.cell.rootId, typeCode: 'QĐ', issuedOn: '2026-12-22' })).number;
const recognitions = async () => unwrap(await w.tc.client.call('decision.get', { year: 2026 })).recognitions;

describe('the lock panel takes the number from the Sổ văn bản', () => {
  it('prefills the next QĐ number of the Đảng ủy and issues it with the lock', async () => {
    w = await decisionWorld();
    await fifteenIssued();
    await decideBoth();
    const { user } = renderApp(w.tc.client);
    await openDecisionPage(user, 'Thẩm định và quyết định');
    await waitFor(() => expect(numberBox().value).toBe('16-QĐ/ĐU'));
    expect(within(lockPanel()).getByRole('status').textContent).toBe('Số sẽ cấp: 16-QĐ/ĐU (số tiếp theo trong Sổ văn bản là 16)');
    await user.type(within(lockPanel()).getByLabelText(/^Ngày quyết định/), '22/12/2026');
    await user.click(within(lockPanel()).getByRole('button', { name: 'Khóa quyết định công nhận' }));
    await screen.findByRole('article', { name: 'Quyết định số 16-QĐ/ĐU ngày 22/12/2026' });
    expect(await nextQd()).toBe(17);
    const issued = unwrap(await w.tc.client.call('documents.list', { orgUnitId: w.cell.rootId, typeCode: 'QĐ' })).find((d) => d.number === 16)!;
    expect(issued.title).toBe('Quyết định công nhận kết quả đánh giá, xếp loại chất lượng năm 2026 của Đảng bộ xã Xuân Hòa');
    // The Sổ văn bản lists it with the Đảng ủy's other decisions.
    await user.click(within(screen.getByRole('navigation', { name: 'Chức năng chính' })).getByRole('button', { name: 'Sổ văn bản' }));
    await screen.findByRole('heading', { name: 'Sổ văn bản', level: 1 });
    const table = await screen.findByRole('table', { name: /^Quyết định \(QĐ\) — 2 số đã cấp; số tiếp theo: Số 17-QĐ\/ĐU$/ });
    const row = within(table).getByRole('cell', { name: '16-QĐ/ĐU' }).closest('tr')!;
    expect(row.textContent).toContain('Quyết định công nhận kết quả đánh giá, xếp loại chất lượng năm 2026 của Đảng bộ xã Xuân Hòa');
  });

  it('refuses a number already used next to the field, and locks nothing', async () => {
    w = await decisionWorld();
    await fifteenIssued();
    await decideBoth();
    const { user } = renderApp(w.tc.client);
    await openDecisionPage(user, 'Thẩm định và quyết định');
    await waitFor(() => expect(numberBox().value).toBe('16-QĐ/ĐU'));
    await typeDecisionNo(user, numberBox(), '15-QĐ/ĐU');
    // What will be issued follows what is typed.
    expect(within(lockPanel()).getByRole('status').textContent).toContain('Số sẽ cấp: 15-QĐ/ĐU');
    await user.type(within(lockPanel()).getByLabelText(/^Ngày quyết định/), '22/12/2026');
    await user.click(within(lockPanel()).getByRole('button', { name: 'Khóa quyết định công nhận' }));
    await waitFor(() => expect(errorOf(numberBox())).toContain('Số 15 của loại quyết định đã cấp ngày 02/11/2026'));
    expect(document.activeElement).toBe(numberBox());
    expect(await recognitions()).toEqual([]);
    expect(await nextQd()).toBe(16);
  });

  it('asks before issuing a lower number never used, then locks with it', async () => {
    w = await decisionWorld();
    await fifteenIssued();
    await decideBoth();
    const { user } = renderApp(w.tc.client);
    await openDecisionPage(user, 'Thẩm định và quyết định');
    await waitFor(() => expect(numberBox().value).toBe('16-QĐ/ĐU'));
    await typeDecisionNo(user, numberBox(), '9');
    await user.type(within(lockPanel()).getByLabelText(/^Ngày quyết định/), '22/12/2026');
    await user.click(within(lockPanel()).getByRole('button', { name: 'Khóa quyết định công nhận' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cấp số 09?' });
    expect(dialog.textContent).toContain('Số 09 nhỏ hơn số tiếp theo trong Sổ văn bản (16) và chưa được cấp cho văn bản nào.');
    expect(await recognitions()).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Cấp số 09' }));
    await screen.findByRole('article', { name: 'Quyết định số 09-QĐ/ĐU ngày 22/12/2026' });
    expect(await nextQd()).toBe(16);
  });

  it('without a term of the Đảng ủy: says so and opens the Sổ văn bản', async () => {
    w = await decisionWorld({ communeTerm: false });
    const { user } = renderApp(w.tc.client);
    await openDecisionPage(user, 'Thẩm định và quyết định');
    const alert = await within(lockPanel()).findByRole('alert');
    expect(alert.textContent).toMatch(/^Chưa có ngày bắt đầu nhiệm kỳ của Đảng bộ xã Xuân Hòa .+ Số quyết định của Đảng ủy được cấp trong Sổ văn bản\.$/);
    await user.click(within(lockPanel()).getByRole('button', { name: 'Mở Sổ văn bản để nhập nhiệm kỳ' }));
    await screen.findByRole('heading', { name: 'Sổ văn bản', level: 1 });
  });
});

describe('the re-rating form takes the number from the Sổ văn bản', () => {
  it('prefills the next number after the lock’s and issues it with the re-rating', async () => {
    w = await decisionWorld();
    await decideAndLock(w, '15-QĐ/ĐU');
    const { user } = renderApp(w.tc.client);
    await openDecisionPage(user, 'Xếp loại lại (Mẫu 03)');
    const subject = await screen.findByLabelText(/^Đảng viên hoặc chi bộ/);
    const box = screen.getByLabelText(/^Số quyết định/) as HTMLInputElement;
    await waitFor(() => expect(box.value).toBe('16-QĐ/ĐU'));
    await user.selectOptions(subject, within(subject).getByRole('option', { name: /^Mai Văn Sơn/ }));
    await user.selectOptions(screen.getByLabelText(/^Mức xếp loại lại/), 'HTNV');
    await user.type(screen.getByLabelText(/^Lý do xếp loại lại/), 'Phát hiện vi phạm sau khi công nhận');
    await user.type(screen.getByLabelText(/^Ngày quyết định/), '28/12/2026');
    await user.click(screen.getByRole('button', { name: 'Lưu quyết định xếp loại lại' }));
    await screen.findByText(/^Đã xếp loại lại đồng chí Mai Văn Sơn: .+ \(Quyết định số 16-QĐ\/ĐU\)\.$/);
    // The form is ready for the next decision, with the next number.
    await waitFor(() => expect(box.value).toBe('17-QĐ/ĐU'));
    expect(await nextQd()).toBe(17);
  });
});

// "Xếp loại lại (Mẫu 03)" through the real UI and a real core, after the demo chi bộ's results were
// recognized: without a reason the core refuses next to the field; with one the re-rating is listed and
// the subject's audit log shows the change with its reason and decision. Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { unwrap } from '../support/temp-core';
import { renderApp } from './journeys';
import { decideAndLock, decisionWorld, openDecisionPage, type DecisionWorld, typeDecisionNo } from './decision-support';
import { errorOf } from './review-support';

let w: DecisionWorld;
beforeEach(async () => {
  w = await decisionWorld();
});
afterEach(() => w.tc.cleanup());

describe('re-rating (Mẫu 03)', () => {
  it('says so when nothing is recognized yet', async () => {
    const { user } = renderApp(w.tc.client);
    await openDecisionPage(user, 'Xếp loại lại (Mẫu 03)');
    await screen.findByText(/^Năm 2026 chưa có kết quả nào được công nhận/);
  });

  it('refuses a re-rating without a reason, records one with a reason, and shows the audit log', async () => {
    await decideAndLock(w);
    const { user } = renderApp(w.tc.client);
    await openDecisionPage(user, 'Xếp loại lại (Mẫu 03)');
    const subject = await screen.findByLabelText(/^Đảng viên hoặc chi bộ/);
    const son = within(subject).getByRole('option', { name: /^Mai Văn Sơn/ }) as HTMLOptionElement;
    expect(son.textContent).toBe('Mai Văn Sơn — Chi bộ thôn Đông Hòa (hiện: Hoàn thành tốt nhiệm vụ)');
    await user.selectOptions(subject, son);
    await user.selectOptions(screen.getByLabelText(/^Mức xếp loại lại/), 'HTNV');
    await typeDecisionNo(user, screen.getByLabelText(/^Số quyết định/), '30-QĐ/ĐU');
    await user.type(screen.getByLabelText(/^Ngày quyết định/), '28/12/2026');
    await user.click(screen.getByRole('button', { name: 'Lưu quyết định xếp loại lại' }));
    const reason = screen.getByLabelText(/^Lý do xếp loại lại/);
    await waitFor(() => expect(errorOf(reason)).toBe('Phải ghi lý do xếp loại lại (Mẫu 03).'));
    expect(unwrap(await w.tc.client.call('audit.list', { entity: 'member', entityId: w.cell.ids.son! }))).toEqual([]);

    const why = 'Phát hiện vi phạm trong năm sau khi có quyết định công nhận';
    await user.type(reason, why);
    await user.click(screen.getByRole('button', { name: 'Lưu quyết định xếp loại lại' }));
    await screen.findByText(/^Đã xếp loại lại đồng chí Mai Văn Sơn/);

    const list = screen.getByRole('heading', { name: 'Các quyết định xếp loại lại năm 2026' }).closest('section')!;
    const row = within(list).getByRole('rowheader', { name: 'Mai Văn Sơn' }).closest('tr')!;
    expect(row.textContent).toContain('Hoàn thành tốt nhiệm vụ');
    expect(row.textContent).toContain('Hoàn thành nhiệm vụ');
    expect(row.textContent).toContain(why);
    expect(row.textContent).toContain('Số 30-QĐ/ĐU ngày 28/12/2026');

    const audit = screen.getByRole('heading', { name: 'Nhật ký thay đổi: Mai Văn Sơn' }).closest('section')!;
    await waitFor(() => expect(within(audit).getAllByRole('row')).toHaveLength(2));
    const entry = within(audit).getAllByRole('row')[1]!;
    expect(entry.textContent).toContain('Mức xếp loại năm 2026');
    expect(entry.textContent).toContain(`Xếp loại lại (Mẫu 03) theo Quyết định số 30-QĐ/ĐU ngày 28/12/2026: ${why}`);
    // The subject list now shows the new level.
    expect(within(subject).getByRole('option', { name: /^Mai Văn Sơn/ }).textContent).toContain('(hiện: Hoàn thành nhiệm vụ)');
  });
});

// "Cấp số" on the print page through the real UI and a real core: for Mẫu 01 and the biên bản of a chi
// bộ the next number of the register is shown before issuing ("Số sẽ cấp: 04-BC/CB") and may be edited
// — a number already used is refused with the core's message and nothing is issued, a lower number
// never used asks for a confirmation (declined: nothing issued; confirmed: issued), a higher one is
// issued and the register continues from it — and once issued the preview prints the number. Without a
// committee term the panel says so and leads to "Sổ văn bản". The Đảng ủy's báo cáo tổng hợp likewise.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { unwrap, type TempCore } from '../support/temp-core';
import type { OrgUnit } from '../../shared/domain/org-unit';
import { renderApp, type User } from './journeys';
import { demoPrintCore, openPrintPage } from './print-support';

const MAU_01 = 'Mẫu 01 — Báo cáo kiểm điểm, tự đánh giá, xếp loại của chi bộ (theo hội nghị)';
const BIEN_BAN = 'Biên bản hội nghị kiểm điểm, đánh giá, xếp loại chất lượng';

let tc: TempCore;
let cell: OrgUnit;

beforeEach(async () => {
  ({ tc, cell } = await demoPrintCore(40, 10));
});
afterEach(() => tc?.cleanup());

async function choose(user: User, formTitle: string, unitId = cell.id) {
  await user.selectOptions(screen.getByLabelText('Biểu mẫu'), formTitle);
  await user.selectOptions(await screen.findByLabelText('Tổ chức đảng'), unitId);
  return screen.findByRole('region', { name: 'Số văn bản' });
}

/** The HTML of the document the preview frame shows now. */
function previewHtml(): string {
  const src = (screen.getByTitle(/^Bản xem trước: /) as HTMLIFrameElement).getAttribute('src')!;
  return tc.core.previewDocument(src.slice('/preview/'.length))!.html;
}

const issued = async (typeCode: 'BC' | 'BB') => unwrap(await tc.client.call('documents.list', { orgUnitId: cell.id, typeCode })).map((d) => d.number).sort((a, b) => a - b);

describe('issuing the number before printing', () => {
  it('without a committee term, says so and opens Sổ văn bản', async () => {
    // The sample data gives every chi bộ its term; a chi bộ set up since has none yet.
    const root = unwrap(await tc.client.call('org.list', {})).find((u) => u.kind === 'commune')!;
    const fresh = unwrap(await tc.client.call('org.create', { parentId: root.id, kind: 'basic-cell', type: 'village', name: 'Chi bộ thôn Tân Lập' }));
    const { user } = renderApp(tc.client);
    await openPrintPage(user);
    const panel = await choose(user, MAU_01, fresh.id);
    expect((await within(panel).findByRole('alert')).textContent).toMatch(/^Chưa có ngày bắt đầu nhiệm kỳ của .+ hãy nhập ngày bắt đầu nhiệm kỳ trước\.$/);
    await user.click(within(panel).getByRole('button', { name: 'Mở Sổ văn bản để nhập nhiệm kỳ' }));
    await screen.findByRole('heading', { name: 'Sổ văn bản', level: 1 });
    await waitFor(() => expect((screen.getByLabelText('Cơ quan ban hành') as HTMLSelectElement).value).toBe(fresh.id));
  });

  it('Mẫu 01: shows the next number, refuses a used one, issues an edited higher one and the preview prints it', async () => {
    unwrap(await tc.client.call('documents.setTerm', { orgUnitId: cell.id, startsOn: '2025-05-20', label: 'Nhiệm kỳ 2025–2030' }));
    for (const title of ['Báo cáo công tác quý I', 'Báo cáo công tác quý II', 'Báo cáo công tác quý III']) {
      unwrap(await tc.client.call('documents.issue', { orgUnitId: cell.id, typeCode: 'BC', issuedOn: '2026-10-01', title }));
    }
    const { user } = renderApp(tc.client);
    await openPrintPage(user);
    const panel = await choose(user, MAU_01);
    expect((await within(panel).findByText(/^Số sẽ cấp:/)).textContent).toContain('Số sẽ cấp: 04-BC/CB');
    const number = within(panel).getByLabelText(/^Số văn bản/) as HTMLInputElement;
    expect(number.value).toBe('4');
    await waitFor(() => expect(previewHtml()).toContain('-BC/CB'));
    expect(previewHtml()).not.toContain('Số 04-BC/CB');

    // Not a number: said in Vietnamese, nothing issued.
    await user.clear(number);
    await user.type(number, 'bốn');
    await user.click(within(panel).getByRole('button', { name: 'Cấp số' }));
    expect(within(panel).getByText('Số văn bản phải là số nguyên từ 1 trở lên, ví dụ 13.')).toBeTruthy();

    // A number already used: the core's refusal next to the field, nothing issued.
    await user.clear(number);
    await user.type(number, '2');
    expect(within(panel).getByText(/^Số sẽ cấp:/).textContent).toContain('02-BC/CB');
    await user.click(within(panel).getByRole('button', { name: 'Cấp số' }));
    expect((await within(panel).findByText(/^Số 02 của loại báo cáo đã cấp ngày 01\/10\/2026/)).textContent).toContain('Số tiếp theo là 04');
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(await issued('BC')).toEqual([1, 2, 3]);

    // Nine paper reports were numbered by hand: 12 is issued, and the preview prints it.
    await user.clear(number);
    await user.type(number, '12');
    await user.click(within(panel).getByRole('button', { name: 'Cấp số' }));
    expect((await within(panel).findByText(/^Đã cấp số:/)).textContent).toContain('Đã cấp số: 12-BC/CB, ngày 21/11/2026');
    await waitFor(() => expect(previewHtml()).toContain('Số 12-BC/CB'));
    expect(await issued('BC')).toEqual([1, 2, 3, 12]);
    // The register continues from it.
    expect(unwrap(await tc.client.call('documents.nextNumber', { orgUnitId: cell.id, typeCode: 'BC' })).formatted).toBe('Số 13-BC/CB');
  });

  it('báo cáo tổng hợp: the Đảng ủy’s number is issued for the commune and printed', async () => {
    const communeId = unwrap(await tc.client.call('org.list', {})).find((u) => u.kind === 'commune')!.id;
    unwrap(await tc.client.call('documents.setTerm', { orgUnitId: communeId, startsOn: '2025-07-01' }));
    const { user } = renderApp(tc.client);
    await openPrintPage(user);
    await user.selectOptions(screen.getByLabelText('Biểu mẫu'), 'Báo cáo tổng hợp kết quả kiểm điểm, đánh giá, xếp loại của Đảng ủy');
    const panel = await screen.findByRole('region', { name: 'Số văn bản' });
    expect((await within(panel).findByText(/^Số sẽ cấp:/)).textContent).toContain('Số sẽ cấp: 01-BC/ĐU (Đảng ủy xã Xuân Hòa');
    await user.click(within(panel).getByRole('button', { name: 'Cấp số' }));
    expect((await within(panel).findByText(/^Đã cấp số:/)).textContent).toContain('01-BC/ĐU');
    await waitFor(() => expect(previewHtml()).toContain('Số 01-BC/ĐU'));
  });

  it('biên bản: a lower number never used asks first — declined nothing is issued, confirmed it is', async () => {
    unwrap(await tc.client.call('documents.setTerm', { orgUnitId: cell.id, startsOn: '2025-05-20' }));
    unwrap(await tc.client.call('documents.issue', { orgUnitId: cell.id, typeCode: 'BB', issuedOn: '2026-03-01', title: 'Biên bản sinh hoạt chi bộ tháng 3' }));
    unwrap(await tc.client.call('documents.issue', { orgUnitId: cell.id, typeCode: 'BB', issuedOn: '2026-06-01', title: 'Biên bản sinh hoạt chi bộ tháng 6', number: 5 }));
    const { user } = renderApp(tc.client);
    await openPrintPage(user);
    const panel = await choose(user, BIEN_BAN);
    expect((await within(panel).findByText(/^Số sẽ cấp:/)).textContent).toContain('06-BB/CB');
    const number = within(panel).getByLabelText(/^Số văn bản/);
    await user.clear(number);
    await user.type(number, '3');
    await user.click(within(panel).getByRole('button', { name: 'Cấp số' }));
    let dialog = await screen.findByRole('dialog', { name: 'Cấp số 03?' });
    expect(dialog.textContent).toContain('Số 03 nhỏ hơn số tiếp theo trong sổ (06) và chưa được cấp cho văn bản nào.');
    await user.click(within(dialog).getByRole('button', { name: 'Không, sửa lại số' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await issued('BB')).toEqual([1, 5]);

    await user.click(within(panel).getByRole('button', { name: 'Cấp số' }));
    dialog = await screen.findByRole('dialog', { name: 'Cấp số 03?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cấp số 03' }));
    expect((await within(panel).findByText(/^Đã cấp số:/)).textContent).toContain('03-BB/CB');
    await waitFor(() => expect(previewHtml()).toContain('Số 03-BB/CB'));
    expect(await issued('BB')).toEqual([1, 3, 5]);
    expect(unwrap(await tc.client.call('documents.nextNumber', { orgUnitId: cell.id, typeCode: 'BB' })).number).toBe(6);
  });
});

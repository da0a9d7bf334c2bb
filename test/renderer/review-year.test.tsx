// Đợt kiểm điểm — years and their settings through the real UI and a real core: create 2026 from the
// defaults, edit the settings, the 25 % tier refused without its decision (message next to the field,
// nothing lost, nothing stored), and 2027 created as a copy of 2026 with what was copied shown.
// Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { openTempCore, sampleCommune, unwrap, type TempCore } from '../support/temp-core';
import { renderApp, type User } from './journeys';
import { beforeReview2026, errorOf, openPart, openReviewPage, retype, yearShown } from './review-support';

describe('review years (Đợt kiểm điểm)', () => {
  let tc: TempCore;
  beforeEach(async () => {
    tc = openTempCore({ now: beforeReview2026 });
    unwrap(await tc.client.call('commune.setup', sampleCommune));
  });
  afterEach(() => tc.cleanup());

  /** "Tạo đợt kiểm điểm năm …" → year, defaults or copy → create; waits for the year on screen. */
  async function createYear(user: User, year: number, copyFrom?: number) {
    await user.click(screen.getAllByRole('button', { name: /^Tạo đợt kiểm điểm năm \d{4}$/ })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Tạo đợt kiểm điểm' });
    await retype(user, within(dialog).getByLabelText(/^Năm kiểm điểm/), String(year));
    if (copyFrom === undefined) {
      await user.click(within(dialog).getByLabelText('Dùng cài đặt mặc định'));
    } else {
      await user.click(within(dialog).getByLabelText(/^Sao chép từ năm/));
      await user.selectOptions(within(dialog).getByLabelText(/^Năm được sao chép/), `Năm ${copyFrom}`);
      expect(within(dialog).getByLabelText(`Sao chép từ năm ${copyFrom}`)).toBeTruthy();
    }
    await user.click(within(dialog).getByRole('button', { name: `Tạo đợt kiểm điểm năm ${year}` }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await yearShown(year);
  }

  it('creates 2026 from the defaults and saves an edited plan', async () => {
    const { user } = renderApp(tc.client);
    await openReviewPage(user);
    expect(screen.getByRole('heading', { name: 'Chưa có đợt kiểm điểm nào' })).toBeTruthy();
    await createYear(user, 2026);

    const summary = screen.getByRole('region', { name: 'Đã tạo đợt kiểm điểm năm 2026 theo cài đặt mặc định.' });
    expect(within(summary).getByText('QĐ 366-QĐ/TW và HD 43-HD/BTCTW.')).toBeTruthy();
    expect(within(summary).getByText(/Mẫu tham khảo của phần mềm: Mẫu 01, 02A, 02B, 02C/)).toBeTruthy();
    expect(unwrap(await tc.client.call('year.get', { year: 2026 })).settings.quota.ratePercent).toBe(20);

    // The defaults are on the form, each option with its plain explanation.
    expect((screen.getByLabelText(/^Ngày kiểm điểm/) as HTMLInputElement).value).toBe('01/12/2026');
    const cumulative = screen.getByLabelText('Cộng dồn (mặc định)') as HTMLInputElement;
    expect(cumulative.checked).toBe(true);
    expect(screen.getByText(/Phiếu cho mức cao hơn được tính là đồng ý mức thấp hơn/).id).toBe(cumulative.getAttribute('aria-describedby'));

    await retype(user, screen.getByLabelText('Chi bộ họp kiểm điểm từ ngày'), '2026-11-25');
    await retype(user, screen.getByLabelText('Chi bộ họp kiểm điểm đến ngày'), '2026-12-15');
    await retype(user, screen.getByLabelText('Ngày Đảng ủy xã quyết định xếp loại'), '2026-12-25');
    await retype(user, screen.getByLabelText('Ngày báo cáo cấp trên'), '2027-01-10');
    await user.click(screen.getByLabelText('Riêng từng mức'));
    await user.click(screen.getByLabelText('Số đảng viên chính thức có mặt'));
    await user.click(screen.getByLabelText('Toàn Đảng bộ xã'));
    await retype(user, screen.getByLabelText('Số văn bản'), '05-HD/TU');
    await retype(user, screen.getByLabelText('Ngày ban hành'), '2026-10-20');
    await retype(user, screen.getByLabelText('Cơ quan ban hành'), 'Ban Thường vụ Tỉnh ủy Phú Thọ');
    expect(screen.getByText('Có thay đổi chưa lưu')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Cài đặt đợt kiểm điểm (chưa lưu)' })).toBeTruthy();

    // Switching to another part and back keeps what was typed.
    await openPart(user, 'Tiêu chí chấm điểm');
    await openPart(user, 'Cài đặt đợt kiểm điểm');
    expect((screen.getByLabelText('Số văn bản') as HTMLInputElement).value).toBe('05-HD/TU');

    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await screen.findByText('Đã lưu cài đặt đợt kiểm điểm năm 2026.');
    expect(screen.queryByText('Có thay đổi chưa lưu')).toBeNull();
    expect(unwrap(await tc.client.call('year.get', { year: 2026 })).settings).toEqual({
      ruleSet: 'QD366-2025',
      reviewDate: '2026-12-01',
      deadlines: { meetingsFrom: '2026-11-25', meetingsTo: '2026-12-15', decisionOn: '2026-12-25', reportOn: '2027-01-10' },
      quota: { ratePercent: 20, denominator: 'htt', scope: 'commune', decisionRef: null },
      vote: { method: 'strict', denominator: 'present' },
      guidingDocument: { number: '05-HD/TU', issuedOn: '2026-10-20', issuer: 'Ban Thường vụ Tỉnh ủy Phú Thọ' },
    });
  });

  it('refuses 25 % without the decision next to its field, keeps every value, then saves it with one', async () => {
    unwrap(await tc.client.call('year.create', { year: 2026 }));
    const { user } = renderApp(tc.client);
    await openReviewPage(user);
    await yearShown(2026);

    await retype(user, screen.getByLabelText('Số văn bản'), '05-HD/TU');
    await user.click(screen.getByLabelText(/^25%/));
    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));

    const decision = screen.getByLabelText(/^Quyết định công nhận đơn vị có kết quả nổi bật/);
    await waitFor(() => expect(errorOf(decision)).toMatch(/^Tỷ lệ tối đa 25% cần ghi quyết định công nhận đơn vị có kết quả nổi bật/));
    expect(decision.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(decision);
    // Nothing lost on screen, nothing stored.
    expect((screen.getByLabelText(/^25%/) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Số văn bản') as HTMLInputElement).value).toBe('05-HD/TU');
    const stored = unwrap(await tc.client.call('year.get', { year: 2026 })).settings;
    expect(stored.quota.ratePercent).toBe(20);
    expect(stored.guidingDocument.number).toBeNull();

    // Typing the decision clears the message; Enter in the field saves.
    await user.type(decision, 'Quyết định số 15-QĐ/ĐU ngày 20/11/2026 của Đảng ủy xã');
    expect(errorOf(decision)).toBe('');
    await user.keyboard('{Enter}');
    await screen.findByText('Đã lưu cài đặt đợt kiểm điểm năm 2026.');
    expect(unwrap(await tc.client.call('year.get', { year: 2026 })).settings.quota).toMatchObject({
      ratePercent: 25,
      decisionRef: 'Quyết định số 15-QĐ/ĐU ngày 20/11/2026 của Đảng ủy xã',
    });
  });

  it('shows a date the core refuses next to its field', async () => {
    unwrap(await tc.client.call('year.create', { year: 2026 }));
    const { user } = renderApp(tc.client);
    await openReviewPage(user);
    await yearShown(2026);
    await retype(user, screen.getByLabelText('Chi bộ họp kiểm điểm từ ngày'), '2026-12-10');
    const to = screen.getByLabelText('Chi bộ họp kiểm điểm đến ngày');
    await retype(user, to, '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await waitFor(() => expect(errorOf(to)).toMatch(/không được trước ngày bắt đầu họp kiểm điểm/));
  });

  it('creates 2027 as a copy of 2026 and says what was copied', async () => {
    unwrap(await tc.client.call('year.create', { year: 2026 }));
    unwrap(
      await tc.client.call('year.update', {
        year: 2026,
        settings: {
          deadlines: { meetingsFrom: '2026-11-25', meetingsTo: '2026-12-15', decisionOn: '2026-12-25', reportOn: '2027-01-10' },
          quota: { ratePercent: 25, decisionRef: 'Quyết định số 15-QĐ/ĐU ngày 20/11/2026' },
          vote: { method: 'strict' },
          guidingDocument: { number: '05-HD/TU', issuedOn: '2026-10-20', issuer: 'Ban Thường vụ Tỉnh ủy' },
        },
      }),
    );
    const { user } = renderApp(tc.client);
    await openReviewPage(user);
    await yearShown(2026);
    expect(screen.getByRole('button', { name: 'Tạo đợt kiểm điểm năm 2027' })).toBeTruthy();
    await createYear(user, 2027, 2026);

    const summary = screen.getByRole('region', { name: 'Đã tạo đợt kiểm điểm năm 2027, sao chép từ năm 2026.' });
    const text = summary.textContent ?? '';
    expect(text).toContain('01/12/2027 (năm 2026: 01/12/2026).');
    expect(text).toContain('chi bộ họp 25/11/2027 – 15/12/2027; Đảng ủy xã quyết định 25/12/2027; báo cáo cấp trên 10/01/2028');
    expect(text).toContain('năm 2026 dùng 25% theo Quyết định số 15-QĐ/ĐU ngày 20/11/2026; quyết định đó chỉ áp dụng cho năm 2026 nên năm mới trở về 20%.');
    expect(text).toContain('Riêng từng mức');
    expect(text).toContain('giữ nguyên 05-HD/TU ngày 20/10/2026 của Ban Thường vụ Tỉnh ủy.');

    // The 2027 form shows the copy; the year list has both years, the new one selected.
    expect((screen.getByLabelText(/^Ngày kiểm điểm/) as HTMLInputElement).value).toBe('01/12/2027');
    expect((screen.getByLabelText(/^20%/) as HTMLInputElement).checked).toBe(true);
    const years = screen.getByRole('navigation', { name: 'Các đợt kiểm điểm' });
    expect(within(years).getByRole('button', { name: /^Năm 2027/ }).getAttribute('aria-current')).toBe('true');
    const copied = unwrap(await tc.client.call('year.get', { year: 2027 })).settings;
    expect(copied.deadlines.meetingsFrom).toBe('2027-11-25');
    expect(copied.vote.method).toBe('strict');

    // Back to 2026: its own settings, unchanged.
    await user.click(within(years).getByRole('button', { name: /^Năm 2026/ }));
    await yearShown(2026);
    expect((screen.getByLabelText(/^25%/) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('region', { name: /^Đã tạo đợt kiểm điểm năm 2027/ })).toBeNull();
  });

  it('refuses a year that already exists next to the year field, in the dialog', async () => {
    unwrap(await tc.client.call('year.create', { year: 2026 }));
    const { user } = renderApp(tc.client);
    await openReviewPage(user);
    await yearShown(2026);
    await user.click(screen.getByRole('button', { name: /^Tạo đợt kiểm điểm năm/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo đợt kiểm điểm' });
    const yearBox = within(dialog).getByLabelText(/^Năm kiểm điểm/);
    await retype(user, yearBox, '2026');
    await user.click(within(dialog).getByRole('button', { name: 'Tạo đợt kiểm điểm năm 2026' }));
    await waitFor(() => expect(errorOf(yearBox)).toBe('Đợt kiểm điểm năm 2026 đã có; hãy mở đợt đó để sửa cài đặt.'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

// Danh sách kiểm điểm through the real UI and a real core, on a small register with every case of
// rules.md §3: official (the bí thư), probationary, exempt, suspended and admitted less than 6 months
// before the review date. Each exclusion shows the engine's reason; the probationary member has no vote
// badge; counts per chi bộ and for the commune; the filter; and the view follows the review date.
// Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { openTempCore, sampleCommune, unwrap, type TempCore } from '../support/temp-core';
import type { MemberStatus } from '../../shared/domain/enums';
import { memberInput, renderApp } from './journeys';
import { beforeReview2026, openPart, openReviewPage, retype, yearShown } from './review-support';

const CELL = 'Chi bộ thôn Đông';

describe('eligibility list (Danh sách kiểm điểm)', () => {
  let tc: TempCore;
  beforeEach(async () => {
    tc = openTempCore({ now: beforeReview2026 });
    unwrap(await tc.client.call('commune.setup', sampleCommune));
    const root = unwrap(await tc.client.call('org.list')).find((u) => u.kind === 'commune')!;
    const cell = unwrap(await tc.client.call('org.create', { parentId: root.id, kind: 'basic-cell', type: 'village', name: CELL }));
    unwrap(await tc.client.call('year.create', { year: 2026 }));

    const add = async (fullName: string, extra: Parameters<typeof memberInput>[2] = {}, then?: [MemberStatus, string]) => {
      const m = unwrap(await tc.client.call('member.create', memberInput(fullName, cell.id, extra)));
      if (then) unwrap(await tc.client.call('member.changeStatus', { id: m.id, status: then[0], fromDate: then[1], place: null, reason: 'Quyết định của Đảng ủy xã' }));
    };
    await add('Nguyễn Văn An', { partyRole: 'secretary', category: 'leader' });
    await add('Trần Thị Bình', { admittedOn: '2026-01-10', confirmedOn: null, status: 'probationary' });
    await add('Lê Văn Cường', {}, ['exempt', '2026-05-01']);
    await add('Phạm Văn Dũng', {}, ['suspended', '2026-09-01']);
    await add('Hoàng Thị Hoa', { admittedOn: '2026-07-01', confirmedOn: null, status: 'probationary' });
  });
  afterEach(() => tc.cleanup());

  async function openList() {
    const app = renderApp(tc.client);
    await openReviewPage(app.user);
    await yearShown(2026);
    await openPart(app.user, 'Danh sách kiểm điểm');
    await screen.findByRole('region', { name: 'Toàn Đảng bộ xã' });
    return app;
  }

  function row(fullName: string): HTMLElement {
    const header = screen.getByRole('rowheader', { name: new RegExp(`^${fullName}`) });
    return header.closest('tr')!;
  }

  const badges = (fullName: string) =>
    within(within(row(fullName)).getByRole('list', { name: `Quyền của ${fullName}` }))
      .queryAllByRole('listitem')
      .map((li) => li.textContent);

  it('shows every member with badges, each exclusion with its reason, and the counts', async () => {
    const { user } = await openList();
    const totals = screen.getByRole('list', { name: 'Tổng số toàn Đảng bộ xã' });
    expect(within(totals).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '5Đảng viên đang sinh hoạt',
      '2Được kiểm điểm',
      '2Được xếp loại',
      '1Có quyền biểu quyết',
    ]);
    expect(screen.getByText(/^Không kiểm điểm:/).textContent).toBe(
      'Không kiểm điểm: 3 người · Được kiểm điểm nhưng không biểu quyết (đảng viên dự bị): 1 người.',
    );

    const unit = screen.getByRole('region', { name: CELL });
    expect(within(unit).getByText(/^Đang sinh hoạt/).textContent).toBe('Đang sinh hoạt 5 · Được kiểm điểm 2 · Được xếp loại 2 · Có quyền biểu quyết 1');
    const toggle = within(unit).getByRole('button', { name: CELL });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    // The bí thư first (order of business), then by name.
    const names = within(unit)
      .getAllByRole('rowheader')
      .map((th) => th.firstChild?.textContent);
    expect(names).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Văn Dũng', 'Hoàng Thị Hoa']);

    expect(badges('Nguyễn Văn An')).toEqual(['Kiểm điểm', 'Xếp loại', 'Biểu quyết', 'Mẫu 02A']);
    expect(within(row('Nguyễn Văn An')).getByText('Bí thư')).toBeTruthy();
    expect(badges('Trần Thị Bình')).toEqual(['Kiểm điểm', 'Xếp loại', 'Mẫu 02C']);
    expect(badges('Lê Văn Cường')).toEqual(['Không kiểm điểm']);
    expect(badges('Phạm Văn Dũng')).toEqual(['Không kiểm điểm']);
    expect(badges('Hoàng Thị Hoa')).toEqual(['Không kiểm điểm']);

    const reasonOf = (name: string) => within(row(name)).getByText(/^Đảng viên/).textContent;
    expect(reasonOf('Trần Thị Bình')).toBe('Đảng viên dự bị: được kiểm điểm, xếp loại chất lượng nhưng không có quyền biểu quyết. (Điều lệ Đảng, Điều 3)');
    expect(reasonOf('Lê Văn Cường')).toBe(
      'Đảng viên được miễn công tác và sinh hoạt đảng: không kiểm điểm, không xếp loại chất lượng. (QĐ 366-QĐ/TW, Điều 5, khoản 2)',
    );
    expect(reasonOf('Phạm Văn Dũng')).toBe('Đảng viên đang bị đình chỉ sinh hoạt đảng: không kiểm điểm, không xếp loại chất lượng. (QĐ 366-QĐ/TW, Điều 5, khoản 2)');
    expect(reasonOf('Hoàng Thị Hoa')).toBe(
      'Đảng viên kết nạp ngày 01/07/2026, đến ngày kiểm điểm 01/12/2026 chưa đủ 6 tháng (đủ từ ngày 01/01/2027): không kiểm điểm, không xếp loại chất lượng. (QĐ 366-QĐ/TW, Điều 5, khoản 2)',
    );

    // Every reason the core gives is on screen, in its row.
    const view = unwrap(await tc.client.call('eligibility.get', { year: 2026 }));
    for (const m of view.units.flatMap((u) => u.members)) {
      for (const r of m.reasons) expect(row(m.fullName).textContent).toContain(r.message);
    }
  });

  it('filters to those without a vote, opening their chi bộ', async () => {
    const { user } = await openList();
    await user.click(screen.getByLabelText('Chỉ hiện người không kiểm điểm / không biểu quyết'));
    const unit = screen.getByRole('region', { name: CELL });
    expect(within(unit).getByRole('button', { name: CELL }).getAttribute('aria-expanded')).toBe('true');
    const names = within(unit)
      .getAllByRole('rowheader')
      .map((th) => th.firstChild?.textContent);
    expect(names).toEqual(['Trần Thị Bình', 'Lê Văn Cường', 'Phạm Văn Dũng', 'Hoàng Thị Hoa']);
    await user.click(screen.getByLabelText('Chỉ hiện người không kiểm điểm / không biểu quyết'));
    expect(within(unit).queryAllByRole('rowheader')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Mở tất cả chi bộ' }));
    expect(within(unit).getAllByRole('rowheader')).toHaveLength(5);
  });

  it('follows the review date of the settings', async () => {
    const { user } = await openList();
    await openPart(user, 'Cài đặt đợt kiểm điểm');
    await retype(user, screen.getByLabelText(/^Ngày kiểm điểm/), '2027-01-01');
    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await screen.findByText('Đã lưu cài đặt đợt kiểm điểm năm 2026.');
    await openPart(user, 'Danh sách kiểm điểm');
    await waitFor(() => expect(screen.getByText(/^Xét tại ngày kiểm điểm/).textContent).toContain('01/01/2027'));
    await user.click(screen.getByRole('button', { name: CELL }));
    // Admitted 01/07/2026: six months are reached on 01/01/2027.
    expect(badges('Hoàng Thị Hoa')).toEqual(['Kiểm điểm', 'Xếp loại', 'Mẫu 02C']);
  });
});

// Tiêu chí chấm điểm through the real UI and a real core: the example banner, live group sums, a save
// refused by the core when a group does not add up (message shown, draft kept, nothing stored), add /
// move / remove, export to a .json download (Blob captured), import back, and imports refused for
// another form or a broken file. Layer: test.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { openTempCore, sampleCommune, unwrap, type TempCore } from '../support/temp-core';
import type { CriteriaDocument } from '../../shared/review/criteria';
import { renderApp, type User } from './journeys';
import { beforeReview2026, errorOf, openPart, openReviewPage, retype, yearShown } from './review-support';

const EXAMPLE_BANNER = 'Mẫu tham khảo — cần điều chỉnh theo hướng dẫn của Tỉnh ủy';

describe('criteria templates (Tiêu chí chấm điểm)', () => {
  let tc: TempCore;
  let downloads: { name: string; blob: Blob }[];
  let lastBlob: Blob | null;

  beforeEach(async () => {
    tc = openTempCore({ now: beforeReview2026 });
    unwrap(await tc.client.call('commune.setup', sampleCommune));
    unwrap(await tc.client.call('year.create', { year: 2026 }));
    // jsdom has no object URLs and cannot navigate: capture the Blob and the file name of the download.
    downloads = [];
    lastBlob = null;
    URL.createObjectURL = (b: Blob) => {
      lastBlob = b;
      return 'blob:kiemdiem-test';
    };
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (lastBlob) downloads.push({ name: this.download, blob: lastBlob });
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    delete (URL as { createObjectURL?: unknown }).createObjectURL;
    delete (URL as { revokeObjectURL?: unknown }).revokeObjectURL;
    tc.cleanup();
  });

  async function openCriteria(form: string) {
    const app = renderApp(tc.client);
    await openReviewPage(app.user);
    await yearShown(2026);
    await openPart(app.user, 'Tiêu chí chấm điểm');
    await app.user.click(screen.getByRole('button', { name: new RegExp(`^Mẫu ${form} —`) }));
    await screen.findByRole('heading', { name: new RegExp(`^Tiêu chí chấm điểm Mẫu ${form} `) });
    await screen.findByRole('button', { name: 'Sửa tiêu chí' });
    return app;
  }

  const points = (label: string) => screen.getByLabelText(new RegExp(`^Tiêu chí ${label.replace('.', '\\.')} — điểm tối đa`));

  async function chooseFile(user: User, file: File) {
    await user.upload(screen.getByLabelText('Nhập từ tệp (.json)…'), file);
  }

  it('shows the example template, refuses a group that adds up to 28, then saves the fixed one', async () => {
    const { user } = await openCriteria('02C');
    expect(screen.getByRole('note').textContent).toContain(EXAMPLE_BANNER);
    const common = screen.getByRole('region', { name: 'I. Tiêu chí chung — 30 điểm' });
    expect(within(common).getAllByRole('listitem')).toHaveLength(2);
    expect(within(common).getByText('Lập trường chính trị, phẩm chất đạo đức, lối sống, ý thức tổ chức kỷ luật')).toBeTruthy();
    expect(within(common).getByText('20 điểm')).toBeTruthy();
    expect(within(common).getByText(/^Giữ vững lập trường chính trị/)).toBeTruthy();
    expect(within(common).getByText(/Cộng: 30\/30 — đủ điểm/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'II. Kết quả thực hiện nhiệm vụ — 70 điểm' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Sửa tiêu chí' }));
    await retype(user, points('I.1'), '18');
    expect(screen.getByText(/Cộng: 28\/30 — còn thiếu 2 điểm/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Lưu tiêu chí' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Chưa lưu được. Nhóm tiêu chí chung cộng được 28 điểm; phải đúng 30 điểm.');
    // The draft is kept; nothing was stored.
    expect((points('I.1') as HTMLInputElement).value).toBe('18');
    expect(unwrap(await tc.client.call('criteria.get', { year: 2026, form: '02C' })).criteria[0]!.maxPoints).toBe(20);

    await retype(user, points('I.2'), '12');
    expect(screen.getByText(/Cộng: 30\/30 — đủ điểm/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Lưu tiêu chí' }));
    await screen.findByText('Đã lưu tiêu chí Mẫu 02C năm 2026.');
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.getByText(/^Nguồn: Đã chỉnh sửa trên phần mềm/)).toBeTruthy();
    const saved = unwrap(await tc.client.call('criteria.get', { year: 2026, form: '02C' }));
    expect(saved.source).toBe('custom');
    expect(saved.criteria.map((c) => [c.id, c.maxPoints])).toEqual([
      ['common-1', 18],
      ['common-2', 12],
      ['tasks-1', 30],
      ['tasks-2', 20],
      ['tasks-3', 20],
    ]);
  });

  it('adds, moves and removes criteria; a refusal about one criterion is shown on that criterion', async () => {
    const { user } = await openCriteria('02C');
    await user.click(screen.getByRole('button', { name: 'Sửa tiêu chí' }));

    // A new criterion in group I gets the focus; an empty title is refused on it.
    await user.click(screen.getByRole('button', { name: '+ Thêm tiêu chí vào nhóm I' }));
    const title = screen.getByLabelText(/^Tiêu chí I\.3 — nội dung/);
    expect(document.activeElement).toBe(title);
    await retype(user, points('I.3'), '2');
    await retype(user, points('I.1'), '18');
    await user.click(screen.getByRole('button', { name: 'Lưu tiêu chí' }));
    await waitFor(() => expect(errorOf(title)).toBe('Tiêu chí thứ 3: tên tiêu chí không được để trống.'));
    await user.type(title, 'Tham gia sinh hoạt chi bộ đầy đủ');

    // Move it to the top of group I; remove II.3 and give its 20 points to II.1.
    await user.click(screen.getByRole('button', { name: 'Đưa tiêu chí I.3 lên' }));
    await user.click(screen.getByRole('button', { name: 'Đưa tiêu chí I.2 lên' }));
    expect((screen.getByLabelText(/^Tiêu chí I\.1 — nội dung/) as HTMLTextAreaElement).value).toBe('Tham gia sinh hoạt chi bộ đầy đủ');
    await user.click(screen.getByRole('button', { name: 'Xóa tiêu chí II.3' }));
    expect(screen.getByText(/Cộng: 50\/70 — còn thiếu 20 điểm/)).toBeTruthy();
    // Points may be written with a decimal comma.
    await retype(user, points('II.1'), '49,5');
    await retype(user, points('II.2'), '20,5');
    await user.click(screen.getByRole('button', { name: 'Lưu tiêu chí' }));
    await screen.findByText('Đã lưu tiêu chí Mẫu 02C năm 2026.');
    const saved = unwrap(await tc.client.call('criteria.get', { year: 2026, form: '02C' }));
    expect(saved.criteria.map((c) => [c.id, c.title.slice(0, 20), c.maxPoints])).toEqual([
      ['common-3', 'Tham gia sinh hoạt c', 2],
      ['common-1', 'Lập trường chính trị', 18],
      ['common-2', 'Tự phê bình và khắc ', 10],
      ['tasks-1', 'Thực hiện quyền và n', 49.5],
      ['tasks-2', 'Tham gia học tập, qu', 20.5],
    ]);
  });

  it('exports a .json download, imports it back as the same template, and refuses it for another form', async () => {
    unwrap(
      await tc.client.call('criteria.save', {
        year: 2026,
        form: '02C',
        template: {
          title: 'Tiêu chí của Tỉnh ủy (Mẫu 02C)',
          note: null,
          criteria: [
            { group: 'common', title: 'Chính trị tư tưởng', maxPoints: 30 },
            { group: 'tasks', title: 'Thực hiện nhiệm vụ', help: 'Theo phân công của chi bộ.', maxPoints: 70 },
          ],
        },
      }),
    );
    const { user } = await openCriteria('02C');
    await user.click(screen.getByRole('button', { name: 'Xuất ra tệp (.json)' }));
    await screen.findByText('Đã xuất tiêu chí Mẫu 02C năm 2026 ra tệp tieu-chi-02C-2026.json.');
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('tieu-chi-02C-2026.json');
    const text = await downloads[0]!.blob.text();
    const doc = JSON.parse(text) as CriteriaDocument;
    expect(doc).toEqual(unwrap(await tc.client.call('criteria.export', { year: 2026, form: '02C' })));
    expect(doc).toMatchObject({ format: 'kiemdiem.criteria-template', version: 1, form: '02C', reviewYear: 2026 });

    // Change the template, then import the exported file: the template is the exported one again.
    unwrap(await tc.client.call('criteria.import', { year: 2026, form: '02C', document: { ...doc, title: 'Khác', criteria: doc.criteria.map((c) => ({ ...c, title: `${c.title} (sửa)` })) } }));
    const file = new File([text], 'tieu-chi-02C-2026.json', { type: 'application/json' });
    await chooseFile(user, file);
    let dialog = await screen.findByRole('dialog', { name: 'Nhập tiêu chí Mẫu 02C năm 2026 từ tệp' });
    expect(within(dialog).getByText('tieu-chi-02C-2026.json')).toBeTruthy();
    expect(within(dialog).getByText('Tiêu chí của Tỉnh ủy (Mẫu 02C)')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Nhập tiêu chí' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const note = screen.getByText(/^Đã nhập tiêu chí từ tệp “tieu-chi-02C-2026.json”:/).closest('[role="status"]')!;
    expect(note.textContent).toContain('Tiêu chí của Tỉnh ủy (Mẫu 02C) — 2 tiêu chí (1 tiêu chí chung, cộng 30 điểm; 1 tiêu chí kết quả thực hiện nhiệm vụ, cộng 70 điểm).');
    expect(screen.getByText(/^Nguồn: Nhập từ tệp/)).toBeTruthy();
    expect(unwrap(await tc.client.call('criteria.export', { year: 2026, form: '02C' }))).toEqual(doc);
    expect(screen.getByText('Chính trị tư tưởng')).toBeTruthy();

    // The same file for Mẫu 02A: refused with the reason, 02A unchanged.
    await user.click(screen.getByRole('button', { name: /^Mẫu 02A —/ }));
    await screen.findByRole('heading', { name: /^Tiêu chí chấm điểm Mẫu 02A / });
    await screen.findByRole('button', { name: 'Sửa tiêu chí' });
    await chooseFile(user, file);
    dialog = await screen.findByRole('dialog', { name: 'Nhập tiêu chí Mẫu 02A năm 2026 từ tệp' });
    await user.click(within(dialog).getByRole('button', { name: 'Nhập tiêu chí' }));
    const refusal = await within(dialog).findByRole('alert');
    expect(refusal.textContent).toBe(
      'Không nhập được tệp này; tiêu chí hiện có được giữ nguyên. Tệp là mẫu tiêu chí của Mẫu 02C; không nhập được vào Mẫu 02A (cá nhân giữ chức vụ lãnh đạo, quản lý).',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(unwrap(await tc.client.call('criteria.get', { year: 2026, form: '02A' })).source).toBe('default-example');
    expect(screen.getByRole('note').textContent).toContain(EXAMPLE_BANNER);
  });

  it('says so when the file is not JSON, and refuses a document whose sums are wrong', async () => {
    const { user } = await openCriteria('02B');
    await chooseFile(user, new File(['{ "format": "kiemdiem.criteria-template", '], 'hong.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Tệp “hong.json” không phải tệp JSON hợp lệ (nội dung bị hỏng hoặc không đúng định dạng). Hãy chọn tệp mẫu tiêu chí .json đã xuất từ KiemDiem.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();

    const doc = unwrap(await tc.client.call('criteria.export', { year: 2026, form: '02B' }));
    const wrong = { ...doc, criteria: doc.criteria.map((c, i) => (i === 0 ? { ...c, maxPoints: c.maxPoints - 1 } : c)) };
    await chooseFile(user, new File([JSON.stringify(wrong)], 'sai-tong.json', { type: 'application/json' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập tiêu chí Mẫu 02B năm 2026 từ tệp' });
    await user.click(within(dialog).getByRole('button', { name: 'Nhập tiêu chí' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Nhóm tiêu chí chung cộng được 29 điểm; phải đúng 30 điểm.');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(unwrap(await tc.client.call('criteria.get', { year: 2026, form: '02B' })).source).toBe('default-example');
  });

  it('keeps unsaved edits when switching form and marks the form', async () => {
    const { user } = await openCriteria('01');
    await user.click(screen.getByRole('button', { name: 'Sửa tiêu chí' }));
    await retype(user, points('I.1'), '4');
    await user.click(screen.getByRole('button', { name: /^Mẫu 02C —/ }));
    await screen.findByRole('button', { name: 'Sửa tiêu chí' });
    expect(screen.getByRole('button', { name: 'Mẫu 01 — Tập thể (chưa lưu)' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Tiêu chí chấm điểm (chưa lưu)' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Mẫu 01 —/ }));
    expect(((await screen.findByLabelText(/^Tiêu chí I\.1 — điểm tối đa/)) as HTMLInputElement).value).toBe('4');
    await user.click(screen.getByRole('button', { name: 'Bỏ thay đổi' }));
    await screen.findByRole('button', { name: 'Sửa tiêu chí' });
    expect(screen.getByRole('button', { name: 'Mẫu 01 — Tập thể' })).toBeTruthy();
  });
});

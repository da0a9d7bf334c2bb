// "In biểu mẫu" through the real UI and a real core: the sổ danh sách of a chi bộ and a member's
// confirmation sheet shown in the preview iframe (src /preview/<id>, sandboxed without scripts — jsdom
// does not render the frame, the route itself is tested in test/core/preview-route.test.ts), the
// missing list in plain Vietnamese with where to fill it, and "Lưu Word (.docx)" / "Lưu PDF" turning
// the core's base64 file into a download with a Vietnamese file name, then saying where it goes (the
// browser's Downloads folder, or the save dialog of the desktop app). PDF needs Chromium: run when
// /usr/bin/chromium exists, fail under CI=true when it does not.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { unwrap, type TempCore } from '../support/temp-core';
import { browserAvailable } from '../support/browser';
import type { OrgUnit } from '../../shared/domain/org-unit';
import { renderApp } from './journeys';
import { demoPrintCore, openPrintPage } from './print-support';
import { printFileName, slugVi } from '../../renderer/features/print/print-files';

const pdfRuns = browserAvailable();

describe('print preview (In biểu mẫu)', () => {
  let tc: TempCore;
  let cell: OrgUnit;
  let downloads: { name: string; href: string }[];
  let blobs: Blob[];

  beforeEach(async () => {
    ({ tc, cell } = await demoPrintCore());
    downloads = [];
    blobs = [];
    // jsdom has no object URLs and does not download: record what would be downloaded.
    vi.stubGlobal('URL', Object.assign(URL, {
      createObjectURL: (b: Blob) => {
        blobs.push(b);
        return `blob:test/${blobs.length}`;
      },
      revokeObjectURL: () => undefined,
    }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, href: this.href });
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    tc?.cleanup();
  });

  async function chooseRegister(user: ReturnType<typeof renderApp>['user']) {
    await openPrintPage(user);
    await user.selectOptions(screen.getByLabelText('Biểu mẫu'), 'Sổ danh sách đảng viên (Mẫu 7-HSĐV)');
    await user.selectOptions(await screen.findByLabelText('Tổ chức đảng'), cell.id);
    return (await screen.findByTitle(/^Bản xem trước: /)) as HTMLIFrameElement;
  }

  it('shows the sổ danh sách of a chi bộ in a sandboxed iframe from /preview/<id>, with what is missing', async () => {
    const { user } = renderApp(tc.client);
    const frame = await chooseRegister(user);
    expect(frame.tagName).toBe('IFRAME');
    const src = frame.getAttribute('src')!;
    expect(src).toMatch(/^\/preview\/[0-9a-f]{32}$/);
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
    expect(frame.getAttribute('srcdoc')).toBeNull();
    // The sổ danh sách is landscape: the frame is one A4 page wide and high, turned.
    expect(frame.style.width).toMatch(/^calc\(/);
    expect(frame.style.height).toBe('210mm');
    // The id is served by the core: the stored document is the form.
    const doc = tc.core.previewDocument(src.slice('/preview/'.length));
    expect(doc?.html).toContain('SỔ DANH SÁCH ĐẢNG VIÊN');
    expect(doc?.html).toContain(cell.name);

    // The missing list is what the core reports, each with where to fill it.
    const expected = unwrap(await tc.client.call('print.preview', { form: 'register', year: 2026, subject: { kind: 'org', id: cell.id } }));
    expect(screen.getByRole('heading', { name: expected.title, level: 2 })).toBeTruthy();
    if (expected.missing.length > 0) {
      const list = screen.getByRole('region', { name: new RegExp(`^Biểu mẫu còn thiếu ${expected.missing.length.toLocaleString('vi-VN')} thông tin`) });
      const items = within(list).getAllByRole('listitem');
      expect(items).toHaveLength(expected.missing.length);
      expect(items[0]!.textContent).toContain(expected.missing[0]!.message);
      expect(items[0]!.textContent).toContain(`Điền ở: ${expected.missing[0]!.where}`);
    } else {
      expect(screen.getByText('Biểu mẫu đã có đủ thông tin.')).toBeTruthy();
    }

    // Choosing another chi bộ gives a new preview document.
    const other = unwrap(await tc.client.call('org.list', {})).find((u) => u.kind !== 'commune' && u.id !== cell.id && !u.closedOn)!;
    await user.selectOptions(screen.getByLabelText('Tổ chức đảng'), other.id);
    await waitFor(() => expect((screen.getByTitle(/^Bản xem trước: /) as HTMLIFrameElement).getAttribute('src')).not.toBe(src));
  });

  it('finds a member by a name without accents and shows their confirmation sheet with the missing data', async () => {
    const rows = unwrap(await tc.client.call('member.list', { includeInactive: false }));
    const member = rows.find((r) => r.orgUnitId === cell.id)!;
    // Make one thing missing on purpose: the member's hometown.
    const detail = unwrap(await tc.client.call('member.get', { id: member.id }));
    const data: Record<string, unknown> = { ...(detail.member as unknown as Record<string, unknown>) };
    for (const key of ['id', 'communeId', 'createdAt', 'updatedAt', 'searchKey']) delete data[key];
    const updated = await tc.client.call('member.update', { id: member.id, data: { ...data, hometown: '' } as never });
    const { user } = renderApp(tc.client);
    await openPrintPage(user);
    await user.selectOptions(screen.getByLabelText('Biểu mẫu'), 'Phiếu xác nhận thông tin đảng viên (để đảng viên kiểm tra, ký)');
    const words = slugVi(member.fullName).split('-');
    await user.type(screen.getByLabelText('Tìm đảng viên'), words.slice(-2).join(' '));
    const results = await screen.findByRole('list', { name: 'Kết quả tìm đảng viên' });
    await user.click(within(results).getByRole('button', { name: new RegExp(`^${member.fullName}`) }));
    expect(screen.getByText(member.fullName, { selector: 'strong' })).toBeTruthy();
    const frame = (await screen.findByTitle(/^Bản xem trước: /)) as HTMLIFrameElement;
    expect(frame.getAttribute('src')).toMatch(/^\/preview\/[0-9a-f]{32}$/);
    const expected = unwrap(await tc.client.call('print.preview', { form: 'member-sheet', year: 2026, subject: { kind: 'member', id: member.id } }));
    expect(updated.ok).toBe(true);
    const hometown = expected.missing.find((m) => m.field.includes('hometown'))!;
    expect(hometown.where).toContain(member.fullName);
    const list = screen.getByRole('region', { name: /^Biểu mẫu còn thiếu \d+ thông tin/ });
    expect(within(list).getAllByRole('listitem')).toHaveLength(expected.missing.length);
    expect(within(list).getByText(hometown.message)).toBeTruthy();
    expect(within(list).getAllByText(`Điền ở: ${hometown.where}`).length).toBeGreaterThan(0);
  });

  it('"Lưu Word (.docx)" downloads the core’s file with a Vietnamese file name', async () => {
    const { user } = renderApp(tc.client);
    await chooseRegister(user);
    await user.click(screen.getByRole('button', { name: 'Lưu Word (.docx)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const expectedName = printFileName('register', cell.name, 'docx');
    expect(downloads[0]!.name).toBe(expectedName);
    expect(expectedName).toMatch(/^so-danh-sach-chi-bo-[a-z0-9-]+\.docx$/);
    expect(blobs[0]!.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    expect(await screen.findByText(`Đã tạo tệp ${expectedName}. Trình duyệt lưu tệp vào thư mục Tải về (Downloads).`)).toBeTruthy();
  });

  it.each([
    ['browser', 'Trình duyệt lưu tệp vào thư mục Tải về (Downloads).'],
    ['electron', 'Chọn nơi lưu tệp trong hộp thoại vừa mở.'],
  ] as const)('after "Lưu Word" says where the file goes in the %s shell', async (shell, where) => {
    tc.cleanup();
    ({ tc, cell } = await demoPrintCore(60, 10, shell));
    const { user } = renderApp(tc.client);
    await chooseRegister(user);
    await user.click(screen.getByRole('button', { name: 'Lưu Word (.docx)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const message = await screen.findByText(/^Đã tạo tệp /);
    expect(message.textContent).toBe(`Đã tạo tệp ${printFileName('register', cell.name, 'docx')}. ${where}`);
    // The desktop app's save dialog chooses the folder: the message must not claim Downloads there.
    if (shell === 'electron') expect(message.textContent).not.toMatch(/Tải về|Downloads|Trình duyệt/);
  });

  it.skipIf(!pdfRuns)('"Lưu PDF" downloads a PDF rendered by Chromium', { timeout: 60_000 }, async () => {
    const { user } = renderApp(tc.client);
    await chooseRegister(user);
    await user.click(screen.getByRole('button', { name: 'Lưu PDF' }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 45_000 });
    expect(downloads[0]!.name).toBe(printFileName('register', cell.name, 'pdf'));
    expect(blobs[0]!.type).toBe('application/pdf');
    const head = new Uint8Array(await blobs[0]!.slice(0, 5).arrayBuffer());
    expect(String.fromCharCode(...head)).toBe('%PDF-');
  });
});

// "Lưu PDF / Lưu Word" in Electron (electron/main/downloads.ts) against a mocked `electron` module:
// the renderer's Blob download is sent to a private temp file at once, the save dialog opens in
// Documents with a safe name, and the file is written atomically to the path the user chose — or
// nothing is written when the user cancels. Downloads that are not the app's own are refused.
// Real Electron (the native dialog, Chromium writing the blob into the temp path) is not run here.
// Layer: test.
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const h = vi.hoisted(() => ({
  dialogAnswer: null as null | Promise<{ canceled: boolean; filePath?: string }>,
  owner: { id: 'main-window' } as unknown,
}));

vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: vi.fn(() => h.owner) },
  dialog: {
    showSaveDialog: vi.fn(() => h.dialogAnswer),
    showErrorBox: vi.fn(),
  },
}));

const electron = (await import('electron')) as unknown as {
  dialog: { showSaveDialog: ReturnType<typeof vi.fn>; showErrorBox: ReturnType<typeof vi.fn> };
};
const { routeDownloadsToSaveDialog, saveFileName, withExtension, clearDownloadTemp } = await import('../../electron/main/downloads');

const root = mkdtempSync(path.join(os.tmpdir(), 'kiemdiem-downloads-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const APP_PAGE = 'app://kiemdiem/index.html';

/** A DownloadItem as Electron hands it to 'will-download'. */
class FakeItem extends EventEmitter {
  savePath: string | null = null;
  cancelled = false;
  constructor(
    private url: string,
    private filename: string,
  ) {
    super();
  }
  getURL = () => this.url;
  getFilename = () => this.filename;
  setSavePath = vi.fn((p: string) => {
    this.savePath = p;
  });
  cancel = vi.fn(() => {
    if (this.cancelled) return;
    this.cancelled = true;
    setTimeout(() => this.emit('done', {}, 'cancelled'), 1);
  });
  /** What Chromium does: write the bytes to the save path, then report done. */
  complete(bytes: string) {
    writeFileSync(this.savePath!, bytes);
    this.emit('done', {}, 'completed');
  }
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

let tempDir: string;
let docs: string;
let errors: string[];
let saved: string[];
let willDownload: (event: { preventDefault: () => void }, item: FakeItem, contents: unknown, frame: unknown) => void;

function start(url: string, filename: string, options: { pageUrl?: string; frame?: unknown } = {}) {
  const item = new FakeItem(url, filename);
  const event = { preventDefault: vi.fn() };
  const mainFrame = { url: options.pageUrl ?? APP_PAGE, parent: null };
  willDownload(event, item, { getURL: () => options.pageUrl ?? APP_PAGE }, options.frame === undefined ? mainFrame : options.frame);
  return { item, event };
}

beforeEach(() => {
  vi.clearAllMocks();
  const dir = mkdtempSync(path.join(root, 'case-'));
  tempDir = path.join(dir, 'dang-luu');
  docs = path.join(dir, 'Documents');
  mkdirSync(docs);
  errors = [];
  saved = [];
  const ses = { on: (event: string, fn: typeof willDownload) => event === 'will-download' && (willDownload = fn) };
  routeDownloadsToSaveDialog(ses as never, { documentsDir: () => docs, tempDir, onError: (m) => errors.push(m), onSaved: (f) => saved.push(f) });
});

describe('downloads → save dialog (mocked electron)', () => {
  it('saves to the path chosen in the dialog, atomically, from a temp file set at once', async () => {
    const answer = deferred<{ canceled: boolean; filePath?: string }>();
    h.dialogAnswer = answer.promise;
    const { item, event } = start('blob:app://kiemdiem/6f1c0d7e-1111-4222-8333-944445555666', 'so-danh-sach-chi-bo-thon-dong.pdf');
    expect(event.preventDefault).not.toHaveBeenCalled();
    // Synchronously, before the dialog is answered: the download goes to a private temp file.
    expect(item.setSavePath).toHaveBeenCalledOnce();
    expect(path.dirname(item.savePath!)).toBe(tempDir);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(h.owner, {
      title: 'Lưu tệp',
      buttonLabel: 'Lưu',
      defaultPath: path.join(docs, 'so-danh-sach-chi-bo-thon-dong.pdf'),
      filters: [
        { name: 'Tệp PDF', extensions: ['pdf'] },
        { name: 'Tất cả các tệp', extensions: ['*'] },
      ],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });

    item.complete('%PDF-1.7 nội dung');
    await settle();
    expect(saved).toEqual([]); // still waiting for the user
    const target = path.join(docs, 'Chi bộ', 'Sổ danh sách.pdf');
    answer.resolve({ canceled: false, filePath: target });
    await settle();
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 nội dung');
    expect(saved).toEqual([target]);
    expect(errors).toEqual([]);
    expect(readdirSync(tempDir)).toEqual([]); // temp file removed
    expect(readdirSync(path.dirname(target))).toEqual(['Sổ danh sách.pdf']); // no leftover .tmp of the atomic write
  });

  it('also when the user answers before the download is complete; adds the extension the user left out', async () => {
    h.dialogAnswer = Promise.resolve({ canceled: false, filePath: path.join(docs, 'bien-ban') });
    const { item } = start('blob:app://kiemdiem/abc', 'bien-ban-hop.docx');
    await settle();
    expect(saved).toEqual([]);
    item.complete('PK docx');
    await settle();
    expect(saved).toEqual([path.join(docs, 'bien-ban.docx')]);
    expect(readFileSync(path.join(docs, 'bien-ban.docx'), 'utf8')).toBe('PK docx');
    expect((electron.dialog.showSaveDialog.mock.calls[0]![1] as { filters: { name: string }[] }).filters[0]!.name).toBe('Tài liệu Word');
  });

  it('cancels the download and writes nothing when the user cancels the dialog', async () => {
    h.dialogAnswer = Promise.resolve({ canceled: true, filePath: '' });
    const { item } = start('blob:app://kiemdiem/abc', 'mau-01.pdf');
    await settle();
    expect(item.cancel).toHaveBeenCalled();
    await settle();
    expect(readdirSync(docs)).toEqual([]);
    expect(saved).toEqual([]);
    expect(errors).toEqual([]);
    expect(readdirSync(tempDir)).toEqual([]);
  });

  it('a cancel after the download completed removes the temp file too', async () => {
    const answer = deferred<{ canceled: boolean; filePath?: string }>();
    h.dialogAnswer = answer.promise;
    const { item } = start('data:application/pdf;base64,JVBERi0=', 'mau-01.pdf');
    item.complete('%PDF');
    answer.resolve({ canceled: true });
    await settle();
    expect(readdirSync(docs)).toEqual([]);
    expect(readdirSync(tempDir)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reports an interrupted download or a write failure in Vietnamese and leaves no temp file', async () => {
    h.dialogAnswer = Promise.resolve({ canceled: false, filePath: path.join(docs, 'a.pdf') });
    const first = start('blob:app://kiemdiem/1', 'a.pdf');
    first.item.emit('done', {}, 'interrupted');
    await settle();
    expect(errors[0]).toMatch(/chưa lưu được/);

    // The chosen folder is a file: the atomic write fails.
    writeFileSync(path.join(docs, 'not-a-folder'), 'x');
    h.dialogAnswer = Promise.resolve({ canceled: false, filePath: path.join(docs, 'not-a-folder', 'b.pdf') });
    const second = start('blob:app://kiemdiem/2', 'b.pdf');
    second.item.complete('%PDF');
    await settle();
    expect(errors[1]).toMatch(/^Không ghi được tệp/);
    expect(readdirSync(tempDir)).toEqual([]);
  });

  it('uses the error box when no reporter is given', async () => {
    const ses = { on: (_e: string, fn: typeof willDownload) => (willDownload = fn) };
    routeDownloadsToSaveDialog(ses as never, { documentsDir: () => docs, tempDir });
    h.dialogAnswer = Promise.resolve({ canceled: false, filePath: path.join(docs, 'a.pdf') });
    start('blob:app://kiemdiem/1', 'a.pdf').item.emit('done', {}, 'interrupted');
    await settle();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(expect.stringContaining('không lưu được tệp'), expect.any(String));
  });

  it('refuses downloads that are not the app window’s own files', async () => {
    h.dialogAnswer = Promise.resolve({ canceled: false, filePath: path.join(docs, 'x.pdf') });
    const cases = [
      start('https://example.com/x.pdf', 'x.pdf'),
      start('blob:https://evil.example/abc', 'x.pdf'),
      start('file:///etc/passwd', 'passwd'),
      start('blob:app://kiemdiem/abc', 'x.pdf', { pageUrl: 'https://evil.example/' }),
      start('blob:app://kiemdiem/abc', 'x.pdf', { frame: { url: 'app://kiemdiem/preview/0123', parent: { url: APP_PAGE, parent: null } } }),
    ];
    await settle();
    for (const { item, event } of cases) {
      expect(event.preventDefault).toHaveBeenCalled();
      expect(item.setSavePath).not.toHaveBeenCalled();
    }
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('offers safe ASCII names (file-names.ts) and keeps the extension', () => {
    expect(saveFileName('Phiếu biểu quyết Chi bộ thôn Đông.pdf')).toBe('phieu-bieu-quyet-chi-bo-thon-dong.pdf');
    expect(saveFileName('..\\..\\Windows\\system32\\evil.docx')).toBe('evil.docx');
    expect(saveFileName('con:.pdf')).toBe('con.pdf');
    expect(saveFileName('')).toBe('tai-lieu');
    expect(withExtension('/home/a/bao-cao', 'bao-cao.pdf')).toBe('/home/a/bao-cao.pdf');
    expect(withExtension('/home/a/bao-cao.PDF', 'bao-cao.pdf')).toBe('/home/a/bao-cao.PDF');
  });

  it('clears the temp folder on quit', () => {
    mkdirSync(tempDir, { recursive: true });
    writeFileSync(path.join(tempDir, 'x.part'), 'x');
    clearDownloadTemp(tempDir);
    expect(existsSync(tempDir)).toBe(false);
  });
});

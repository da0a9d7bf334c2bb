// "Lưu PDF" / "Lưu Word" in Electron: the renderer offers the file exactly as in browser mode (a Blob
// download, renderer/features/print/print-files.ts), and the main process turns that download into a
// native save dialog. Why the session's 'will-download' and not a contract method: the renderer code
// stays the same in both shells, no file bytes are copied through IPC, and nothing new is exposed to
// the renderer (the bridge keeps exactly one function).
//
// The flow, for a download started by our own window (a blob: of app://kiemdiem or a data: URL;
// anything else is refused):
// 1. At once (Electron accepts a save path only synchronously inside 'will-download'): the download
//    goes to a private temporary file, so the main process is never blocked by a synchronous dialog.
// 2. Meanwhile the asynchronous save dialog opens on the window, in the user's Documents folder, with
//    a safe ASCII name (electron/core/print/file-names.ts: diacritics folded, Windows-safe) and a
//    filter for the file type.
// 3. Cancelled → the download is cancelled and the temporary file removed. Chosen → once the download
//    completes, the bytes are written to the chosen path with the app's one atomic write
//    (electron/core/files/atomic-write.ts), and the temporary file is removed. A failure shows a
//    Vietnamese error box.
//
// Verified here: with a mocked `electron` module (test/shell/downloads.test.ts). NOT verified here: a
// real Electron run — the native dialog, and Chromium's download of a blob: URL into the temp path.
// Layer: electron/main (shell).
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, dialog, type DownloadItem, type FileFilter, type SaveDialogOptions, type Session, type WebContents, type WebFrameMain } from 'electron';
import { writeFileAtomic } from '../core/files/atomic-write';
import { slug } from '../core/print/file-names';
import { APP_ORIGIN, isAppUrl } from './app-scheme';
import { isTrustedSender } from './trusted-sender';

const FILTERS: Record<string, FileFilter> = {
  pdf: { name: 'Tệp PDF', extensions: ['pdf'] },
  docx: { name: 'Tài liệu Word', extensions: ['docx'] },
  xlsx: { name: 'Bảng tính Excel', extensions: ['xlsx'] },
  json: { name: 'Tệp dữ liệu JSON', extensions: ['json'] },
  csv: { name: 'Tệp CSV', extensions: ['csv'] },
  zip: { name: 'Tệp nén ZIP', extensions: ['zip'] },
};

/** The name offered in the dialog: ASCII words of the suggested name, its extension kept when known. */
export function saveFileName(suggested: string): string {
  const base = path.basename(suggested.replace(/\\/g, '/'));
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const safeExt = /^[a-z0-9]{1,8}$/.test(ext) ? ext : '';
  return safeExt ? `${slug(stem, 100)}.${safeExt}` : slug(base, 100);
}

/** The chosen path with the file's extension, added when the user typed a name without it. */
export function withExtension(chosen: string, fileName: string): string {
  const ext = path.extname(fileName).toLowerCase();
  return ext && !chosen.toLowerCase().endsWith(ext) ? `${chosen}${ext}` : chosen;
}

/** Only files the app itself offers: a blob: of our origin or an inline data: URL, from our window. */
export function isAppDownload(url: string, contents: Pick<WebContents, 'getURL'> | null, frame: WebFrameMain | null | undefined): boolean {
  if (!(url.startsWith(`blob:${APP_ORIGIN}/`) || url.startsWith('data:'))) return false;
  if (frame && !isTrustedSender(frame)) return false;
  return contents !== null && isAppUrl(contents.getURL());
}

export function saveDialogOptions(fileName: string, documentsDir: string): SaveDialogOptions {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  const filter = FILTERS[ext];
  return {
    title: 'Lưu tệp',
    buttonLabel: 'Lưu',
    defaultPath: path.join(documentsDir, fileName),
    filters: [...(filter ? [filter] : []), { name: 'Tất cả các tệp', extensions: ['*'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export interface DownloadOptions {
  /** The user's Documents folder (app.getPath('documents')). */
  documentsDir: () => string;
  /** A private folder for the downloads in progress. */
  tempDir: string;
  /** Reports a failed save (defaults to a Vietnamese error box). */
  onError?: (message: string) => void;
  /** Reports a file saved (tests, logging). */
  onSaved?: (file: string) => void;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Handles one download of the app's window (exported for tests; see routeDownloadsToSaveDialog). */
export function saveDownload(item: DownloadItem, contents: WebContents, options: DownloadOptions): void {
  const reportError = options.onError ?? ((message: string) => dialog.showErrorBox('KiemDiem – không lưu được tệp', message));
  const fileName = saveFileName(item.getFilename() || 'tai-lieu');
  mkdirSync(options.tempDir, { recursive: true });
  const temp = path.join(options.tempDir, `${randomUUID()}.part`);
  // Must happen now: Electron shows its own dialog when no path is set before this handler returns.
  item.setSavePath(temp);

  const finished = new Promise<string>((resolve) => item.once('done', (_event, state) => resolve(state)));
  let documentsDir: string;
  try {
    documentsDir = options.documentsDir();
  } catch {
    documentsDir = '';
  }
  const dialogOptions = saveDialogOptions(fileName, documentsDir);
  const owner = BrowserWindow.fromWebContents(contents);
  const chosen = owner ? dialog.showSaveDialog(owner, dialogOptions) : dialog.showSaveDialog(dialogOptions);

  void chosen.then(
    (choice) => {
      if (choice.canceled || !choice.filePath) item.cancel();
    },
    () => item.cancel(),
  );
  void Promise.allSettled([chosen, finished]).then(([choice, state]) => {
    try {
      if (choice.status !== 'fulfilled' || choice.value.canceled || !choice.value.filePath) return;
      if (state.status !== 'fulfilled' || state.value !== 'completed') {
        reportError('Tệp chưa được tạo xong nên chưa lưu được. Hãy bấm lưu lại.');
        return;
      }
      const target = withExtension(choice.value.filePath, fileName);
      writeFileAtomic(target, readFileSync(temp));
      options.onSaved?.(target);
    } catch (err) {
      reportError(`Không ghi được tệp: ${errorText(err)}\nHãy chọn thư mục khác (ví dụ Tài liệu) hoặc đóng tệp đang mở trong Word/trình đọc PDF rồi lưu lại.`);
    } finally {
      rmSync(temp, { force: true });
    }
  });
}

/** Installs the handler on the app's session: our window's downloads → save dialog; all others refused. */
export function routeDownloadsToSaveDialog(ses: Session, options: DownloadOptions): void {
  ses.on('will-download', (event, item, contents, frame) => {
    if (!isAppDownload(item.getURL(), contents, frame)) {
      event.preventDefault();
      return;
    }
    saveDownload(item, contents, options);
  });
}

/** On quit: removes what interrupted downloads left behind. */
export function clearDownloadTemp(tempDir: string): void {
  rmSync(tempDir, { recursive: true, force: true });
}

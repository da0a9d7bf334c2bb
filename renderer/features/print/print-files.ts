// Files of the print page: Vietnamese-readable ASCII file names ("so-danh-sach-chi-bo-thon-dong.pdf"),
// the base64 file the core returns turned into a download, and a folder path joined the way the
// data folder is written (Windows or POSIX), and the message saying where a saved file goes in each
// shell. Pure except `downloadFile`. Layer: renderer.
import { foldForSearch } from '../../../shared/text/fold';

/** Short names of the forms for file names; a form not listed here uses its code. */
const FORM_FILE_NAMES: Record<string, string> = {
  register: 'so-danh-sach',
  'member-sheet': 'phieu-xac-nhan-thong-tin',
  ballots: 'phieu-bieu-quyet',
  '04': 'mau-04-danh-muc-ho-so',
  'blank-01': 'mau-01-de-trong',
  'blank-02': 'mau-02-de-trong',
  'blank-02A': 'mau-02a-de-trong',
  'blank-02B': 'mau-02b-de-trong',
  'blank-02C': 'mau-02c-de-trong',
};

/** Lower-case ASCII words joined by '-' (diacritics folded, đ → d). */
export function slugVi(value: string, max = 60): string {
  return foldForSearch(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
}

export function printFileName(form: string, subjectName: string | null, extension: 'pdf' | 'docx'): string {
  const parts = [FORM_FILE_NAMES[form] ?? (slugVi(form) || 'bieu-mau'), subjectName ? slugVi(subjectName) : ''].filter(Boolean);
  return `${parts.join('-')}.${extension}`;
}

const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export function base64ToBlob(base64: string, extension: 'pdf' | 'docx'): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: MIME[extension] });
}

/**
 * What the print page says once a file is offered: in a browser it lands in the Downloads folder; in
 * the desktop app (Electron) the download opens a save dialog instead (electron/main/downloads.ts), so
 * the user chooses where it goes.
 */
export function savedMessage(fileName: string, shell: 'electron' | 'browser' | 'test' | undefined): string {
  return shell === 'electron'
    ? `Đã tạo tệp ${fileName}. Chọn nơi lưu tệp trong hộp thoại vừa mở.`
    : `Đã tạo tệp ${fileName}. Trình duyệt lưu tệp vào thư mục Tải về (Downloads).`;
}

/** Offers a file to the user as a download (the browser's own "save" flow; a save dialog in Electron). */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `folder` + `name` with the separator the folder already uses (a Windows path has backslashes). */
export function joinPath(folder: string, name: string): string {
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.replace(/[\\/]+$/, '') + sep + name;
}

/** Default output folder of batches: "KiemDiem-in" in the data folder. */
export function defaultBatchFolder(dataDir: string | undefined): string {
  return dataDir ? joinPath(dataDir, 'KiemDiem-in') : '';
}

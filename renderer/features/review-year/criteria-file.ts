// Criteria template files in the browser: saving the exported document as a `.json` download (Blob and
// an <a download> click — works in Electron's window and in browser mode, no Node), and reading a chosen
// file back as JSON with a Vietnamese message for each way it can fail. Layer: renderer.
import { serializeCriteriaDocument, type CriteriaDocument } from '../../../shared/review/index';

/** `tieu-chi-02C-2026.json` */
export function criteriaFileName(form: string, year: number): string {
  return `tieu-chi-${form}-${year}.json`;
}

/** Offers the document as a file download with the same bytes the core would write. */
export function downloadCriteriaDocument(doc: CriteriaDocument): string {
  const name = criteriaFileName(doc.form, doc.reviewYear);
  const blob = new Blob([serializeCriteriaDocument(doc)], { type: 'application/json;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled; revoking at once can cancel the download in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return name;
}

export type ReadJson = { ok: true; value: unknown } | { ok: false; message: string };

/** A template file is a few kilobytes; anything much larger is not one. */
const MAX_BYTES = 1024 * 1024;

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

export async function readJsonFile(file: File): Promise<ReadJson> {
  if (file.size > MAX_BYTES) {
    return { ok: false, message: `Tệp “${file.name}” quá lớn để là một mẫu tiêu chí (tối đa 1 MB). Hãy chọn đúng tệp .json đã xuất từ KiemDiem.` };
  }
  let text: string;
  try {
    text = await readText(file);
  } catch {
    return { ok: false, message: `Không đọc được tệp “${file.name}”. Hãy kiểm tra tệp còn mở được không rồi chọn lại.` };
  }
  try {
    // A byte-order mark from Windows Notepad is not part of the JSON.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return {
      ok: false,
      message: `Tệp “${file.name}” không phải tệp JSON hợp lệ (nội dung bị hỏng hoặc không đúng định dạng). Hãy chọn tệp mẫu tiêu chí .json đã xuất từ KiemDiem.`,
    };
  }
}

/** What a document says about itself, for the confirmation before importing (unknown shapes → nulls). */
export interface DocumentPreview {
  form: string | null;
  reviewYear: number | null;
  title: string | null;
  criteriaCount: number | null;
}

export function previewDocument(raw: unknown): DocumentPreview {
  const o = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return {
    form: typeof o.form === 'string' ? o.form : null,
    reviewYear: typeof o.reviewYear === 'number' ? o.reviewYear : null,
    title: typeof o.title === 'string' ? o.title : null,
    criteriaCount: Array.isArray(o.criteria) ? o.criteria.length : null,
  };
}

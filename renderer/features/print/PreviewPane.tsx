// The preview of the chosen form, exactly what will print: the core's document in an iframe loaded
// from /preview/<id> (its own CSP allows the inline style and the inlined Tinos; the app page's CSP
// is untouched), at A4 width. Above it, what the form still misses and where to fill it, and the
// actions: "In" (the system print dialog for the frame), "Lưu PDF", "Lưu Word (.docx)" — after a save,
// where the file goes: the browser's Downloads folder, or in the desktop app the save dialog it opens.
//
// The frame is sandboxed without allow-scripts (the document has no script and its CSP forbids
// them); allow-same-origin lets this page call its print(), allow-modals lets that open the dialog.
// Layer: renderer.
import { useRef, useState } from 'react';
import type { MissingItem } from '../../../shared/forms/types';
import { useApp, usePrint, useStores } from '../../state/stores';
import { formatCount } from '../../text/format';
import { base64ToBlob, downloadFile, printFileName, savedMessage } from './print-files';

export function MissingList({ missing }: { missing: readonly MissingItem[] }) {
  if (missing.length === 0) {
    return (
      <p className="print-complete" role="status">
        Biểu mẫu đã có đủ thông tin.
      </p>
    );
  }
  return (
    <section className="print-missing" aria-labelledby="print-missing-title">
      <h3 id="print-missing-title">Biểu mẫu còn thiếu {formatCount(missing.length)} thông tin — nên điền trước khi in</h3>
      <ul>
        {missing.map((m, i) => (
          <li key={`${m.field}-${i}`}>
            <span className="print-missing-what">{m.message}</span>
            <span className="print-missing-where">Điền ở: {m.where}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PreviewPane({ subjectName }: { subjectName: string | null }) {
  const { print } = useStores();
  const preview = usePrint((s) => s.preview);
  const saving = usePrint((s) => s.saving);
  const shell = useApp((s) => s.info?.shell);
  const frame = useRef<HTMLIFrameElement>(null);
  const [loadedUrl, setLoadedUrl] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (!preview) return null;
  if (preview.error) {
    return (
      <div role="alert" className="form-alert">
        {preview.error}
      </div>
    );
  }
  const opened = preview.opened;
  if (!opened) {
    return (
      <p className="loading" role="status">
        Đang chuẩn bị bản xem trước…
      </p>
    );
  }

  async function save(format: 'pdf' | 'docx') {
    setSaved(null);
    const result = await print.getState().save(format);
    if (!result?.ok || !result.value.base64) return;
    const name = printFileName(result.value.form, subjectName, format);
    downloadFile(base64ToBlob(result.value.base64, format), name);
    setSaved(savedMessage(name, shell));
  }

  const ready = loadedUrl === opened.url && !preview.loading;
  return (
    <section className="print-preview" aria-labelledby="print-preview-title">
      <h2 id="print-preview-title">{opened.title}</h2>
      <MissingList missing={opened.missing} />
      <div className="actions print-actions">
        <button type="button" className="btn btn-primary" disabled={!ready} onClick={() => frame.current?.contentWindow?.print()}>
          In
        </button>
        <button type="button" className="btn btn-secondary" disabled={saving !== null} onClick={() => void save('pdf')}>
          {saving === 'pdf' ? 'Đang tạo PDF…' : 'Lưu PDF'}
        </button>
        <button type="button" className="btn btn-secondary" disabled={saving !== null} onClick={() => void save('docx')}>
          {saving === 'docx' ? 'Đang tạo tệp Word…' : 'Lưu Word (.docx)'}
        </button>
        {preview.loading && <span className="print-refreshing">Đang cập nhật bản xem trước…</span>}
      </div>
      {saved && (
        <p className="print-saved" role="status">
          {saved}
        </p>
      )}
      <div className="print-sheet">
        <iframe
          ref={frame}
          key={opened.url}
          className={`print-frame${opened.page.widthMm > opened.page.heightMm ? ' print-frame-landscape' : ''}`}
          style={{ width: `calc(${opened.page.widthMm}mm + 18px)`, height: `${opened.page.heightMm}mm` }}
          title={`Bản xem trước: ${opened.title}`}
          src={opened.url}
          sandbox="allow-same-origin allow-modals"
          onLoad={() => setLoadedUrl(opened.url)}
        />
      </div>
    </section>
  );
}

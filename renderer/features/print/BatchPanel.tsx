// "In hàng loạt": the chosen form for every member (individual forms) or every chi bộ of a chi bộ,
// a đảng bộ or the whole commune, written by the core into a folder the user confirms (default
// "KiemDiem-in" in the data folder), with a progress bar polled every 500 ms, "Dừng", and the result
// said plainly: how many files, and where they went. Layer: renderer.
import { useMemo, useState } from 'react';
import type { PrintFormInfo } from '../../../shared/forms/registry';
import type { OrgUnit } from '../../../shared/domain/org-unit';
import { useApp, usePrint, useStores } from '../../state/stores';
import { formatCount } from '../../text/format';
import { unitFilterOptions } from '../org/org-tree-model';
import { defaultBatchFolder, joinPath, printFileName } from './print-files';

const STATE_TEXT = {
  running: 'Đang in…',
  cancelling: 'Đang dừng (sau tài liệu đang in)…',
  done: 'Đã in xong.',
  cancelled: 'Đã dừng.',
  failed: 'In hàng loạt bị lỗi.',
} as const;

export function BatchPanel({ form, units }: { form: PrintFormInfo; units: readonly OrgUnit[] }) {
  const { print } = useStores();
  const dataDir = useApp((s) => s.info?.dataDir);
  const batch = usePrint((s) => s.batch);
  const batchError = usePrint((s) => s.batchError);
  const commune = units.find((u) => u.kind === 'commune');
  const [scope, setScope] = useState('');
  const [folder, setFolder] = useState(() => defaultBatchFolder(dataDir));
  const [format, setFormat] = useState<'pdf' | 'docx'>('pdf');
  const [combined, setCombined] = useState(false);
  const options = useMemo(() => unitFilterOptions(units.filter((u) => !u.closedOn && u.kind !== 'commune')), [units]);

  const status = batch?.status ?? null;
  const running = status ? status.state === 'running' || status.state === 'cancelling' : batch !== null;
  const each = form.individual ? 'mỗi đảng viên một tệp' : 'mỗi chi bộ một tệp';
  const scopeName = units.find((u) => u.id === scope)?.name ?? commune?.name ?? 'toan-dang-bo';

  function start() {
    const out = combined && format === 'pdf' ? joinPath(folder.trim(), printFileName(form.code, scopeName, 'pdf')) : folder.trim();
    void print.getState().startBatch({ ...(scope ? { orgId: scope } : {}), out, format, combined: combined && format === 'pdf' });
  }

  return (
    <section className="panel print-batch" aria-labelledby="print-batch-title">
      <h2 id="print-batch-title">In hàng loạt</h2>
      <p className="field-hint">
        In “{form.title}” cho cả một chi bộ, một đảng bộ hoặc toàn đảng bộ xã: {each}, hoặc ghép thành một tệp PDF.
      </p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="print-batch-scope">In cho</label>
          <select id="print-batch-scope" value={scope} onChange={(e) => setScope(e.target.value)} disabled={running}>
            <option value="">Toàn {commune?.name ?? 'đảng bộ xã'}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="print-batch-format">Loại tệp</label>
          <select id="print-batch-format" value={format} onChange={(e) => setFormat(e.target.value as 'pdf' | 'docx')} disabled={running}>
            <option value="pdf">PDF</option>
            <option value="docx">Word (.docx)</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="print-batch-folder">Thư mục lưu các tệp</label>
        <input id="print-batch-folder" type="text" value={folder} onChange={(e) => setFolder(e.target.value)} disabled={running} aria-describedby="print-batch-folder-hint" />
        <p id="print-batch-folder-hint" className="field-hint">
          Đường dẫn đầy đủ trên máy này. Mặc định là thư mục “KiemDiem-in” trong thư mục dữ liệu của ứng dụng; thư mục chưa có sẽ được tạo.
        </p>
      </div>
      {format === 'pdf' && (
        <label className="field-check">
          <input type="checkbox" checked={combined} onChange={(e) => setCombined(e.target.checked)} disabled={running} /> Ghép tất cả thành một tệp PDF
        </label>
      )}
      <div className="actions">
        <button type="button" className="btn btn-primary" disabled={running || folder.trim() === ''} onClick={start}>
          Bắt đầu in hàng loạt
        </button>
        {running && (
          <button type="button" className="btn btn-danger" disabled={status?.state === 'cancelling'} onClick={() => void print.getState().cancelBatch()}>
            Dừng
          </button>
        )}
      </div>
      {batchError && (
        <div role="alert" className="form-alert">
          {batchError}
        </div>
      )}
      {batch && <BatchProgress />}
    </section>
  );
}

function BatchProgress() {
  const { print } = useStores();
  const batch = usePrint((s) => s.batch)!;
  const status = batch.status;
  const total = status?.total ?? batch.total;
  const done = status?.done ?? 0;
  const finished = status !== null && status.state !== 'running' && status.state !== 'cancelling';
  const label = `Đã in ${formatCount(done)} / ${formatCount(total)}`;
  return (
    <div className="print-batch-progress">
      <p className="print-batch-state" role="status">
        {status ? STATE_TEXT[status.state] : 'Đang bắt đầu…'} {label}
        {status && status.pages > 0 ? ` (${formatCount(status.pages)} trang)` : ''}
      </p>
      <progress max={Math.max(total, 1)} value={done} aria-label={label} />
      {finished && status && (
        <div className="print-batch-result">
          {status.state === 'failed' ? (
            <p role="alert">{status.error?.message ?? 'In hàng loạt bị lỗi.'}</p>
          ) : (
            <p>
              {status.state === 'cancelled' ? 'Đã dừng giữa chừng: ' : ''}
              Đã lưu {formatCount(status.files.length)} tệp vào <code className="print-path">{batch.out}</code>.
            </p>
          )}
          {status.missingTotal > 0 && (
            <details>
              <summary>{formatCount(status.missingTotal)} thông tin còn thiếu trong các tài liệu đã in</summary>
              <ul>
                {status.missing.slice(0, 50).map((m, i) => (
                  <li key={i}>
                    {m.subject}: {m.message} — Điền ở: {m.where}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <button type="button" className="btn btn-link" onClick={() => print.getState().clearBatch()}>
            Đóng kết quả
          </button>
        </div>
      )}
    </div>
  );
}

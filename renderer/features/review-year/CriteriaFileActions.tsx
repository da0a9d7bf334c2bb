// Export and import of a form's criteria: "Xuất ra tệp" saves criteria.export as `tieu-chi-<form>-<year>
// .json`; "Nhập từ tệp" reads a chosen .json (a broken file gets a Vietnamese message at once) and opens
// the import dialog. Layer: renderer.
import { useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { StoredCriteriaTemplate } from '../../../shared/review/index';
import type { ReviewFormCode } from '../../../shared/rules/index';
import { useStores } from '../../state/stores';
import { FormAlert } from '../../ui/FormAlert';
import { downloadCriteriaDocument, readJsonFile } from './criteria-file';
import { ImportDialog } from './ImportDialog';

interface Props {
  year: number;
  form: ReviewFormCode;
  onImported(template: StoredCriteriaTemplate, fileName: string): void;
  /** Buttons shown first in the same row (the page's "Sửa tiêu chí"). */
  leading?: ReactNode;
}

export function CriteriaFileActions({ year, form, onImported, leading }: Props) {
  const { review, notices } = useStores();
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<{ fileName: string; document: unknown } | null>(null);
  const [exporting, setExporting] = useState(false);

  async function exportFile() {
    if (exporting) return;
    setProblem(null);
    setExporting(true);
    const result = await review.getState().exportTemplate(year, form);
    setExporting(false);
    if (!result.ok) return setProblem(result.error.message);
    const name = downloadCriteriaDocument(result.value);
    notices.getState().push('success', `Đã xuất tiêu chí Mẫu ${form} năm ${year} ra tệp ${name}.`);
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is noticed.
    if (inputRef.current) inputRef.current.value = '';
    if (!file) return;
    setProblem(null);
    const read = await readJsonFile(file);
    if (!read.ok) return setProblem(read.message);
    setChosen({ fileName: file.name, document: read.value });
  }

  return (
    <div className="criteria-files">
      <div className="actions">
        {leading}
        <button type="button" className="btn btn-secondary" onClick={() => void exportFile()} aria-disabled={exporting}>
          {exporting ? 'Đang xuất…' : 'Xuất ra tệp (.json)'}
        </button>
        <label className="btn btn-secondary file-picker">
          Nhập từ tệp (.json)…
          <input ref={inputRef} type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void onFile(e)} />
        </label>
      </div>
      <p className="field-hint">Xuất ra tệp để gửi cho chi bộ khác hoặc lưu lại; nhập tệp tiêu chí do Tỉnh ủy hoặc Đảng ủy xã gửi.</p>
      <FormAlert message={problem} />
      {chosen && (
        <ImportDialog
          year={year}
          form={form}
          fileName={chosen.fileName}
          document={chosen.document}
          onClose={() => setChosen(null)}
          onImported={(t) => {
            const name = chosen.fileName;
            setChosen(null);
            onImported(t, name);
          }}
        />
      )}
    </div>
  );
}

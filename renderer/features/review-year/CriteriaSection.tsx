// "Tiêu chí chấm điểm" of a year: pick a form, see its template (with the example banner), edit it,
// export it to a file or import one. Layer: renderer.
import { useEffect, useState } from 'react';
import { FORM_NAMES, type StoredCriteriaTemplate } from '../../../shared/review/index';
import { templateKey } from '../../state/review-store';
import { useReview, useStores } from '../../state/stores';
import { Loading } from '../../ui/Loading';
import { CriteriaEditor } from './CriteriaEditor';
import { CriteriaFileActions } from './CriteriaFileActions';
import { CriteriaView } from './CriteriaView';
import { draftFromTemplate, formatPoints } from './criteria-draft-model';
import { FormPicker } from './FormPicker';
import { TemplateBanner } from './TemplateBanner';

interface Imported {
  key: string;
  fileName: string;
  template: StoredCriteriaTemplate;
}

export function CriteriaSection({ year }: { year: number }) {
  const { review, notices } = useStores();
  const form = useReview((s) => s.form);
  const key = templateKey(year, form);
  const template = useReview((s) => s.templates[key]);
  const draft = useReview((s) => s.criteriaDrafts[key]);
  const drafts = useReview((s) => s.criteriaDrafts);
  const [imported, setImported] = useState<Imported | null>(null);
  const unsaved = new Set(Object.keys(drafts).filter((k) => k.startsWith(`${year}:`)).map((k) => k.slice(String(year).length + 1))) as Set<typeof form>;

  useEffect(() => {
    // Read every time the form is opened, so a change made elsewhere (an import) is never hidden.
    void review.getState().loadTemplate(year, form);
  }, [review, year, form]);

  return (
    <div className="criteria-section">
      <FormPicker current={form} unsaved={unsaved} onChange={(f) => review.getState().setForm(f)} />
      <h3 className="criteria-form-title">
        Tiêu chí chấm điểm {FORM_NAMES[form]} — năm {year}
      </h3>
      {!template ? (
        <Loading />
      ) : draft ? (
        <CriteriaEditor year={year} form={form} draft={draft} onSaved={() => notices.getState().push('success', `Đã lưu tiêu chí Mẫu ${form} năm ${year}.`)} />
      ) : (
        <>
          <TemplateBanner template={template} />
          {imported?.key === key && <ImportedNote imported={imported} onClose={() => setImported(null)} />}
          <CriteriaFileActions
            year={year}
            form={form}
            onImported={(t, fileName) => setImported({ key, fileName, template: t })}
            leading={
              <button type="button" className="btn btn-primary" onClick={() => review.getState().setCriteriaDraft(year, form, draftFromTemplate(template))}>
                Sửa tiêu chí
              </button>
            }
          />
          <CriteriaView template={template} />
        </>
      )}
    </div>
  );
}

function ImportedNote({ imported, onClose }: { imported: Imported; onClose(): void }) {
  const t = imported.template;
  const count = (g: 'common' | 'tasks') => t.criteria.filter((c) => c.group === g).length;
  return (
    <div className="import-result" role="status">
      <p>
        <strong>Đã nhập tiêu chí từ tệp “{imported.fileName}”:</strong> {t.title} — {t.criteria.length} tiêu chí ({count('common')} tiêu chí chung, cộng{' '}
        {formatPoints(t.totals.common)} điểm; {count('tasks')} tiêu chí kết quả thực hiện nhiệm vụ, cộng {formatPoints(t.totals.tasks)} điểm).
      </p>
      <button type="button" className="btn btn-secondary btn-small" onClick={onClose}>
        Đóng
      </button>
    </div>
  );
}

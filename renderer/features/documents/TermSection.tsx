// The committee terms of an issuing body on "Sổ văn bản": the terms recorded (numbers restart from 1
// in each), and a form to record the start of a term (the congress date, e.g. "Nhiệm kỳ 2025–2030").
// A refusal of the core (a date already used, a term that would start before documents already
// issued) is shown next to the field and nothing is saved. Layer: renderer.
import { useState, type FormEvent } from 'react';
import type { DocumentTerm } from '../../../shared/documents/register';
import type { OrgUnit } from '../../../shared/domain/org-unit';
import { formatDateVi } from '../../../shared/text/dates';
import { useStores } from '../../state/stores';
import { FormAlert } from '../../ui/FormAlert';
import { TextField } from '../../ui/fields';
import { coreFormErrors, focusField, type FieldErrors } from '../../ui/form-errors';
import { issuingBodyName } from './issuing-bodies';

export function TermSection({ body, terms }: { body: OrgUnit; terms: DocumentTerm[] }) {
  const { documents } = useStores();
  const [startsOn, setStartsOn] = useState('');
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    if (!startsOn.trim()) {
      setErrors({ startsOn: 'Hãy nhập ngày bắt đầu nhiệm kỳ (ngày đại hội), ví dụ 20/05/2025.' });
      focusField('doc-term-startsOn');
      return;
    }
    setBusy(true);
    const result = await documents.getState().setTerm({ orgUnitId: body.id, startsOn, label: label.trim() || null });
    setBusy(false);
    if (!result.ok) {
      const e = coreFormErrors(result.error, ['startsOn', 'label']);
      setErrors(e.fields);
      setGeneral(e.general);
      if (e.fields.startsOn) focusField('doc-term-startsOn');
      return;
    }
    setErrors({});
    setStartsOn('');
    setLabel('');
  }

  return (
    <section className="panel" aria-labelledby="doc-terms-title">
      <h2 id="doc-terms-title">Nhiệm kỳ của {issuingBodyName(body)}</h2>
      {terms.length === 0 ? (
        <p className="documents-no-term" role="status">
          Chưa có nhiệm kỳ: số văn bản được đánh liên tục trong nhiệm kỳ của cấp ủy, hãy nhập ngày bắt đầu nhiệm kỳ trước khi cấp số.
        </p>
      ) : (
        <ul className="documents-terms" aria-label="Các nhiệm kỳ đã ghi">
          {[...terms].reverse().map((t, i) => (
            <li key={t.id}>
              <strong>{t.label ?? 'Nhiệm kỳ'}</strong> — bắt đầu ngày {formatDateVi(t.startsOn)}
              {i === 0 ? ' (nhiệm kỳ hiện tại)' : ''}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="form" aria-label="Thêm nhiệm kỳ">
        <FormAlert message={general} />
        <div className="form-grid">
          <TextField id="doc-term-startsOn" label="Ngày bắt đầu nhiệm kỳ" type="date" required value={startsOn} onChange={setStartsOn} error={errors.startsOn} hint="Ngày đại hội bầu cấp ủy; số văn bản bắt đầu lại từ 01 kể từ ngày này." />
          <TextField id="doc-term-label" label="Tên nhiệm kỳ" value={label} onChange={setLabel} error={errors.label} maxLength={100} placeholder="Nhiệm kỳ 2025–2030" hint="Ví dụ: Nhiệm kỳ 2025–2030 (không bắt buộc)." />
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Đang lưu…' : 'Lưu nhiệm kỳ'}
          </button>
        </div>
      </form>
    </section>
  );
}

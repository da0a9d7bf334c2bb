// Voiding an issued number on "Sổ văn bản": a written reason is required; the number stays in the
// register, marked voided, and is never given again. Layer: renderer.
import { useState, type FormEvent } from 'react';
import type { IssuedDocument } from '../../../shared/documents/register';
import { formatDateVi } from '../../../shared/text/dates';
import { useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { FormAlert } from '../../ui/FormAlert';
import { TextAreaField } from '../../ui/fields';
import { coreFormErrors, focusField } from '../../ui/form-errors';

export function VoidDialog({ document: doc, onClose }: { document: IssuedDocument; onClose(): void }) {
  const { documents } = useStores();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Hãy ghi lý do hủy số văn bản.');
      focusField('doc-void-reason');
      return;
    }
    setBusy(true);
    const result = await documents.getState().voidDocument(doc.id, reason.trim());
    setBusy(false);
    if (!result.ok) {
      const e = coreFormErrors(result.error, ['reason']);
      setError(e.fields.reason);
      setGeneral(e.general);
      return;
    }
    onClose();
  }

  return (
    <Dialog title={`Hủy ${doc.formatted}`} onClose={onClose}>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="form">
        <FormAlert message={general} />
        <p>
          {doc.formatted}, ngày {formatDateVi(doc.issuedOn)}: {doc.title}
        </p>
        <p>Số đã hủy vẫn nằm trong sổ, được đánh dấu “Đã hủy” kèm lý do, và không bao giờ được cấp lại cho văn bản khác.</p>
        <TextAreaField id="doc-void-reason" label="Lý do hủy" required value={reason} onChange={setReason} error={error} />
        <div className="form-actions">
          <button type="submit" className="btn btn-danger" disabled={busy}>
            {busy ? 'Đang lưu…' : 'Hủy số này'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Không hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}

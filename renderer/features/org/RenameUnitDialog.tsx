// "Đổi tên" of an org unit (and, if needed, its type). Layer: renderer.
import { useState, type FormEvent } from 'react';
import { orgTypes, type OrgType } from '../../../shared/domain/enums';
import { orgRenameSchema, type OrgUnit } from '../../../shared/domain/org-unit';
import { useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import { coreFormErrors, focusField, zodFieldErrors, type FieldErrors } from '../../ui/form-errors';

export function RenameUnitDialog({ unit, onClose, onDone }: { unit: OrgUnit; onClose(): void; onDone(): void }) {
  const { org } = useStores();
  const [name, setName] = useState(unit.name);
  const [type, setType] = useState<OrgType>(unit.type);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const parsed = orgRenameSchema.safeParse({ id: unit.id, name, type });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, { name: 'Tên tổ chức đảng', type: 'Loại hình' }));
      focusField('org-rename-name');
      return;
    }
    setBusy(true);
    const result = await org.getState().rename(parsed.data);
    setBusy(false);
    if (!result.ok) {
      const mapped = coreFormErrors(result.error, ['name', 'type']);
      setErrors(mapped.fields);
      setGeneral(mapped.general);
      return;
    }
    onDone();
  }

  return (
    <Dialog title={`Đổi tên: ${unit.name}`} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormAlert message={general} />
        <TextField id="org-rename-name" label="Tên mới" required value={name} onChange={setName} error={errors.name} maxLength={150} autoFocus />
        <SelectField id="org-rename-type" label="Loại hình" value={type} onChange={(v) => setType(v as OrgType)} error={errors.type} options={orgTypes.codes.map((t) => ({ value: t, label: orgTypes.labels[t] }))} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Đang lưu…' : 'Lưu'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}

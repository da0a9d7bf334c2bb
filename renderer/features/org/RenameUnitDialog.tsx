// "Đổi tên" of an org unit (and, if needed, its type). Layer: renderer.
import { useState, type FormEvent } from 'react';
import { orgTypes, type OrgType } from '../../../shared/domain/enums';
import { orgRenameSchema, type OrgUnit } from '../../../shared/domain/org-unit';
import { useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import { useDialogForm } from '../../ui/use-dialog-form';

export function RenameUnitDialog({ unit, onClose, onDone }: { unit: OrgUnit; onClose(): void; onDone(): void }) {
  const { org } = useStores();
  const [name, setName] = useState(unit.name);
  const [type, setType] = useState<OrgType>(unit.type);
  const form = useDialogForm({
    idPrefix: 'org-rename',
    fields: ['name', 'type'],
    labels: { name: 'Tên tổ chức đảng', type: 'Loại hình' },
    schema: orgRenameSchema,
    send: (data) => org.getState().rename(data),
    onDone: () => onDone(),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.submit({ id: unit.id, name, type });
  }

  return (
    <Dialog title={`Đổi tên: ${unit.name}`} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormAlert message={form.general} />
        <TextField id="org-rename-name" label="Tên mới" required value={name} onChange={setName} error={form.errors.name} maxLength={150} autoFocus />
        <SelectField id="org-rename-type" label="Loại hình" value={type} onChange={(v) => setType(v as OrgType)} error={form.errors.type} options={orgTypes.codes.map((t) => ({ value: t, label: orgTypes.labels[t] }))} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={form.busy}>
            {form.busy ? 'Đang lưu…' : 'Lưu'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}

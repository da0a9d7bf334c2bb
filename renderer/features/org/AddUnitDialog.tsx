// "Thêm tổ chức đảng": choose the parent, then only the kinds that may sit under it
// (placementProblem), the type and the name. Layer: renderer.
import { useState, type FormEvent } from 'react';
import { orgKinds, orgTypes, type OrgKind, type OrgType } from '../../../shared/domain/enums';
import { orgCreateSchema, type OrgUnit } from '../../../shared/domain/org-unit';
import { placementProblem } from '../../../shared/domain/org-tree';
import { useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import { coreFormErrors, firstErrorField, focusField, zodFieldErrors, type FieldErrors } from '../../ui/form-errors';
import { flattenTree } from './org-tree-model';

const labels = { parentId: 'Thuộc đơn vị', kind: 'Loại tổ chức', type: 'Loại hình', name: 'Tên tổ chức đảng' };
const order = ['parentId', 'kind', 'type', 'name'];

function validKinds(parent: OrgUnit | undefined): OrgKind[] {
  return orgKinds.codes.filter((k) => placementProblem(parent, k) === null);
}

interface Props {
  units: readonly OrgUnit[];
  parentId: string;
  onClose(): void;
  onCreated(unit: OrgUnit): void;
}

export function AddUnitDialog({ units, parentId: initialParent, onClose, onCreated }: Props) {
  const { org } = useStores();
  const parents = flattenTree(units).filter((r) => validKinds(r.unit).length > 0);
  const [parentId, setParentId] = useState(initialParent);
  const parent = units.find((u) => u.id === parentId);
  const kinds = validKinds(parent);
  const [kind, setKind] = useState<string>(kinds.length === 1 ? kinds[0]! : '');
  const [type, setType] = useState<string>('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function chooseParent(id: string) {
    setParentId(id);
    const next = validKinds(units.find((u) => u.id === id));
    setKind(next.length === 1 ? next[0]! : next.includes(kind as OrgKind) ? kind : '');
  }

  function show(fieldErrors: FieldErrors, message: string | null) {
    setErrors(fieldErrors);
    setGeneral(message);
    const first = firstErrorField(order, fieldErrors);
    if (first) focusField(`org-add-${first}`);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const parsed = orgCreateSchema.safeParse({ parentId, kind, type, name });
    if (!parsed.success) return show(zodFieldErrors(parsed.error, labels), null);
    const problem = placementProblem(parent, parsed.data.kind);
    if (problem) return show({ kind: problem }, null);
    setBusy(true);
    const result = await org.getState().create(parsed.data);
    setBusy(false);
    if (!result.ok) {
      const mapped = coreFormErrors(result.error, order);
      return show(mapped.fields, mapped.general ?? result.error.message);
    }
    onCreated(result.value);
  }

  const noKind = parent ? placementProblem(parent, 'cell') && placementProblem(parent, 'basic-cell') && placementProblem(parent, 'basic-committee') : null;
  return (
    <Dialog title="Thêm tổ chức đảng" onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormAlert message={general} />
        <SelectField
          id="org-add-parentId"
          label={labels.parentId}
          required
          value={parentId}
          onChange={chooseParent}
          error={errors.parentId}
          options={parents.map((r) => ({ value: r.unit.id, label: `${'\u00a0\u00a0\u00a0'.repeat(r.depth)}${r.unit.name}` }))}
        />
        <SelectField
          id="org-add-kind"
          label={labels.kind}
          required
          value={kind}
          onChange={setKind}
          error={errors.kind ?? (kinds.length === 0 ? (noKind ?? undefined) : undefined)}
          placeholder="— Chọn loại tổ chức —"
          options={kinds.map((k) => ({ value: k, label: orgKinds.labels[k] }))}
          hint={kinds.length > 0 ? 'Chỉ hiện các loại được phép đặt dưới đơn vị đã chọn.' : undefined}
          autoFocus
        />
        <SelectField
          id="org-add-type"
          label={labels.type}
          required
          value={type}
          onChange={(v) => setType(v as OrgType)}
          error={errors.type}
          placeholder="— Chọn loại hình —"
          options={orgTypes.codes.map((t) => ({ value: t, label: orgTypes.labels[t] }))}
        />
        <TextField id="org-add-name" label={labels.name} required value={name} onChange={setName} error={errors.name} placeholder="Ví dụ: Chi bộ thôn Đông" maxLength={150} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Đang lưu…' : 'Thêm'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}

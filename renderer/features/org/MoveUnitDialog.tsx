// "Chuyển" an org unit under another parent. Only the targets moveProblem accepts are offered; the
// others are listed with the reason, so the user sees why a unit is missing. Layer: renderer.
import { useState, type FormEvent } from 'react';
import type { OrgUnit } from '../../../shared/domain/org-unit';
import { moveProblem } from '../../../shared/domain/org-tree';
import { useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import { flattenTree } from './org-tree-model';

export function MoveUnitDialog({ unit, units, onClose, onDone }: { unit: OrgUnit; units: readonly OrgUnit[]; onClose(): void; onDone(): void }) {
  const { org } = useStores();
  const candidates = flattenTree(units)
    .map((r) => r.unit)
    .filter((u) => u.id !== unit.id && u.id !== unit.parentId && !u.closedOn);
  const valid = candidates.filter((u) => moveProblem(units, unit.id, u.id) === null);
  // Refused targets grouped by reason: one line per reason, not one per unit.
  const refused = new Map<string, string[]>();
  for (const u of candidates) {
    const problem = moveProblem(units, unit.id, u.id);
    if (problem) refused.set(problem, [...(refused.get(problem) ?? []), u.name]);
  }
  const refusedCount = [...refused.values()].reduce((n, names) => n + names.length, 0);
  // Never pre-chosen, even when one target is possible: moving a unit is a deliberate act.
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!target) {
      setError('Hãy chọn đơn vị chuyển đến.');
      document.getElementById('org-move-target')?.focus();
      return;
    }
    const problem = moveProblem(units, unit.id, target);
    if (problem) return setError(problem);
    setBusy(true);
    const result = await org.getState().move({ id: unit.id, newParentId: target });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onDone();
  }

  return (
    <Dialog title={`Chuyển: ${unit.name}`} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormAlert message={error} />
        {valid.length > 0 ? (
          <SelectField
            id="org-move-target"
            label="Chuyển đến (đơn vị cấp trên mới)"
            required
            value={target}
            onChange={(v) => {
              setTarget(v);
              setError(null);
            }}
            placeholder="— Chọn đơn vị —"
            options={valid.map((u) => ({ value: u.id, label: u.name }))}
            autoFocus
          />
        ) : (
          <p className="notice-inline" role="alert">
            Không có đơn vị nào phù hợp để chuyển “{unit.name}” đến.
          </p>
        )}
        {refusedCount > 0 && (
          <details className="refused-targets">
            <summary>Không chuyển được vào {refusedCount} đơn vị khác — xem lý do</summary>
            <ul>
              {[...refused].map(([reason, names]) => (
                <li key={reason}>
                  <strong>{reason}</strong> ({names.join(', ')})
                </li>
              ))}
            </ul>
          </details>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy || valid.length === 0}>
            {busy ? 'Đang chuyển…' : 'Chuyển'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}

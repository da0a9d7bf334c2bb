// Whom a form is printed for: a member (search over the register's rows, by name, card number or
// citizen id, as in "Đảng viên"), an org unit (the tree as an indented list), or nobody (a blank form
// for the whole đảng bộ). Layer: renderer.
import { useDeferredValue, useMemo, useState } from 'react';
import type { SubjectKind } from '../../../shared/forms/registry';
import type { MemberListRow } from '../../../shared/domain/member';
import type { OrgUnit } from '../../../shared/domain/org-unit';
import { activeStatuses } from '../../../shared/domain/enums';
import { applySearch } from '../members/filter-members';
import { shortUnitPath, unitFilterOptions } from '../org/org-tree-model';

export const SUBJECT_KIND_LABELS: Record<SubjectKind, string> = {
  member: 'Một đảng viên',
  org: 'Một tổ chức đảng (chi bộ, đảng bộ)',
  none: 'Không chọn — mẫu để trống cho toàn đảng bộ',
};

const MAX_RESULTS = 8;

export function KindChoice({ kinds, value, onChange }: { kinds: readonly SubjectKind[]; value: SubjectKind | null; onChange(kind: SubjectKind): void }) {
  if (kinds.length < 2) return null;
  return (
    <fieldset className="print-kinds">
      <legend>In cho</legend>
      {kinds.map((k) => (
        <label key={k} className="field-check">
          <input type="radio" name="print-subject-kind" checked={value === k} onChange={() => onChange(k)} /> {SUBJECT_KIND_LABELS[k]}
        </label>
      ))}
    </fieldset>
  );
}

export function UnitPicker({ units, value, onChange }: { units: readonly OrgUnit[]; value: string | null; onChange(id: string | null): void }) {
  const options = useMemo(() => unitFilterOptions(units.filter((u) => !u.closedOn)), [units]);
  return (
    <div className="field">
      <label htmlFor="print-unit">Tổ chức đảng</label>
      <select id="print-unit" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">— Chọn chi bộ hoặc đảng bộ —</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function MemberPicker({
  rows,
  units,
  value,
  onChange,
}: {
  rows: readonly MemberListRow[];
  units: readonly OrgUnit[];
  value: string | null;
  onChange(id: string | null): void;
}) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const active = useMemo(() => {
    const on = new Set<string>(activeStatuses);
    return rows.filter((r) => on.has(r.status));
  }, [rows]);
  const found = useMemo(() => (deferred.trim() === '' ? [] : applySearch(active, deferred)), [active, deferred]);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const chosen = value ? rows.find((r) => r.id === value) : undefined;

  return (
    <div className="print-member-picker">
      <div className="field">
        <label htmlFor="print-member-search">Tìm đảng viên</label>
        <input id="print-member-search" type="search" value={query} placeholder="Họ tên, số thẻ đảng hoặc số định danh" onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </div>
      {deferred.trim() !== '' && (
        <ul className="print-member-results" aria-label="Kết quả tìm đảng viên">
          {found.slice(0, MAX_RESULTS).map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className="print-member-option"
                aria-pressed={r.id === value}
                onClick={() => {
                  onChange(r.id);
                  setQuery('');
                }}
              >
                <span className="print-member-name">{r.fullName}</span> <span className="print-member-unit">{shortUnitPath(byId, r.orgUnitId)}</span>
              </button>
            </li>
          ))}
          {found.length === 0 && <li className="print-member-none">Không tìm thấy đảng viên nào.</li>}
          {found.length > MAX_RESULTS && <li className="print-member-none">Còn {found.length - MAX_RESULTS} người nữa — gõ thêm để thu hẹp.</li>}
        </ul>
      )}
      <p className="print-member-chosen" role="status">
        {chosen ? (
          <>
            Đã chọn: <strong>{chosen.fullName}</strong> ({shortUnitPath(byId, chosen.orgUnitId)})
          </>
        ) : (
          'Chưa chọn đảng viên.'
        )}
      </p>
    </div>
  );
}

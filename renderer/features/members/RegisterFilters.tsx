// The register's search box and filters (org unit, status, category). The search box is labelled
// "Tìm đảng viên"; "/" or Ctrl+F jumps to it (wired by the page). Only the search box reads the
// query, so a keystroke re-renders the box, not the filters: the org-unit list holds a choice per
// unit (hundreds in a large commune) and is built once per change of the tree. Layer: renderer.
import { memo, useMemo, type KeyboardEvent, type RefObject } from 'react';
import type { OrgUnit } from '../../../shared/domain/org-unit';
import { memberCategories, memberStatuses } from '../../../shared/domain/enums';
import type { CategoryFilter, RegisterFilters as Filters, StatusFilter } from '../../state/member-store';
import { useMembers } from '../../state/stores';
import { SelectField } from '../../ui/fields';
import { unitFilterOptions } from '../org/org-tree-model';

const statusOptions = [
  { value: 'active', label: 'Đang sinh hoạt' },
  { value: 'all', label: 'Tất cả (kể cả đã chuyển đi, từ trần…)' },
  ...memberStatuses.codes.map((c) => ({ value: c, label: memberStatuses.labels[c] })),
];
const categoryOptions = [{ value: 'all', label: 'Tất cả các loại' }, ...memberCategories.codes.map((c) => ({ value: c, label: memberCategories.labels[c] }))];

interface Props {
  units: readonly OrgUnit[];
  orgUnitId: string | null;
  status: StatusFilter;
  category: CategoryFilter;
  searchRef: RefObject<HTMLInputElement | null>;
  onChange(patch: Partial<Filters>): void;
  /** Arrow down from the search box goes into the list. */
  onSearchArrowDown(): void;
}

export const RegisterFilters = memo(function RegisterFilters({ units, orgUnitId, status, category, searchRef, onChange, onSearchArrowDown }: Props) {
  // Every unit but the commune itself, in tree order.
  const unitOptions = useMemo(() => {
    const kinds = new Map(units.map((u) => [u.id, u.kind]));
    return unitFilterOptions(units).filter((o) => kinds.get(o.value) !== 'commune');
  }, [units]);
  return (
    <div className="register-filters">
      <SearchBox inputRef={searchRef} onChange={onChange} onArrowDown={onSearchArrowDown} />
      <SelectField
        id="filter-unit"
        label="Tổ chức đảng"
        value={orgUnitId ?? ''}
        onChange={(v) => onChange({ orgUnitId: v || null })}
        placeholder="Tất cả tổ chức đảng"
        options={unitOptions}
      />
      <SelectField id="filter-status" label="Trạng thái" value={status} onChange={(v) => onChange({ status: v as StatusFilter })} options={statusOptions} />
      <SelectField id="filter-category" label="Loại đảng viên" value={category} onChange={(v) => onChange({ category: v as CategoryFilter })} options={categoryOptions} />
    </div>
  );
});

interface SearchBoxProps {
  inputRef: RefObject<HTMLInputElement | null>;
  onChange(patch: Partial<Filters>): void;
  onArrowDown(): void;
}

function SearchBox({ inputRef, onChange, onArrowDown }: SearchBoxProps) {
  const query = useMembers((s) => s.filters.query);
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      onArrowDown();
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      onChange({ query: '' });
    }
  }
  return (
    <div className="field field-search">
      <label htmlFor="member-search">Tìm đảng viên</label>
      <input
        ref={inputRef}
        id="member-search"
        type="search"
        value={query}
        onChange={(e) => onChange({ query: e.target.value })}
        onKeyDown={onKeyDown}
        placeholder="Họ tên, số thẻ hoặc số CCCD"
        aria-describedby="member-search-hint"
        autoComplete="off"
        spellCheck={false}
      />
      <p id="member-search-hint" className="field-hint">
        Gõ có dấu hay không dấu đều được. Phím tắt: “/” hoặc Ctrl+F để tìm; mũi tên xuống để vào danh sách.
      </p>
    </div>
  );
}

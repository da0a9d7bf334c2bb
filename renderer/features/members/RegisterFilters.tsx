// The register's search box and filters (org unit, status, category). The search box is labelled
// "Tìm đảng viên"; "/" or Ctrl+F jumps to it (wired by the page). Layer: renderer.
import type { KeyboardEvent, RefObject } from 'react';
import type { OrgUnit } from '../../../shared/domain/org-unit';
import { memberCategories, memberStatuses } from '../../../shared/domain/enums';
import type { CategoryFilter, RegisterFilters as Filters, StatusFilter } from '../../state/member-store';
import { SelectField } from '../../ui/fields';
import { unitFilterOptions } from '../org/org-tree-model';

interface Props {
  filters: Filters;
  units: readonly OrgUnit[];
  searchRef: RefObject<HTMLInputElement | null>;
  onChange(patch: Partial<Filters>): void;
  /** Arrow down from the search box goes into the list. */
  onSearchArrowDown(): void;
}

export function RegisterFilters({ filters, units, searchRef, onChange, onSearchArrowDown }: Props) {
  function onSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      onSearchArrowDown();
    } else if (event.key === 'Escape' && filters.query) {
      event.preventDefault();
      onChange({ query: '' });
    }
  }
  return (
    <div className="register-filters">
      <div className="field field-search">
        <label htmlFor="member-search">Tìm đảng viên</label>
        <input
          ref={searchRef}
          id="member-search"
          type="search"
          value={filters.query}
          onChange={(e) => onChange({ query: e.target.value })}
          onKeyDown={onSearchKey}
          placeholder="Họ tên, số thẻ hoặc số CCCD"
          aria-describedby="member-search-hint"
          autoComplete="off"
          spellCheck={false}
        />
        <p id="member-search-hint" className="field-hint">
          Gõ có dấu hay không dấu đều được. Phím tắt: “/” hoặc Ctrl+F để tìm; mũi tên xuống để vào danh sách.
        </p>
      </div>
      <SelectField
        id="filter-unit"
        label="Tổ chức đảng"
        value={filters.orgUnitId ?? ''}
        onChange={(v) => onChange({ orgUnitId: v || null })}
        placeholder="Tất cả tổ chức đảng"
        options={unitFilterOptions(units).filter((o) => units.find((u) => u.id === o.value)?.kind !== 'commune')}
      />
      <SelectField
        id="filter-status"
        label="Trạng thái"
        value={filters.status}
        onChange={(v) => onChange({ status: v as StatusFilter })}
        options={[{ value: 'active', label: 'Đang sinh hoạt' }, { value: 'all', label: 'Tất cả (kể cả đã chuyển đi, từ trần…)' }, ...memberStatuses.codes.map((c) => ({ value: c, label: memberStatuses.labels[c] }))]}
      />
      <SelectField
        id="filter-category"
        label="Loại đảng viên"
        value={filters.category}
        onChange={(v) => onChange({ category: v as CategoryFilter })}
        options={[{ value: 'all', label: 'Tất cả các loại' }, ...memberCategories.codes.map((c) => ({ value: c, label: memberCategories.labels[c] }))]}
      />
    </div>
  );
}

// The review years as a row of buttons (latest first) with the "Tạo đợt kiểm điểm năm N" button.
// Layer: renderer.
import type { ReviewYear } from '../../../shared/review/index';
import { formatDateVi } from '../../../shared/text/dates';


interface Props {
  years: readonly ReviewYear[];
  selected: number | null;
  suggestedYear: number;
  onSelect(year: number): void;
  onCreate(): void;
}

export function YearPicker({ years, selected, suggestedYear, onSelect, onCreate }: Props) {
  return (
    <nav className="year-picker" aria-label="Các đợt kiểm điểm">
      <ul>
        {years.map((y) => (
          <li key={y.year}>
            <button type="button" className="year-button" aria-current={y.year === selected ? 'true' : undefined} onClick={() => onSelect(y.year)}>
              <span className="year-button-year">Năm {y.year}</span>
              <span className="year-button-date">Kiểm điểm ngày {formatDateVi(y.settings.reviewDate)}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="btn btn-primary" onClick={onCreate}>
        Tạo đợt kiểm điểm năm {suggestedYear}
      </button>
    </nav>
  );
}

// "Danh sách kiểm điểm" of a year: at the year's review date, who of each chi bộ is reviewed,
// classified and votes — commune totals, a filter to show only those without a vote (everyone not
// reviewed included), and the chi bộ one by one, closed until opened. Read again every time it opens.
// Layer: renderer.
import { useEffect, useMemo, useState } from 'react';
import type { ReviewYear } from '../../../shared/review/index';
import { RULE_SETS } from '../../../shared/rules/index';
import { useReview, useStores } from '../../state/stores';
import { CheckField } from '../../ui/fields';
import { Loading } from '../../ui/Loading';
import { EligibilityTotals } from './EligibilityTotals';
import { EligibilityUnitBlock } from './EligibilityUnitBlock';
import { shownUnits } from './eligibility-model';
import { formatDateVi } from '../../../shared/text/dates';

export function EligibilitySection({ year }: { year: ReviewYear }) {
  const { review } = useStores();
  const stored = useReview((s) => s.eligibility);
  const view = stored?.reviewYear === year.year ? stored : null;
  const [onlyExcluded, setOnlyExcluded] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const units = useMemo(() => (view ? shownUnits(view.units, onlyExcluded) : []), [view, onlyExcluded]);

  useEffect(() => {
    void review.getState().loadEligibility(year.year);
  }, [review, year.year, year.updatedAt]);

  function filter(on: boolean) {
    setOnlyExcluded(on);
    // The filtered list is short: open it all, so every excluded member and the reason are in sight.
    setOpen(on && view ? new Set(shownUnits(view.units, true).map((u) => u.unit.orgUnitId)) : new Set());
  }

  function toggle(id: string) {
    setOpen((o) => {
      const next = new Set(o);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  if (!view) return <Loading />;
  const regulation = RULE_SETS[view.ruleSet]?.regulation.code ?? view.ruleSet;
  return (
    <div className="eligibility">
      <p className="lead">
        Xét tại ngày kiểm điểm <strong>{formatDateVi(view.reviewDate)}</strong> theo {regulation} và Điều lệ Đảng. Đổi ngày kiểm điểm ở phần “Cài đặt đợt
        kiểm điểm”.
      </p>
      <EligibilityTotals totals={view.totals} />
      <div className="elig-tools">
        <CheckField
          id="elig-only-excluded"
          label="Chỉ hiện người không kiểm điểm / không biểu quyết"
          checked={onlyExcluded}
          onChange={filter}
          hint="Gồm người miễn sinh hoạt, bị đình chỉ sinh hoạt, mới kết nạp chưa đủ 6 tháng và đảng viên dự bị."
        />
        <div className="actions">
          <button type="button" className="btn btn-secondary" onClick={() => setOpen(new Set(units.map((u) => u.unit.orgUnitId)))}>
            Mở tất cả chi bộ
          </button>
          <button type="button" className="btn btn-secondary" onClick={() => setOpen(new Set())}>
            Thu gọn tất cả
          </button>
        </div>
      </div>
      {view.units.length === 0 ? (
        <p className="empty">Chưa có chi bộ nào có đảng viên. Hãy thêm tổ chức đảng và đảng viên trước.</p>
      ) : units.length === 0 ? (
        <p className="empty">Không có ai bị loại khỏi kiểm điểm hoặc biểu quyết: mọi đảng viên đang sinh hoạt đều được kiểm điểm và biểu quyết.</p>
      ) : (
        <div className="elig-units">
          {units.map(({ unit, members }) => (
            <EligibilityUnitBlock key={unit.orgUnitId} unit={unit} members={members} open={open.has(unit.orgUnitId)} onToggle={() => toggle(unit.orgUnitId)} />
          ))}
        </div>
      )}
    </div>
  );
}

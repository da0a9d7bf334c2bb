// Đợt kiểm điểm: the review years (create one from the defaults or as a copy of an earlier year), and for
// the chosen year its three parts — settings, criteria templates, eligibility list — as tabs.
// Layer: renderer.
import { useEffect, useState } from 'react';
import type { ReviewYear } from '../../../shared/review/index';
import { RULE_SETS } from '../../../shared/rules/index';
import type { ReviewSection } from '../../state/review-store';
import { useReview, useStores } from '../../state/stores';
import { Loading } from '../../ui/Loading';
import { CreatedSummary } from './CreatedSummary';
import { CreateYearDialog } from './CreateYearDialog';
import { CriteriaSection } from './CriteriaSection';
import { EligibilitySection } from './EligibilitySection';
import { SectionTabs, panelId, tabId } from './SectionTabs';
import { sameValues, settingsToValues } from './settings-form-model';
import { YearPicker } from './YearPicker';
import { YearSettingsForm } from './YearSettingsForm';
import { formatDateVi } from '../../../shared/text/dates';

/** The year offered for a new round: this year if it has none yet, else the one after the latest. */
function suggestYear(years: readonly ReviewYear[], now = new Date()): number {
  const current = now.getFullYear();
  if (!years.some((y) => y.year === current)) return current;
  return Math.max(...years.map((y) => y.year)) + 1;
}

export function ReviewYearPage() {
  const { review } = useStores();
  const years = useReview((s) => s.years);
  const loaded = useReview((s) => s.loaded);
  const selectedYear = useReview((s) => s.selectedYear);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void review.getState().load();
  }, [review]);

  const year = years.find((y) => y.year === selectedYear) ?? null;
  const suggested = suggestYear(years);

  return (
    <div className="review-page">
      <h1 className="page-title">Đợt kiểm điểm</h1>
      <p className="page-subtitle">Mỗi năm một đợt kiểm điểm, đánh giá, xếp loại chất lượng: cài đặt của đợt, tiêu chí chấm điểm và danh sách đảng viên được kiểm điểm.</p>
      {!loaded ? (
        <Loading />
      ) : years.length === 0 ? (
        <section className="panel empty-years">
          <h2>Chưa có đợt kiểm điểm nào</h2>
          <p>Hãy tạo đợt kiểm điểm năm {suggested}. Phần mềm điền sẵn cài đặt theo Quy định 366 và Hướng dẫn 43; anh/chị kiểm tra lại và sửa nếu cần.</p>
          <button type="button" className="btn btn-primary btn-large" onClick={() => setCreating(true)}>
            Tạo đợt kiểm điểm năm {suggested}
          </button>
        </section>
      ) : (
        <>
          <YearPicker years={years} selected={selectedYear} suggestedYear={suggested} onSelect={(y) => review.getState().select(y)} onCreate={() => setCreating(true)} />
          {year && <YearView year={year} />}
        </>
      )}
      {creating && <CreateYearDialog years={years} suggestedYear={suggested} onClose={() => setCreating(false)} onCreated={() => setCreating(false)} />}
    </div>
  );
}

function YearView({ year }: { year: ReviewYear }) {
  const { review } = useStores();
  const section = useReview((s) => s.section);
  const created = useReview((s) => s.created);
  const settingsDraft = useReview((s) => s.settingsDrafts[year.year]);
  const criteriaDrafts = useReview((s) => s.criteriaDrafts);
  const unsaved = new Set<ReviewSection>();
  if (settingsDraft && !sameValues(settingsDraft, settingsToValues(year.settings))) unsaved.add('settings');
  if (Object.keys(criteriaDrafts).some((k) => k.startsWith(`${year.year}:`))) unsaved.add('criteria');
  // A rule set unknown to this version (data from a newer app) is shown by its id rather than crashing.
  const regulation = RULE_SETS[year.settings.ruleSet]?.regulation.code ?? year.settings.ruleSet;

  return (
    <section className="year-view" aria-labelledby="year-view-title">
      <h2 id="year-view-title">Đợt kiểm điểm năm {year.year}</h2>
      <p className="year-facts">
        Ngày kiểm điểm {formatDateVi(year.settings.reviewDate)} · {regulation} · Tỷ lệ “Hoàn thành xuất sắc” tối đa {year.settings.quota.ratePercent}%
      </p>
      {created?.year.year === year.year && <CreatedSummary info={created} onClose={() => review.getState().dismissCreated()} />}
      <SectionTabs current={section} unsaved={unsaved} onChange={(s) => review.getState().setSection(s)} />
      <div id={panelId(section)} role="tabpanel" aria-labelledby={tabId(section)} className="section-panel">
        {section === 'settings' && <YearSettingsForm key={year.year} year={year} />}
        {section === 'criteria' && <CriteriaSection year={year.year} />}
        {section === 'eligibility' && <EligibilitySection year={year} />}
      </div>
    </section>
  );
}

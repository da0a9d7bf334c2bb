// "Đảng ủy quyết định": the year's decision stage in three parts — progress board, verification and
// decision (quota, lock), re-rating (Mẫu 03) — chosen with a year list and tabs. Every part is read
// again from the core when the page, the year or the part changes. Layer: renderer.
import { useEffect } from 'react';
import { useDecision, useStores } from '../../state/stores';
import { Loading } from '../../ui/Loading';
import { SelectField } from '../../ui/fields';
import { BoardSection } from './BoardSection';
import { DecisionTabs, decisionPanelId, decisionTabId } from './DecisionTabs';
import { ReRateSection } from './ReRateSection';
import { VerifySection } from './VerifySection';

export function DecisionPage() {
  const { decision } = useStores();
  const years = useDecision((s) => s.years);
  const loaded = useDecision((s) => s.yearsLoaded);
  const year = useDecision((s) => s.year);
  const tab = useDecision((s) => s.tab);
  const scope = useDecision((s) => s.scope);

  useEffect(() => {
    void decision.getState().loadYears();
  }, [decision]);

  useEffect(() => {
    if (year !== null) void decision.getState().refresh();
  }, [decision, year, scope, tab]);

  return (
    <div className="decision-page">
      <h1 className="page-title">Đảng ủy quyết định</h1>
      <p className="page-subtitle">
        Sau hội nghị kiểm điểm của các chi bộ, Đảng ủy theo dõi tiến độ, thẩm định đề nghị, quyết định mức xếp loại, ban hành quyết định công nhận và xếp
        loại lại khi cần.
      </p>
      {!loaded ? (
        <Loading />
      ) : years.length === 0 ? (
        <p className="empty">Chưa có đợt kiểm điểm nào. Hãy tạo đợt kiểm điểm ở mục “Đợt kiểm điểm” trước.</p>
      ) : (
        <>
          <div className="decision-year">
            <SelectField
              id="decision-year"
              label="Năm kiểm điểm"
              value={year === null ? '' : String(year)}
              onChange={(v) => decision.getState().selectYear(Number(v))}
              options={years.map((y) => ({ value: String(y), label: `Năm ${y}` }))}
            />
          </div>
          <DecisionTabs current={tab} onChange={(t) => decision.getState().setTab(t)} />
          <div id={decisionPanelId(tab)} role="tabpanel" aria-labelledby={decisionTabId(tab)} className="section-panel decision-panel">
            {tab === 'board' && <BoardSection />}
            {tab === 'verify' && <VerifySection />}
            {tab === 'rerate' && <ReRateSection />}
          </div>
        </>
      )}
    </div>
  );
}

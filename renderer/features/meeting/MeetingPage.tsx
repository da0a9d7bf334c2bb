// Hội nghị kiểm điểm: pick the review year, see every chi bộ with the state of its meeting, start one or
// continue it; the open meeting is shown as the step-by-step wizard. Layer: renderer.
import { useEffect } from 'react';
import { useMeeting, useStores } from '../../state/stores';
import { Loading } from '../../ui/Loading';
import { MeetingList } from './MeetingList';
import { MeetingWizard } from './MeetingWizard';

export function MeetingPage() {
  const { meeting } = useStores();
  const view = useMeeting((s) => s.view);
  useEffect(() => {
    void meeting.getState().loadYears();
  }, [meeting]);
  return view ? <MeetingWizard key={view.id} /> : <MeetingChooser />;
}

function MeetingChooser() {
  const { meeting } = useStores();
  const years = useMeeting((s) => s.years);
  const loaded = useMeeting((s) => s.yearsLoaded);
  const selected = useMeeting((s) => s.selectedYear);
  return (
    <div className="mtg-page">
      <h1 className="page-title">Hội nghị kiểm điểm</h1>
      <p className="page-subtitle">Phần mềm dẫn từng bước hội nghị kiểm điểm của chi bộ, từ chuẩn bị đến thông qua biên bản. Chọn chi bộ để bắt đầu hoặc làm tiếp.</p>
      {!loaded ? (
        <Loading />
      ) : years.length === 0 ? (
        <p className="empty">Chưa có đợt kiểm điểm nào. Hãy tạo đợt kiểm điểm của năm ở trang “Đợt kiểm điểm” trước.</p>
      ) : (
        <>
          <div className="field mtg-year">
            <label htmlFor="mtg-year">Năm kiểm điểm</label>
            <select id="mtg-year" value={selected ?? ''} onChange={(e) => meeting.getState().selectYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y.year} value={y.year}>
                  Năm {y.year}
                </option>
              ))}
            </select>
          </div>
          <MeetingList />
        </>
      )}
    </div>
  );
}

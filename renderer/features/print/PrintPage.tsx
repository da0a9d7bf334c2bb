// "In biểu mẫu": choose a form (Vietnamese titles from print.forms), the review year and whom it is
// for; issue the form's number from the register when it carries one ("Cấp số"); see the preview
// exactly as it will print, with what is missing; print, save as PDF or Word;
// or print a form for a whole chi bộ / the commune in one batch. Layer: renderer.
import { useEffect, useMemo } from 'react';
import type { PrintFormCode } from '../../../shared/forms/registry';
import { useMembers, useOrg, usePrint, useStores } from '../../state/stores';
import { Loading } from '../../ui/Loading';
import { IssueNumberPanel } from '../documents/IssueNumberPanel';
import { BatchPanel } from './BatchPanel';
import { PreviewPane } from './PreviewPane';
import { KindChoice, MemberPicker, UnitPicker } from './SubjectPicker';

export function PrintPage() {
  const { print, org, members } = useStores();
  const loaded = usePrint((s) => s.loaded);
  const forms = usePrint((s) => s.forms);
  const years = usePrint((s) => s.years);
  const formCode = usePrint((s) => s.form);
  const year = usePrint((s) => s.year);
  const kind = usePrint((s) => s.kind);
  const memberId = usePrint((s) => s.memberId);
  const orgId = usePrint((s) => s.orgId);
  const units = useOrg((s) => s.units);
  const rows = useMembers((s) => s.rows);

  useEffect(() => {
    void print.getState().load();
    if (!org.getState().loaded) void org.getState().load();
    if (!members.getState().loaded) void members.getState().load();
  }, [print, org, members]);

  const form = forms.find((f) => f.code === formCode) ?? null;
  const subjectName = useMemo(() => {
    if (kind === 'member') return rows.find((r) => r.id === memberId)?.fullName ?? null;
    if (kind === 'org') return units.find((u) => u.id === orgId)?.name ?? null;
    return null;
  }, [kind, memberId, orgId, rows, units]);

  return (
    <div className="print-page">
      <h1 className="page-title">In biểu mẫu</h1>
      <p className="page-subtitle">Chọn biểu mẫu và người hoặc tổ chức được in; bản xem trước dưới đây đúng như khi in ra giấy A4.</p>
      {!loaded ? (
        <Loading />
      ) : years.length === 0 ? (
        <section className="panel">
          <h2>Chưa có đợt kiểm điểm nào</h2>
          <p>Các biểu mẫu được điền theo một đợt kiểm điểm. Hãy tạo đợt kiểm điểm ở mục “Đợt kiểm điểm” trước.</p>
        </section>
      ) : (
        <>
          <section className="panel print-choice" aria-label="Chọn biểu mẫu">
            <div className="form-grid">
              <div className="field">
                <label htmlFor="print-form">Biểu mẫu</label>
                <select id="print-form" value={formCode ?? ''} onChange={(e) => print.getState().setForm(e.target.value as PrintFormCode)}>
                  <option value="" disabled>
                    — Chọn biểu mẫu —
                  </option>
                  {forms.map((f) => (
                    <option key={f.code} value={f.code}>
                      {f.title}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="print-year">Đợt kiểm điểm</label>
                <select id="print-year" value={year ?? ''} onChange={(e) => print.getState().setYear(Number(e.target.value))}>
                  {years.map((y) => (
                    <option key={y} value={y}>
                      Năm {y}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            {form && (
              <>
                <KindChoice kinds={form.subjects} value={kind} onChange={(k) => print.getState().setKind(k)} />
                {kind === 'org' && <UnitPicker units={units} value={orgId} onChange={(id) => print.getState().setOrg(id)} />}
                {kind === 'member' && <MemberPicker rows={rows} units={units} value={memberId} onChange={(id) => print.getState().setMember(id)} />}
              </>
            )}
          </section>
          <IssueNumberPanel />
          <PreviewPane subjectName={subjectName} />
          {form && <BatchPanel form={form} units={units} />}
        </>
      )}
    </div>
  );
}

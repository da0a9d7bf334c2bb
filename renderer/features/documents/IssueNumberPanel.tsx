// "Số văn bản" on the print page, for a form that carries a number of the register (Mẫu 01 and the
// biên bản of a chi bộ, the Đảng ủy's báo cáo tổng hợp): before the number is issued it shows the next
// one ("Số sẽ cấp: 13-BC/CB") in a box the user may change — a higher number (documents already
// numbered on paper) is taken and the register continues from it, a number already used is refused
// with the core's message, a lower number never used asks for a confirmation — and "Cấp số" issues it
// and refreshes the preview, which then prints it. Once issued it shows the number and date. For the
// Đảng ủy's decisions it says that their number is issued in the register when the decision is locked
// or the re-rating saved (the print shows that number), and which QĐ number comes next.
// Layer: renderer.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { DECISION_NUMBERED_FORMS, FORM_NUMBERING, findFormDocument } from '../../../shared/documents/form-numbers';
import { formatDocumentNumber, padNumber, type DocumentTypeCode } from '../../../shared/documents/numbering';
import type { IssuedDocument, NextNumber } from '../../../shared/documents/register';
import { memberHoldingKinds, type OrgUnit } from '../../../shared/domain/org-unit';
import type { PrintFormCode } from '../../../shared/forms/registry';
import { formatDateVi, parseVietnameseDate, todayIso } from '../../../shared/text/dates';
import { useOrg, usePrint, useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { FormAlert } from '../../ui/FormAlert';
import { TextField } from '../../ui/fields';
import { coreFormErrors, focusField, type FieldErrors } from '../../ui/form-errors';
import { issuingBodyName } from './issuing-bodies';

type Status =
  | { kind: 'loading' }
  | { kind: 'issued'; doc: IssuedDocument }
  | { kind: 'next'; next: NextNumber }
  | { kind: 'error'; message: string; noTerm: boolean };

/** "Số 13-BC/CB" → "13-BC/CB". */
const bare = (formatted: string): string => formatted.replace(/^Số\s+/, '');

/** The issuing body of a form's number for the current choice, or null when the form carries none. */
function bodyFor(form: PrintFormCode, kind: string | null, orgId: string | null, units: readonly OrgUnit[]): OrgUnit | null {
  const commune = units.find((u) => u.kind === 'commune') ?? null;
  if (DECISION_NUMBERED_FORMS.includes(form)) return commune;
  const spec = FORM_NUMBERING[form];
  if (!spec) return null;
  if (spec.issuer === 'commune') return commune;
  const unit = kind === 'org' ? (units.find((u) => u.id === orgId) ?? null) : null;
  return unit && memberHoldingKinds.includes(unit.kind) ? unit : null;
}

export function IssueNumberPanel() {
  const form = usePrint((s) => s.form);
  const year = usePrint((s) => s.year);
  const kind = usePrint((s) => s.kind);
  const orgId = usePrint((s) => s.orgId);
  const units = useOrg((s) => s.units);
  if (!form || year === null) return null;
  const body = bodyFor(form, kind, orgId, units);
  if (!body) return null;
  const decision = DECISION_NUMBERED_FORMS.includes(form);
  return <NumberPanel key={`${form}|${year}|${body.id}`} form={form} year={year} body={body} typeCode={decision ? 'QĐ' : FORM_NUMBERING[form]!.typeCode} decision={decision} />;
}

function NumberPanel({ form, year, body, typeCode, decision }: { form: PrintFormCode; year: number; body: OrgUnit; typeCode: DocumentTypeCode; decision: boolean }) {
  const { documents, print, app } = useStores();
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [issuedOn, setIssuedOn] = useState(todayIso());
  const [numberText, setNumberText] = useState('');
  // Once the user typed a number, reading the register again (another date) keeps it.
  const edited = useRef(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmGap, setConfirmGap] = useState<number | null>(null);
  const validDate = parseVietnameseDate(issuedOn) ? issuedOn : null;

  const load = useCallback(async () => {
    const d = documents.getState();
    if (!decision) {
      const list = await d.listFor({ orgUnitId: body.id, typeCode });
      const found = list.ok ? findFormDocument(list.value, form, body.id, year) : null;
      if (found) {
        setStatus({ kind: 'issued', doc: found });
        return;
      }
    }
    const next = await d.nextNumber({ orgUnitId: body.id, typeCode, ...(validDate ? { issuedOn: validDate } : {}) });
    if (!next.ok) {
      setStatus({ kind: 'error', message: next.error.message, noTerm: next.error.code === 'no-term' });
      return;
    }
    setStatus({ kind: 'next', next: next.value });
    if (!edited.current) setNumberText(String(next.value.number));
  }, [documents, body.id, typeCode, form, year, decision, validDate]);

  useEffect(() => {
    void load();
  }, [load]);

  function openRegister() {
    void documents.getState().selectBody(body.id);
    app.getState().navigate('documents');
  }

  async function issue(number: number, fillGap: boolean) {
    setBusy(true);
    const result = await documents.getState().issue({ orgUnitId: body.id, typeCode, issuedOn, title: FORM_NUMBERING[form]!.title(year), number, ...(fillGap ? { fillGap: true } : {}) });
    setBusy(false);
    if (!result.ok) {
      if (result.error.code === 'number-not-increasing' && !fillGap) {
        setConfirmGap(number);
        return;
      }
      const e = coreFormErrors(result.error, ['number', 'issuedOn']);
      setErrors(e.fields);
      setGeneral(e.general);
      if (e.fields.number) focusField('doc-issue-number');
      else if (e.fields.issuedOn) focusField('doc-issue-date');
      return;
    }
    setErrors({});
    setGeneral(null);
    setStatus({ kind: 'issued', doc: result.value });
    void print.getState().refreshPreview();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    const text = numberText.trim();
    const fieldErrors: FieldErrors = {};
    if (!/^\d{1,5}$/.test(text) || Number(text) < 1) fieldErrors.number = 'Số văn bản phải là số nguyên từ 1 trở lên, ví dụ 13.';
    if (!validDate) fieldErrors.issuedOn = 'Hãy nhập ngày ban hành theo ngày/tháng/năm, ví dụ 05/12/2026.';
    setErrors(fieldErrors);
    if (fieldErrors.number) return focusField('doc-issue-number');
    if (fieldErrors.issuedOn) return focusField('doc-issue-date');
    void issue(Number(text), false);
  }

  const bodyName = issuingBodyName(body);
  return (
    <section className="panel documents-issue" aria-labelledby="doc-issue-title">
      <h2 id="doc-issue-title">Số văn bản</h2>
      {status.kind === 'loading' && <p className="muted">Đang đọc sổ văn bản…</p>}
      {status.kind === 'error' && (
        <>
          <p role="alert" className="form-alert">
            {status.message}
          </p>
          {status.noTerm && (
            <button type="button" className="btn btn-secondary" onClick={openRegister}>
              Mở Sổ văn bản để nhập nhiệm kỳ
            </button>
          )}
        </>
      )}
      {status.kind === 'issued' && (
        <>
          <p className="documents-issued" role="status">
            Đã cấp số: <strong>{bare(status.doc.formatted)}</strong>, ngày {formatDateVi(status.doc.issuedOn)} — {status.doc.title}. Bản xem trước và bản in ghi số này.
          </p>
          <p className="field-hint">Muốn đổi số: hủy số này ở mục Sổ văn bản (ghi lý do), rồi cấp số mới.</p>
          <button type="button" className="btn btn-secondary" onClick={openRegister}>
            Mở Sổ văn bản
          </button>
        </>
      )}
      {status.kind === 'next' && decision && (
        <p>
          Số của quyết định này được cấp trong Sổ văn bản của {bodyName} ngay khi khóa quyết định công nhận hoặc lưu quyết định xếp loại lại (mục “Đảng ủy quyết định”); bản in ghi số đã cấp. Số quyết định sẽ cấp tiếp theo: <strong>{bare(status.next.formatted)}</strong>.
        </p>
      )}
      {status.kind === 'next' && !decision && (
        <form onSubmit={onSubmit} noValidate className="form" aria-label="Cấp số văn bản">
          <FormAlert message={general} />
          <p className="documents-next" role="status">
            Số sẽ cấp: <strong>{/^\d{1,5}$/.test(numberText.trim()) && Number(numberText) > 0 ? bare(formatDocumentNumber(Number(numberText), typeCode, status.next.issuerCode)) : `……-${typeCode}/${status.next.issuerCode}`}</strong>
            {' '}({bodyName}, số tiếp theo trong sổ là {padNumber(status.next.number)})
          </p>
          <div className="form-grid">
            <TextField
              id="doc-issue-number"
              label="Số văn bản"
              inputMode="numeric"
              required
              value={numberText}
              onChange={(v) => {
                edited.current = true;
                setNumberText(v);
              }}
              error={errors.number}
              hint="Nếu văn phòng đã cấp số trên giấy, hãy sửa thành số lớn hơn; sổ sẽ tiếp tục từ số đó."
            />
            <TextField id="doc-issue-date" label="Ngày ban hành" type="date" required value={issuedOn} onChange={setIssuedOn} error={errors.issuedOn} />
          </div>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? 'Đang cấp số…' : 'Cấp số'}
            </button>
          </div>
        </form>
      )}
      {confirmGap !== null && status.kind === 'next' && (
        <Dialog title={`Cấp số ${padNumber(confirmGap)}?`} onClose={() => setConfirmGap(null)}>
          <p>
            Số {padNumber(confirmGap)} nhỏ hơn số tiếp theo trong sổ ({padNumber(status.next.number)}) và chưa được cấp cho văn bản nào. Chỉ dùng số này khi bổ sung một văn bản còn thiếu số (ví dụ văn bản đã ban hành trên giấy). Sau đó sổ vẫn tiếp tục từ số {padNumber(status.next.number)}.
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy}
              onClick={() => {
                const n = confirmGap;
                setConfirmGap(null);
                void issue(n, true);
              }}
            >
              Cấp số {padNumber(confirmGap)}
            </button>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => {
                setConfirmGap(null);
                focusField('doc-issue-number');
              }}
            >
              Không, sửa lại số
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

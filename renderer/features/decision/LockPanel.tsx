// "Khóa quyết định công nhận" of the scope: what still blocks it in plain words, then the decision
// number and date. The button stays usable while blocked; a refusal because of those blockers is one
// short sentence pointing to the list ("Chưa khóa được: còn 2 việc phải xử lý ở danh sách trên"), the
// list is read again and brought into view with the focus on it, rather than repeating it. Other
// refusals (number, date) show by their field. The number is prefilled with the Đảng ủy's next QĐ
// number in the Sổ văn bản (DecisionNumber) and issued there with the lock; a lower unused number asks
// for a confirmation first. Hidden once everything in the scope is recognized.
// Layer: renderer.
import { useRef, useState, type FormEvent } from 'react';
import type { DecisionView } from '../../../shared/meeting/decision';
import { formatDateVi } from '../../../shared/text/dates';
import { useDecision, useStores } from '../../state/stores';
import { TextField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import { coreFormErrors, firstErrorField, focusField, type FieldErrors } from '../../ui/form-errors';
import { DecisionNumberField, GapDialog, useDecisionNumber } from './DecisionNumber';

const FIELDS = ['decisionNo', 'decidedOn'] as const;

/** "Chưa khóa được: còn 2 việc phải xử lý ở danh sách trên." */
export const lockRefusalText = (count: number) => `Chưa khóa được: còn ${count} việc phải xử lý ở danh sách trên.`;

export function LockPanel({ view }: { view: DecisionView }) {
  const { decision, notices } = useStores();
  const scopeName = useDecision((s) => (s.scope === null ? 'toàn Đảng bộ xã' : (s.board?.rows.find((r) => r.basicOrgId === s.scope)?.basicOrgName ?? '')));
  const [decidedOn, setDecidedOn] = useState('');
  const number = useDecisionNumber(decidedOn);
  const [confirmGap, setConfirmGap] = useState<number | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const blockersRef = useRef<HTMLDivElement>(null);
  // Refused because of the blockers (the core's message is kept for reference): the sentence follows the
  // list as it shrinks ("còn 1 việc") and goes once the list is empty (the panel then says it can lock).
  const [blocked, setBlocked] = useState<string | null>(null);

  const allRecognized = view.subjects.length > 0 && view.subjects.every((s) => s.locked) && view.units.every((u) => u.reviewed === 0 || u.state === 'decided');
  if (allRecognized) {
    return (
      <section className="decision-block" aria-labelledby="lock-title">
        <h3 id="lock-title">Quyết định công nhận</h3>
        <p className="ok-note">Mọi kết quả của {scopeName} đã được công nhận. Muốn thay đổi một kết quả, dùng phần “Xếp loại lại (Mẫu 03)”.</p>
      </section>
    );
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await lock(false);
  }

  async function lock(fillGap: boolean) {
    if (busy) return;
    setBusy(true);
    const result = await decision.getState().lock({ decisionNo: number.text.trim(), decidedOn, ...(fillGap ? { fillGap: true } : {}) });
    setBusy(false);
    if (!result.ok && result.error.code === 'number-not-increasing' && !fillGap && number.typed !== null) {
      setConfirmGap(number.typed);
      return;
    }
    if (!result.ok && result.error.code === 'lock-blocked') {
      setErrors({});
      setGeneral(null);
      setBlocked(result.error.message);
      // The list above says what to do: read it again (it may have changed) and take the user there.
      await decision.getState().refresh();
      setTimeout(() => {
        const list = blockersRef.current;
        if (!list) return;
        list.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
        list.focus({ preventScroll: true });
      }, 0);
      return;
    }
    setBlocked(null);
    if (!result.ok) {
      const mapped = coreFormErrors(result.error, FIELDS);
      setErrors(mapped.fields);
      setGeneral(mapped.general);
      const first = firstErrorField(FIELDS, mapped.fields);
      if (first) focusField(`lock-${first}`);
      return;
    }
    setErrors({});
    setGeneral(null);
    number.reset();
    setDecidedOn('');
    notices.getState().push('success', `Đã khóa Quyết định công nhận số ${result.value.decisionNo} ngày ${formatDateVi(result.value.decidedOn)}.`);
  }

  return (
    <section className="decision-block lock-panel" aria-labelledby="lock-title">
      <h3 id="lock-title">Khóa quyết định công nhận — {scopeName}</h3>
      <p className="part-lead">Khi khóa, kết quả xếp loại được công nhận và không sửa được nữa (chỉ xếp loại lại bằng Mẫu 03).</p>
      {view.blockers.length > 0 ? (
        <div className="blockers" role="note" aria-labelledby="blockers-title" tabIndex={-1} ref={blockersRef}>
          <p id="blockers-title" className="blockers-title">
            Chưa thể khóa quyết định vì:
          </p>
          <ul>
            {view.blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="ok-note">Đã đủ điều kiện khóa quyết định công nhận.</p>
      )}
      <form onSubmit={onSubmit} noValidate className="form lock-form">
        <FormAlert message={general ?? (blocked !== null && view.blockers.length > 0 ? lockRefusalText(view.blockers.length) : null)} />
        <div className="form-row">
          <DecisionNumberField id="lock-decisionNo" state={number} error={errors.decisionNo} />
          <TextField id="lock-decidedOn" label="Ngày quyết định" type="date" required value={decidedOn} onChange={setDecidedOn} error={errors.decidedOn} hint="Ngày/tháng/năm, ví dụ 22/12/2026." />
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary btn-large" disabled={busy}>
            {busy ? 'Đang khóa…' : 'Khóa quyết định công nhận'}
          </button>
        </div>
      </form>
      {confirmGap !== null && (
        <GapDialog
          number={confirmGap}
          next={number.status.kind === 'next' ? number.status.next.number : null}
          busy={busy}
          onConfirm={() => {
            setConfirmGap(null);
            void lock(true);
          }}
          onCancel={() => {
            setConfirmGap(null);
            focusField('lock-decisionNo');
          }}
        />
      )}
    </section>
  );
}

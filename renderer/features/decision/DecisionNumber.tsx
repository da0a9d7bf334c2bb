// The number of a decision of the Đảng ủy (quyết định công nhận, Mẫu 03), taken from the document
// numbering register: the box is prefilled with the register's next QĐ number of the Đảng ủy for the
// decision date ("Số sẽ cấp: 16-QĐ/ĐU") and may be changed like the print page's "Cấp số" — a higher
// number (decisions already numbered on paper) is taken and the register continues from it, a number
// already used is refused by the core, a lower one never used asks for a confirmation (GapDialog). The
// core issues the number together with the decision. Without a committee term of the Đảng ủy it says
// so, with a button to the "Sổ văn bản" page where the term is entered. Layer: renderer.
import { useCallback, useEffect, useRef, useState } from 'react';
import { documentSymbol, padNumber, parseDocumentNumber } from '../../../shared/documents/numbering';
import type { NextNumber } from '../../../shared/documents/register';
import { parseVietnameseDate } from '../../../shared/text/dates';
import { useOrg, useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/fields';

type Status = { kind: 'loading' } | { kind: 'next'; next: NextNumber } | { kind: 'error'; message: string; noTerm: boolean };

export interface DecisionNumberState {
  status: Status;
  text: string;
  setText(text: string): void;
  /** The number typed, or null when the text is not a QĐ number of the Đảng ủy. */
  typed: number | null;
  /** Forget what was typed and read the register again (after a decision was saved). */
  reset(): void;
  communeId: string | null;
}

/** The register's next QĐ number of the Đảng ủy for the decision date, and the number box's text. */
export function useDecisionNumber(decidedOn: string): DecisionNumberState {
  const { documents, org } = useStores();
  const communeId = useOrg((s) => s.units.find((u) => u.kind === 'commune')?.id ?? null);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [text, setTextState] = useState('');
  // Once the user typed a number, reading the register again (another date) keeps it.
  const edited = useRef(false);
  const [generation, setGeneration] = useState(0);
  const date = parseVietnameseDate(decidedOn);

  useEffect(() => {
    if (!org.getState().loaded) void org.getState().load();
  }, [org]);

  const load = useCallback(async () => {
    if (!communeId) return;
    const result = await documents.getState().nextNumber({ orgUnitId: communeId, typeCode: 'QĐ', ...(date ? { issuedOn: date } : {}) });
    if (!result.ok) {
      setStatus({ kind: 'error', message: result.error.message, noTerm: result.error.code === 'no-term' });
      return;
    }
    setStatus({ kind: 'next', next: result.value });
    if (!edited.current) setTextState(documentSymbol(result.value.number, 'QĐ', 'ĐU'));
  }, [documents, communeId, date]);

  useEffect(() => {
    void load();
  }, [load, generation]);

  return {
    status,
    text,
    setText(value) {
      edited.current = true;
      setTextState(value);
    },
    typed: parseDocumentNumber(text, 'QĐ', 'ĐU'),
    reset() {
      edited.current = false;
      setGeneration((g) => g + 1);
    },
    communeId,
  };
}

/** "Số sẽ cấp: 16-QĐ/ĐU", the number box and, without a term, the way to the "Sổ văn bản". */
export function DecisionNumberField({ id, state, error }: { id: string; state: DecisionNumberState; error?: string }) {
  const { documents, app } = useStores();
  const { status, typed } = state;

  function openRegister() {
    if (state.communeId) void documents.getState().selectBody(state.communeId);
    app.getState().navigate('documents');
  }

  return (
    <div className="decision-number">
      <TextField
        id={id}
        label="Số quyết định"
        required
        value={state.text}
        onChange={state.setText}
        placeholder="Ví dụ: 16-QĐ/ĐU"
        error={error}
        maxLength={100}
        hint="Số lấy từ Sổ văn bản của Đảng ủy. Nếu văn phòng đã cấp số trên giấy, hãy sửa thành số lớn hơn; sổ sẽ tiếp tục từ số đó."
      />
      {status.kind === 'next' && (
        <p className="documents-next" role="status">
          Số sẽ cấp: <strong>{typed !== null ? documentSymbol(typed, 'QĐ', 'ĐU') : '……-QĐ/ĐU'}</strong> (số tiếp theo trong Sổ văn bản là {padNumber(status.next.number)})
        </p>
      )}
      {status.kind === 'error' && (
        <div className="decision-number-error">
          <p role="alert" className="form-alert">
            {status.message}
            {status.noTerm ? ' Số quyết định của Đảng ủy được cấp trong Sổ văn bản.' : ''}
          </p>
          {status.noTerm && (
            <button type="button" className="btn btn-secondary" onClick={openRegister}>
              Mở Sổ văn bản để nhập nhiệm kỳ
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** Asks before issuing a lower number never used (a gap in the register). */
export function GapDialog({ number, next, busy, onConfirm, onCancel }: { number: number; next: number | null; busy: boolean; onConfirm(): void; onCancel(): void }) {
  return (
    <Dialog title={`Cấp số ${padNumber(number)}?`} onClose={onCancel}>
      <p>
        Số {padNumber(number)} nhỏ hơn số tiếp theo trong Sổ văn bản{next !== null ? ` (${padNumber(next)})` : ''} và chưa được cấp cho văn bản nào. Chỉ dùng số này khi bổ sung một quyết định còn thiếu số (ví dụ quyết định đã ban hành trên giấy).
        {next !== null ? ` Sau đó sổ vẫn tiếp tục từ số ${padNumber(next)}.` : ''}
      </p>
      <div className="form-actions">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={onConfirm}>
          Cấp số {padNumber(number)}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          Không, sửa lại số
        </button>
      </div>
    </Dialog>
  );
}

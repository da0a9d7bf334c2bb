// The remediation plan (kế hoạch khắc phục) of one subject: items with what to fix, how, by when and who
// is responsible; added and removed freely, saved as a whole (an item is sent once it says what to fix).
// Layer: renderer.
import { useRef, type FocusEvent } from 'react';
import type { RemediationItem, SubjectRef } from '../../../../shared/meeting/types';
import { subjectKey } from '../../../state/meeting-store';
import { useStores } from '../../../state/stores';
import { useAutosave } from '../use-autosave';
import { useSavers } from '../use-savers';

interface Row {
  id: string | null;
  content: string;
  measure: string;
  deadline: string;
  responsible: string;
}

const toRows = (items: readonly RemediationItem[]): Row[] => items.map((i) => ({ id: i.id, content: i.content, measure: i.measure ?? '', deadline: i.deadline ?? '', responsible: i.responsible ?? '' }));

export function RemediationEditor({ subject, items, title, shortcomings, defaultResponsible }: { subject: SubjectRef; items: readonly RemediationItem[]; title: string; shortcomings: string | null; defaultResponsible: string }) {
  const { meeting } = useStores();
  const save = useSavers();
  const sk = subjectKey(subject);
  const boxRef = useRef<HTMLDivElement>(null);
  const f = useAutosave<Row[]>(`${sk}.remediation`, toRows(items), (rows) =>
    save.remediation(
      subject,
      rows
        .filter((r) => r.content.trim() !== '')
        .map((r) => ({ ...(r.id ? { id: r.id } : {}), content: r.content, measure: r.measure || null, deadline: r.deadline || null, responsible: r.responsible || null })),
    ),
  );
  const rows = f.value;
  const update = (i: number, patch: Partial<Row>) => f.change(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const add = () => {
    // The new item gets its id now, so every later save updates the same item (and it keeps that id into next year's carry-over).
    f.change([...rows, { id: newItemId(), content: '', measure: '', deadline: '', responsible: defaultResponsible }]);
    setTimeout(() => document.getElementById(`${sk}-rem-${rows.length}-content`)?.focus(), 0);
  };
  const onBlur = (e: FocusEvent) => {
    if (boxRef.current?.contains(e.relatedTarget as Node | null)) return;
    meeting.getState().setActive(null);
    void meeting.getState().flush();
  };
  return (
    <section className="panel" aria-labelledby={`${sk}-rem-title`}>
      <h3 id={`${sk}-rem-title`}>{title}</h3>
      {shortcomings && <p className="mtg-quote">Hạn chế, khuyết điểm đã nêu: {shortcomings}</p>}
      <div ref={boxRef} onFocus={f.onFocus} onBlur={onBlur}>
        {rows.length === 0 && <p className="muted">Chưa có mục khắc phục nào.</p>}
        <ol className="mtg-rem">
          {rows.map((r, i) => {
            const id = `${sk}-rem-${i}`;
            const field = (name: keyof Row, label: string, multiline = false) => (
              <div className="field">
                <label htmlFor={`${id}-${name}`}>{label}</label>
                {multiline ? (
                  <textarea id={`${id}-${name}`} rows={2} value={r[name] ?? ''} onChange={(e) => update(i, { [name]: e.target.value })} />
                ) : (
                  <input id={`${id}-${name}`} type="text" autoComplete="off" value={r[name] ?? ''} onChange={(e) => update(i, { [name]: e.target.value })} />
                )}
              </div>
            );
            return (
              <li key={i} className="mtg-rem-item">
                {field('content', `Mục ${i + 1}: hạn chế, khuyết điểm cần khắc phục`, true)}
                {field('measure', 'Biện pháp khắc phục', true)}
                <div className="form-grid">
                  {field('deadline', 'Thời hạn (ví dụ Quý I/2027)')}
                  {field('responsible', 'Người chịu trách nhiệm')}
                </div>
                <button type="button" className="btn btn-danger mtg-remove" onClick={() => f.change(rows.filter((_, j) => j !== i), true)}>
                  Xóa mục {i + 1}
                </button>
              </li>
            );
          })}
        </ol>
        {f.error && <p className="field-error">{f.error}</p>}
        <button type="button" className="btn" onClick={add}>
          + Thêm mục khắc phục
        </button>
      </div>
    </section>
  );
}

/** A random UUID (v4) for a new item; `crypto.randomUUID` needs a secure context, `getRandomValues` does not. */
function newItemId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

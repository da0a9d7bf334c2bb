// Hạn chế, khuyết điểm of earlier years (section III of the forms): for each, đã / đang / chưa khắc phục,
// the extent when still in progress, and obstacles. "All previous shortcomings fixed" for HTXS is
// computed from these. Layer: renderer.
import { CARRY_STATUSES, CARRY_STATUS_NAMES, type CarryStatus } from '../../../../shared/meeting/labels';
import type { CarryItem } from '../../../../shared/meeting/types';
import { AutoText } from '../AutoFields';
import { useAutosave } from '../use-autosave';
import { useSavers } from '../use-savers';

export function CarryOverList({ items, idPrefix }: { items: readonly CarryItem[]; idPrefix: string }) {
  return (
    <section className="panel" aria-labelledby={`${idPrefix}-carry-title`}>
      <h3 id={`${idPrefix}-carry-title`}>Khắc phục hạn chế, khuyết điểm kỳ trước</h3>
      {items.length === 0 ? (
        <p className="muted">Không có hạn chế, khuyết điểm nào từ kỳ kiểm điểm trước.</p>
      ) : (
        <ol className="mtg-carry">
          {items.map((i) => (
            <CarryRow key={i.shortcomingId} item={i} />
          ))}
        </ol>
      )}
    </section>
  );
}

function CarryRow({ item }: { item: CarryItem }) {
  const save = useSavers();
  const id = `carry-${item.shortcomingId}`;
  const f = useAutosave<CarryStatus | null>(`carry.${item.shortcomingId}.status`, item.status, (v) => save.carryOver(item.shortcomingId, { status: v }));
  return (
    <li>
      <fieldset className="mtg-carry-item">
        <legend>
          Năm {item.fromYear}: {item.content}
        </legend>
        {item.measure && <p className="field-hint">Biện pháp đã đề ra: {item.measure}</p>}
        <div className="mtg-att-choices">
          {CARRY_STATUSES.map((s) => (
            <label key={s} className={f.value === s ? 'mtg-choice mtg-choice-on' : 'mtg-choice'}>
              <input type="radio" name={id} value={s} checked={f.value === s} onChange={() => f.change(s, true)} />
              {CARRY_STATUS_NAMES[s]}
            </label>
          ))}
        </div>
        {f.error && <p className="field-error">{f.error}</p>}
        {f.value === 'in-progress' && (
          <AutoText fieldKey={`carry.${item.shortcomingId}.extent`} id={`${id}-extent`} label="Mức độ đã khắc phục" server={item.extent} save={(v) => save.carryOver(item.shortcomingId, { extent: v })} />
        )}
        {f.value !== null && f.value !== 'fixed' && (
          <AutoText
            fieldKey={`carry.${item.shortcomingId}.obstacles`}
            id={`${id}-obstacles`}
            label="Khó khăn, vướng mắc"
            multiline
            rows={2}
            server={item.obstacles}
            save={(v) => save.carryOver(item.shortcomingId, { obstacles: v })}
          />
        )}
      </fieldset>
    </li>
  );
}

// The criteria editor of one form: the template's title and note, the two groups with their criteria
// (add, remove, move, edit) and the live sum of each group. The draft lives in the review store, so
// nothing typed is lost when switching form or section; "Lưu tiêu chí" sends it to criteria.save and a
// refusal (sums not exactly 30 and 70, an empty title…) is shown where it belongs, the draft kept.
// Layer: renderer.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CRITERION_GROUPS, GROUP_TOTAL_TENTHS, type CriterionGroup } from '../../../shared/review/index';
import type { ReviewFormCode } from '../../../shared/rules/index';
import { useStores } from '../../state/stores';
import { TextAreaField, TextField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import { focusField } from '../../ui/form-errors';
import {
  addCriterion,
  draftToTemplate,
  formatTenths,
  groupSums,
  moveCriterion,
  refusalTarget,
  removeCriterion,
  unreadablePoints,
  updateCriterion,
  type CriteriaDraft,
} from './criteria-draft-model';
import { CriterionEditRow, criterionFieldId, type RowErrors } from './CriterionEditRow';
import { GroupSum } from './GroupSum';
import { GROUP_HEADINGS } from './review-labels';

const ROMAN: Record<CriterionGroup, string> = { common: 'I', tasks: 'II' };
const addButtonId = (group: CriterionGroup) => `criteria-add-${group}`;

interface Props {
  year: number;
  form: ReviewFormCode;
  draft: CriteriaDraft;
  onSaved(): void;
}

export function CriteriaEditor({ year, form, draft, onSaved }: Props) {
  const { review } = useStores();
  const [rowErrors, setRowErrors] = useState<Record<string, RowErrors>>({});
  const [titleError, setTitleError] = useState<string | undefined>();
  const [noteError, setNoteError] = useState<string | undefined>();
  const [sumsRefused, setSumsRefused] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** A field to focus once the next draft is drawn (a newly added criterion). */
  const pendingFocus = useRef<string | null>(null);
  const sums = groupSums(draft.criteria);

  useEffect(() => {
    if (pendingFocus.current) {
      focusField(pendingFocus.current);
      pendingFocus.current = null;
    }
  });

  function change(next: CriteriaDraft) {
    review.getState().setCriteriaDraft(year, form, next);
  }

  function clearMessages() {
    setRowErrors({});
    setTitleError(undefined);
    setNoteError(undefined);
    setSumsRefused(false);
    setGeneral(null);
  }

  function add(group: CriterionGroup) {
    const next = addCriterion(draft, group);
    const added = next.criteria.find((c) => !draft.criteria.some((d) => d.key === c.key));
    if (added) pendingFocus.current = criterionFieldId(added.key, 'title');
    change(next);
  }

  function remove(key: string, group: CriterionGroup) {
    change(removeCriterion(draft, key));
    focusField(addButtonId(group));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    clearMessages();
    const unreadable = unreadablePoints(draft);
    const firstBad = draft.criteria.find((c) => unreadable[c.key]);
    if (firstBad) {
      setRowErrors(Object.fromEntries(Object.entries(unreadable).map(([k, m]) => [k, { points: m }])));
      setGeneral('Chưa lưu được: có tiêu chí chưa ghi điểm tối đa đúng dạng số.');
      return focusField(criterionFieldId(firstBad.key, 'points'));
    }
    setBusy(true);
    const result = await review.getState().saveTemplate(year, form, draftToTemplate(draft));
    setBusy(false);
    if (result.ok) {
      onSaved();
      return;
    }
    const target = refusalTarget(draft, (result.error.details as { path?: unknown } | undefined)?.path);
    setGeneral(`Chưa lưu được. ${result.error.message}`);
    if (target.kind === 'criterion') {
      setRowErrors({ [target.key]: { [target.field]: result.error.message } });
      focusField(criterionFieldId(target.key, target.field));
    } else if (target.kind === 'title') {
      setTitleError(result.error.message);
      focusField('criteria-title');
    } else if (target.kind === 'note') {
      setNoteError(result.error.message);
      focusField('criteria-note');
    } else {
      setSumsRefused(target.kind === 'sums');
      focusField('criteria-save-alert');
    }
  }

  function discard() {
    review.getState().setCriteriaDraft(year, form, null);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form criteria-editor" aria-label={`Sửa tiêu chí Mẫu ${form} năm ${year}`}>
      <TextField id="criteria-title" label="Tên mẫu tiêu chí" required value={draft.title} onChange={(title) => change({ ...draft, title })} error={titleError} maxLength={300} />
      <TextAreaField id="criteria-note" label="Ghi chú (không bắt buộc)" rows={2} value={draft.note} onChange={(note) => change({ ...draft, note })} error={noteError} />
      {CRITERION_GROUPS.map((group, gi) => {
        const rows = draft.criteria.filter((c) => c.group === group);
        const total = formatTenths(GROUP_TOTAL_TENTHS[group]);
        return (
          <fieldset key={group} className={sumsRefused && sums[gi]!.tenths !== sums[gi]!.targetTenths ? 'criteria-group criteria-group-refused' : 'criteria-group'}>
            <legend>
              {GROUP_HEADINGS[group]} — tổng phải đúng {total} điểm
            </legend>
            {rows.length === 0 && <p className="muted">Nhóm này chưa có tiêu chí nào.</p>}
            <ol className="criteria-edit-list">
              {rows.map((c, i) => (
                <CriterionEditRow
                  key={c.key}
                  criterion={c}
                  number={`${ROMAN[group]}.${i + 1}`}
                  first={i === 0}
                  last={i === rows.length - 1}
                  errors={rowErrors[c.key] ?? {}}
                  onChange={(delta) => {
                    change(updateCriterion(draft, c.key, delta));
                    if (rowErrors[c.key]) setRowErrors((e) => ({ ...e, [c.key]: {} }));
                  }}
                  onMove={(step) => change(moveCriterion(draft, c.key, step))}
                  onRemove={() => remove(c.key, group)}
                />
              ))}
            </ol>
            <div className="criteria-group-foot">
              <GroupSum sum={sums[gi]!} id={`criteria-sum-${group}`} live />
              <button type="button" id={addButtonId(group)} className="btn btn-secondary" onClick={() => add(group)}>
                + Thêm tiêu chí vào nhóm {ROMAN[group]}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="form-actions-sticky criteria-save-bar">
        {general && (
          <div id="criteria-save-alert" tabIndex={-1}>
            <FormAlert message={general} />
          </div>
        )}
        <div className="form-actions">
          {/* aria-disabled, not disabled: a disabled button drops the keyboard focus (Escape, Tab lost). */}
          <button type="submit" className="btn btn-primary" aria-disabled={busy}>
            {busy ? 'Đang lưu…' : 'Lưu tiêu chí'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={discard}>
            Bỏ thay đổi
          </button>
          <span className="save-bar-sums" aria-hidden="true">
            {sums.map((s) => `${ROMAN[s.group]}: ${formatTenths(s.tenths)}/${formatTenths(s.targetTenths)}`).join(' · ')}
          </span>
        </div>
      </div>
    </form>
  );
}

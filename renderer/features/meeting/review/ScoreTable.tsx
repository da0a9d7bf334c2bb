// Self-score of a subject (Mẫu 01 / 02 section B.I). By default the form's own two boxes, "Nhóm tiêu chí
// chung …/30" and "Nhóm tiêu chí về kết quả thực hiện nhiệm vụ …/70"; "Chấm chi tiết từng tiêu chí"
// opens the year's criteria template (the province's appendix) with live sums …/30, …/70 and …/100 that
// follow what is typed. A line says which scores the rules use: once any criterion is scored, the
// criteria table (every criterion then required); otherwise the two group totals; group totals that the
// table overrides are flagged. Layer: renderer.
import { useState } from 'react';
import { GROUP_NAMES, type CriteriaTemplateBody, type CriterionGroup } from '../../../../shared/review/criteria';
import type { GroupScores, MeetingView, SubjectRef, SubjectView } from '../../../../shared/meeting/types';
import { subjectKey } from '../../../state/meeting-store';
import { useMeeting } from '../../../state/stores';
import { AutoNumber, parseNumber } from '../AutoFields';
import { points } from '../meeting-text';
import { useSavers } from '../use-savers';

const GROUP_MAX: Record<CriterionGroup, number> = { common: 30, tasks: 70 };
const GROUPS: CriterionGroup[] = ['common', 'tasks'];

interface Props {
  subject: SubjectRef;
  template: CriteriaTemplateBody | undefined;
  scores: Record<string, number>;
  formName: string;
}

function subjectOf(view: MeetingView | null, subject: SubjectRef): SubjectView | null {
  if (!view) return null;
  if (subject === 'collective') return view.collective;
  return view.members.find((m) => m.memberId === subject.memberId)?.subject ?? null;
}

/** The value a box holds now: what is being typed, else what is stored. */
function useCurrent() {
  const drafts = useMeeting((s) => s.drafts);
  return (key: string, stored: number | null): number | null => (key in drafts ? (parseNumber(String(drafts[key])) ?? null) : stored);
}

export function ScoreTable({ subject, template, scores, formName }: Props) {
  const sk = subjectKey(subject);
  const view = useMeeting((s) => s.view);
  const s = subjectOf(view, subject);
  const groupScores: GroupScores = s?.review.groupScores ?? { common: null, tasks: null };
  const byCriteria = Object.keys(scores).length > 0;
  const [open, setOpen] = useState(byCriteria);
  const shown = open || byCriteria;
  const conflict = s?.assessment.scoreConflict ?? null;
  return (
    <section className="panel" aria-labelledby={`${sk}-score-title`}>
      <h3 id={`${sk}-score-title`}>Tự chấm điểm ({formName})</h3>
      <p className="mtg-score-source" aria-live="polite">
        {byCriteria ? (
          <>
            Điểm được dùng: <strong>chấm chi tiết theo từng tiêu chí</strong> (phải chấm đủ mọi tiêu chí). Điểm hai nhóm bên dưới không được dùng.
          </>
        ) : (
          <>
            Điểm được dùng: <strong>điểm hai nhóm tiêu chí</strong> (như mục B.I của biểu mẫu). Chấm chi tiết từng tiêu chí là không bắt buộc.
          </>
        )}
      </p>
      <GroupBoxes subject={subject} sk={sk} groupScores={groupScores} inForce={!byCriteria} />
      {conflict && (
        <p className="form-alert" role="status">
          {conflict}
        </p>
      )}
      {template ? (
        <>
          {byCriteria ? (
            <ClearCriteria subject={subject} scores={scores} />
          ) : (
            <button type="button" className="btn" aria-expanded={shown} aria-controls={`${sk}-criteria`} onClick={() => setOpen(!shown)}>
              {shown ? 'Ẩn bảng chấm chi tiết từng tiêu chí' : 'Chấm chi tiết từng tiêu chí'}
            </button>
          )}
          {shown && <CriteriaTable subject={subject} sk={sk} template={template} scores={scores} />}
        </>
      ) : (
        <p className="field-hint">Năm kiểm điểm chưa có mẫu tiêu chí chi tiết cho {formName}; chấm theo hai nhóm tiêu chí ở trên.</p>
      )}
    </section>
  );
}

function GroupBoxes({ subject, sk, groupScores, inForce }: { subject: SubjectRef; sk: string; groupScores: GroupScores; inForce: boolean }) {
  const save = useSavers();
  const current = useCurrent();
  const keyOf = (g: CriterionGroup) => `${sk}.group.${g}`;
  const values = GROUPS.map((g) => current(keyOf(g), groupScores[g]));
  const total = values.every((v) => v !== null) ? values.reduce<number>((a, v) => a + Math.round(v! * 10), 0) / 10 : null;
  return (
    <div className="mtg-group-scores">
      <div className="mtg-task-grid">
        {GROUPS.map((g) => (
          <AutoNumber
            key={g}
            fieldKey={keyOf(g)}
            id={`${sk}-group-${g}`}
            label={`${GROUP_NAMES[g]} (tối đa ${GROUP_MAX[g]} điểm)`}
            hint={`…/${GROUP_MAX[g]}; được dùng một chữ số thập phân (ví dụ ${g === 'common' ? '25,5' : '56'}).`}
            server={groupScores[g]}
            save={(v) => save.review(subject, { groupScores: { [g]: v } })}
          />
        ))}
      </div>
      {inForce && (
        <p className="mtg-total" aria-live="polite">
          Tổng điểm tự chấm: <strong>{total === null ? '…' : points(total)}/100</strong>
        </p>
      )}
    </div>
  );
}

/** Back to the group totals: clears every criterion score in one save. */
function ClearCriteria({ subject, scores }: { subject: SubjectRef; scores: Record<string, number> }) {
  const save = useSavers();
  const command = useMeeting((s) => s.command);
  const clear = () => void command(() => save.review(subject, { scores: Object.fromEntries(Object.keys(scores).map((id) => [id, null])) }));
  return (
    <button type="button" className="btn" onClick={clear}>
      Xóa điểm từng tiêu chí, dùng điểm hai nhóm
    </button>
  );
}

function CriteriaTable({ subject, sk, template, scores }: { subject: SubjectRef; sk: string; template: CriteriaTemplateBody; scores: Record<string, number> }) {
  const save = useSavers();
  const current = useCurrent();
  const keyOf = (id: string) => `${sk}.score.${id}`;
  const sums = { common: 0, tasks: 0 };
  let scored = 0;
  for (const c of template.criteria) {
    const v = current(keyOf(c.id), scores[c.id] ?? null);
    if (v !== null) {
      sums[c.group] += Math.round(v * 10);
      scored += 1;
    }
  }
  return (
    <div id={`${sk}-criteria`} className="mtg-criteria">
      <p className="field-hint">
        Nhập điểm tự chấm của từng tiêu chí, không quá điểm tối đa; được dùng một chữ số thập phân (ví dụ 8,5). Đã chấm một tiêu chí thì phải chấm đủ các tiêu chí.
      </p>
      {GROUPS.map((g) => (
        <table key={g} className="table mtg-scores">
          <caption>
            {GROUP_NAMES[g]} — tối đa {GROUP_MAX[g]} điểm
          </caption>
          <thead>
            <tr>
              <th scope="col">Tiêu chí</th>
              <th scope="col" className="num">
                Tối đa
              </th>
              <th scope="col" className="num">
                Tự chấm
              </th>
            </tr>
          </thead>
          <tbody>
            {template.criteria
              .filter((c) => c.group === g)
              .map((c) => (
                <tr key={c.id}>
                  <td>
                    <span className="mtg-criterion">{c.title}</span>
                    {c.help && <span className="field-hint mtg-criterion-help">{c.help}</span>}
                  </td>
                  <td className="num">{points(c.maxPoints)}</td>
                  <td className="num">
                    <AutoNumber
                      fieldKey={keyOf(c.id)}
                      id={`${sk}-score-${c.id}`}
                      label={`Điểm tự chấm: ${c.title} (tối đa ${points(c.maxPoints)})`}
                      labelHidden
                      server={scores[c.id] ?? null}
                      save={(v) => save.review(subject, { scores: { [c.id]: v } })}
                    />
                  </td>
                </tr>
              ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                Cộng {g === 'common' ? 'tiêu chí chung' : 'kết quả thực hiện nhiệm vụ'}
              </th>
              <td className="num mtg-sum">
                {points(sums[g] / 10)}/{GROUP_MAX[g]}
              </td>
            </tr>
          </tfoot>
        </table>
      ))}
      <p className="mtg-total" aria-live="polite">
        Tổng điểm tự chấm: <strong>{points((sums.common + sums.tasks) / 10)}/100</strong>
        <span className="muted">
          {' '}
          (đã chấm {scored}/{template.criteria.length} tiêu chí)
        </span>
      </p>
    </div>
  );
}

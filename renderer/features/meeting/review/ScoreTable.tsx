// Self-scores per criterion of the year's template for the subject's form, in the two groups, with live
// sums …/30, …/70 and …/100 that follow what is typed (before the core has saved it). Layer: renderer.
import { GROUP_NAMES, type CriteriaTemplateBody, type CriterionGroup } from '../../../../shared/review/criteria';
import type { SubjectRef } from '../../../../shared/meeting/types';
import { subjectKey } from '../../../state/meeting-store';
import { useMeeting } from '../../../state/stores';
import { AutoNumber, parseNumber } from '../AutoFields';
import { points } from '../meeting-text';
import { useSavers } from '../use-savers';

const GROUP_MAX: Record<CriterionGroup, number> = { common: 30, tasks: 70 };

interface Props {
  subject: SubjectRef;
  template: CriteriaTemplateBody | undefined;
  scores: Record<string, number>;
  formName: string;
}

export function ScoreTable({ subject, template, scores, formName }: Props) {
  const save = useSavers();
  const sk = subjectKey(subject);
  const drafts = useMeeting((s) => s.drafts);
  if (!template) return <p className="form-alert">Năm kiểm điểm chưa có mẫu tiêu chí chấm điểm cho {formName}; hãy thêm ở trang “Đợt kiểm điểm”.</p>;
  const keyOf = (id: string) => `${sk}.score.${id}`;
  // The value each box holds now: what is being typed, else what is stored.
  const current = (id: string): number | null => {
    const key = keyOf(id);
    if (key in drafts) return parseNumber(String(drafts[key])) ?? null;
    return scores[id] ?? null;
  };
  const sums = { common: 0, tasks: 0 };
  let scored = 0;
  for (const c of template.criteria) {
    const v = current(c.id);
    if (v !== null) {
      sums[c.group] += Math.round(v * 10);
      scored += 1;
    }
  }
  const groups: CriterionGroup[] = ['common', 'tasks'];
  return (
    <section className="panel" aria-labelledby={`${sk}-score-title`}>
      <h3 id={`${sk}-score-title`}>Tự chấm điểm ({formName})</h3>
      <p className="field-hint">Nhập điểm tự chấm của từng tiêu chí, không quá điểm tối đa; được dùng một chữ số thập phân (ví dụ 8,5).</p>
      {groups.map((g) => (
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
    </section>
  );
}

// A criteria template read-only: its title and note, then the two groups (Tiêu chí chung — 30 điểm;
// Kết quả thực hiện nhiệm vụ — 70 điểm), each criterion with its help text and maximum points, and
// the sum per group. Layer: renderer.
import { CRITERION_GROUPS, GROUP_TOTAL_TENTHS, type StoredCriteriaTemplate } from '../../../shared/review/index';
import { draftFromTemplate, formatPoints, formatTenths, groupSums } from './criteria-draft-model';
import { GroupSum } from './GroupSum';
import { GROUP_HEADINGS } from './review-labels';

export function CriteriaView({ template }: { template: StoredCriteriaTemplate }) {
  const sums = groupSums(draftFromTemplate(template).criteria);
  return (
    <div className="criteria-view">
      <h4 className="template-title">{template.title}</h4>
      {template.note && <p className="template-note">{template.note}</p>}
      {CRITERION_GROUPS.map((group, gi) => {
        const items = template.criteria.filter((c) => c.group === group);
        const headingId = `criteria-view-${group}`;
        return (
          <section key={group} className="criteria-group" aria-labelledby={headingId}>
            <h4 id={headingId} className="criteria-group-title">
              {GROUP_HEADINGS[group]} — {formatTenths(GROUP_TOTAL_TENTHS[group])} điểm
            </h4>
            <ol className="criteria-list" aria-labelledby={headingId}>
              {items.map((c) => (
                <li key={c.id} className="criterion">
                  <div className="criterion-text">
                    <span className="criterion-title">{c.title}</span>
                    {c.help && <span className="criterion-help">{c.help}</span>}
                  </div>
                  <span className="criterion-points">{formatPoints(c.maxPoints)} điểm</span>
                </li>
              ))}
            </ol>
            <GroupSum sum={sums[gi]!} />
          </section>
        );
      })}
    </div>
  );
}

// The chi ủy's proposal (for the collective: the level the chi bộ proposes for itself), never above the
// level the rules allow, with a note. While none is stored and the rules computed a level, the box shows
// that level preselected with a line saying so; it is stored when the secretary confirms — "Tiếp theo"
// on the step (shared/meeting/steps.ts: the step is complete only once it is stored) or a choice in the
// box. Layer: renderer.
import type { SubjectAssessment, ReviewRecord, SubjectRef } from '../../../../shared/meeting/types';
import { proposalCeiling, proposalPreset } from '../../../../shared/meeting/review';
import { compareLevels } from '../../../../shared/rules/levels';
import { subjectKey } from '../../../state/meeting-store';
import { AutoSelect, AutoText } from '../AutoFields';
import { levelName, levelOptions } from '../meeting-text';
import { useSavers } from '../use-savers';

export function ProposalFields({ subject, review, assessment, collective }: { subject: SubjectRef; review: ReviewRecord; assessment: SubjectAssessment; collective: boolean }) {
  const save = useSavers();
  const sk = subjectKey(subject);
  const ceiling = proposalCeiling(assessment);
  const preset = proposalPreset(review, assessment);
  const options = levelOptions.map((o) => ({ ...o, label: ceiling && compareLevels(o.value, ceiling) > 0 ? `${o.label} (cao hơn mức tính được)` : o.label }));
  const who = collective ? 'Chi bộ' : 'Chi ủy';
  const hint = ceiling ? `Không được cao hơn mức tính theo quy định: ${levelName(ceiling)}.` : 'Nhập đủ điểm và kết quả nhiệm vụ để phần mềm tính mức trước.';
  return (
    <section className="panel mtg-proposal" aria-labelledby={`${sk}-proposal-title`}>
      <h3 id={`${sk}-proposal-title`}>{collective ? 'Mức chi bộ tự đề xuất' : 'Đề xuất của chi ủy'}</h3>
      {preset && (
        <p className="mtg-preset" role="note">
          {who} đề xuất theo mức tính được (<strong>{levelName(preset)}</strong>); chọn mức khác nếu {who.toLowerCase()} đề xuất khác. Mức này chưa được ghi: bấm “Tiếp theo” để
          ghi và sang bước sau.
        </p>
      )}
      <div className="form-grid">
        <AutoSelect
          fieldKey={`${sk}.proposedLevel`}
          id={`${sk}-proposed`}
          label={collective ? 'Chi bộ tự đề xuất xếp loại' : 'Chi ủy đề xuất xếp loại'}
          required
          placeholder="— Chọn mức —"
          hint={hint}
          options={options}
          server={review.proposedLevel ?? preset}
          save={(v) => save.review(subject, { proposedLevel: v as ReviewRecord['proposedLevel'] })}
        />
        <AutoText fieldKey={`${sk}.proposalNote`} id={`${sk}-proposal-note`} label="Ghi chú (nếu có)" multiline rows={2} server={review.proposalNote} save={(v) => save.review(subject, { proposalNote: v })} />
      </div>
    </section>
  );
}

// The cases that make a subject "Không hoàn thành nhiệm vụ" whatever the score (QĐ 366 Điều 11 khoản 4),
// as checkboxes with their plain wording; and, when one is ticked, the request that the competent level
// set it aside (self-detected and remedied). Layer: renderer.
import { allowedDisqualifiers, DISQUALIFIER_DESCRIPTIONS, type SubjectKind } from '../../../../shared/rules/disqualifiers';
import type { ReviewRecord, SubjectRef } from '../../../../shared/meeting/types';
import { subjectKey } from '../../../state/meeting-store';
import { AutoText } from '../AutoFields';
import { useAutosave } from '../use-autosave';
import { useSavers } from '../use-savers';

export function Disqualifiers({ subject, kind, review }: { subject: SubjectRef; kind: SubjectKind; review: ReviewRecord }) {
  const save = useSavers();
  const sk = subjectKey(subject);
  const f = useAutosave<string[]>(`${sk}.disqualifiers`, review.disqualifiers, (v) => save.review(subject, { disqualifiers: v }));
  const toggle = (code: string, on: boolean) => f.change(on ? [...f.value.filter((c) => c !== code), code] : f.value.filter((c) => c !== code), true);
  return (
    <fieldset className="panel mtg-disq">
      <legend>Trường hợp bị xếp loại “Không hoàn thành nhiệm vụ”</legend>
      <p className="field-hint">
        Chỉ đánh dấu khi có kết luận hoặc quyết định của cấp có thẩm quyền. Có một trường hợp thì xếp loại “Không hoàn thành nhiệm vụ”, dù điểm cao (QĐ 366-QĐ/TW, Điều 11, khoản 4). Hoàn thành
        dưới 50% nhiệm vụ cũng vậy; phần mềm tự tính trường hợp này.
      </p>
      {allowedDisqualifiers(kind).map((code) => (
        <div key={code} className="field field-check">
          <input id={`${sk}-dq-${code}`} type="checkbox" checked={f.value.includes(code)} onChange={(e) => toggle(code, e.target.checked)} />
          <label htmlFor={`${sk}-dq-${code}`}>{DISQUALIFIER_DESCRIPTIONS[code]}</label>
        </div>
      ))}
      {f.error && <p className="field-error">{f.error}</p>}
      {(f.value.length > 0 || review.overrideRequest) && (
        <AutoText
          fieldKey={`${sk}.overrideRequest`}
          id={`${sk}-override`}
          label="Đề nghị cấp có thẩm quyền xem xét (nếu đã tự phát hiện, tự báo cáo và khắc phục xong)"
          hint="Để trống nếu không đề nghị. Đảng ủy quyết định; chi bộ chỉ ghi đề nghị và lý do."
          multiline
          rows={2}
          server={review.overrideRequest}
          save={(v) => save.review(subject, { overrideRequest: v })}
        />
      )}
    </fieldset>
  );
}

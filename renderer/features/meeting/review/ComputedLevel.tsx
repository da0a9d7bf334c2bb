// What the rules compute for the subject: the level (or why there is none yet), the level by points and
// the level the conditions allow, and every reason with its article. A rule gap (the text gives no level)
// and a requested override are spelled out: the Đảng ủy decides those. Layer: renderer.
import type { SubjectAssessment } from '../../../../shared/meeting/types';
import type { ClassifyOutcome } from '../../../../shared/rules/classify';
import { levelName, points } from '../meeting-text';

export function ComputedLevel({ assessment: a, overrideRequested }: { assessment: SubjectAssessment; overrideRequested: boolean }) {
  const c = a.computed;
  return (
    <section className="panel mtg-computed" aria-labelledby="computed-title" aria-live="polite">
      <h3 id="computed-title">Mức xếp loại tính theo quy định</h3>
      {a.score && (
        <p>
          Điểm: {points(a.score.common)}/30 + {points(a.score.tasks)}/70 = <strong>{points(a.score.common + a.score.tasks)}/100</strong>{' '}
          <span className="muted">({a.scoreSource === 'groups' ? 'điểm hai nhóm tiêu chí' : 'chấm theo từng tiêu chí'})</span>
        </p>
      )}
      {!c ? (
        <p className="mtg-pending">Chưa tính được: {[a.scoreProblem, a.computedProblem].filter(Boolean).join(' ') || 'còn thiếu thông tin.'}</p>
      ) : (
        <Outcome outcome={c} />
      )}
      {overrideRequested && a.computedWithOverride && (
        <div className="mtg-override">
          <p>
            <strong>Nếu Đảng ủy chấp nhận đề nghị xem xét</strong> (tự phát hiện, tự khắc phục): mức tính được là{' '}
            <strong>{a.computedWithOverride.level ? levelName(a.computedWithOverride.level) : 'chưa có trong quy định'}</strong>. Đảng ủy quyết định việc này.
          </p>
        </div>
      )}
    </section>
  );
}

function Outcome({ outcome: c }: { outcome: ClassifyOutcome }) {
  return (
    <>
      {c.level ? (
        <p className="mtg-level">
          Mức tính được: <strong>{levelName(c.level)}</strong>
        </p>
      ) : c.needsDecision ? (
        <div className="mtg-gap">
          <p className="mtg-level">
            Quy định <strong>chưa có mức</strong> cho trường hợp này.
          </p>
          <p>
            Đảng ủy xã sẽ quyết định mức xếp loại. Chi ủy vẫn đề xuất một mức (không cao hơn “{levelName(c.scoreLevel)}”, mức theo điểm) để chi bộ biểu quyết.
          </p>
        </div>
      ) : (
        <p className="mtg-level">Không xếp loại.</p>
      )}
      <p className="muted">
        Theo điểm: {levelName(c.scoreLevel)} · Theo điều kiện: {c.conditionLevel ? levelName(c.conditionLevel) : c.needsDecision ? 'quy định chưa có mức' : '—'}
      </p>
      <details className="mtg-reasons-box" open>
        <summary>Vì sao ({c.reasons.length} căn cứ)</summary>
        <ul className="mtg-reasons">
          {c.reasons.map((r, i) => (
            <li key={`${r.code}-${i}`} className={r.code === 'rule-gap' ? 'mtg-reason-gap' : undefined}>
              {r.message} <span className="mtg-ref">({r.ref})</span>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

// "Cần Đảng ủy quyết định": the open cases the Đảng ủy must settle itself — rule gaps, requests to set
// aside a disqualifier, votes above what the rules allow, proposals that changed after a decision — and
// the HTXS beyond the quota, each with what the chi bộ proposed, what the rules give and a button to
// decide. Layer: renderer.
import type { DecisionView } from '../../../shared/meeting/decision';
import { LevelText } from './LevelText';
import { attentionSubjects, overQuotaGroup, quotaReason, settledSubjects } from './decision-model';
import type { DecideRequest } from './VerifySection';

export function AttentionList({ view, onDecide }: { view: DecisionView; onDecide(r: DecideRequest): void }) {
  const items = attentionSubjects(view.subjects);
  const settled = settledSubjects(view.subjects);
  return (
    <section className="decision-block" aria-labelledby="attention-title">
      <h3 id="attention-title">Cần Đảng ủy xem xét ({items.length})</h3>
      <p className="part-lead">Những trường hợp quy định chưa tự xếp được, chi bộ xin xem xét, biểu quyết cao hơn quy định, hoặc vượt tỷ lệ xuất sắc.</p>
      {items.length === 0 ? (
        <p className="ok-note">Không còn trường hợp nào cần Đảng ủy tự quyết định.</p>
      ) : (
        <ul className="attention-list">
          {items.map((s) => (
            <li key={s.key} className={s.needsDecision || s.overQuota ? 'attention attention-open' : 'attention'} aria-label={s.name}>
              <p className="attention-head">
                <strong>{s.name}</strong> <span className="muted">— {s.kind === 'member' ? s.unitName : 'tập thể chi bộ'}</span>
                {s.needsDecision && <span className="flag flag-open">Chưa quyết định</span>}
                {s.overQuota && <span className="flag flag-quota">Vượt tỷ lệ HTXS</span>}
              </p>
              <ul className="attention-issues">
                {s.issues.map((i) => (
                  <li key={i.code}>{i.message}</li>
                ))}
                {s.overQuota && <li>Xếp sau cùng trong số “Hoàn thành xuất sắc nhiệm vụ” của nhóm, vượt tỷ lệ tối đa: cần hạ mức hoặc giảm trường hợp khác.</li>}
              </ul>
              <p className="attention-levels">
                Chi bộ đề nghị: <LevelText level={s.proposal} /> · Theo quy định: <LevelText level={s.computed.level} none="Quy định chưa có mức" />
                {s.decision && (
                  <>
                    {' '}
                    · Đảng ủy đã quyết định: <LevelText level={s.decision.level} />
                    {s.decision.reason ? ` (${s.decision.reason})` : ''}
                  </>
                )}
              </p>
              <div className="actions">
                <button type="button" className="btn btn-primary" onClick={() => onDecide({ subject: s })} aria-label={`Quyết định mức xếp loại: ${s.name}`}>
                  Quyết định mức xếp loại
                </button>
                {s.overQuota && (
                  <button
                    type="button"
                    className="btn btn-secondary"
                    onClick={() => {
                      const group = overQuotaGroup(view.quotaGroups, s);
                      onDecide({ subject: s, level: 'HTT', ...(group ? { reason: quotaReason(group, view.quota) } : {}) });
                    }}
                    aria-label={`Hạ xuống Hoàn thành tốt nhiệm vụ: ${s.name}`}
                  >
                    Hạ xuống “Hoàn thành tốt nhiệm vụ”
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {settled.length > 0 && (
        <>
          <h4 className="settled-title">Đã quyết định, chờ khóa ({settled.length})</h4>
          <ul className="settled-list">
            {settled.map((s) => (
              <li key={s.key}>
                <strong>{s.name}</strong> — <LevelText level={s.decision!.level} />
                {s.decision!.reason ? ` (lý do: ${s.decision!.reason})` : ' (theo đề nghị của chi bộ)'}{' '}
                <button type="button" className="btn-link" onClick={() => onDecide({ subject: s })} aria-label={`Sửa quyết định: ${s.name}`}>
                  Sửa
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

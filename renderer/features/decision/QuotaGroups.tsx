// The HTXS quota per peer group (rules.md §5): "Được tối đa 1 HTXS (20 % của 9 HTT); đang có 2 — vượt 1: …",
// counts per level, and the HTXS ranked best first with those beyond the quota marked and a one-click way
// to lower one to HTT (the reason naming the group is pre-filled and can be rewritten). Layer: renderer.
import type { DecisionView } from '../../../shared/meeting/decision';
import { LEVELS } from '../../../shared/rules/levels';
import { formatNumberVi } from '../../../shared/rules/reasons';
import { quotaLine, quotaReason } from './decision-model';
import type { DecideRequest } from './VerifySection';

export function QuotaGroups({ view, onDecide }: { view: DecisionView; onDecide(r: DecideRequest): void }) {
  return (
    <section className="decision-block" aria-labelledby="quota-title">
      <h3 id="quota-title">Tỷ lệ “Hoàn thành xuất sắc nhiệm vụ”</h3>
      <p className="part-lead">
        Trong mỗi nhóm, số xếp loại xuất sắc không được vượt {view.quota.ratePercent}% số {view.quota.denominator === 'htt' ? 'hoàn thành tốt' : 'hoàn thành tốt và xuất sắc'}{' '}
        (làm tròn xuống). Tính theo mức Đảng ủy đã quyết định; trường hợp chưa quyết định tính theo đề nghị của chi bộ. Chưa khóa được quyết định khi còn
        nhóm vượt tỷ lệ.
      </p>
      {view.quotaGroups.map((g) => {
        const lineId = `quota-${g.key.replace(/[^a-z0-9-]/gi, '-')}`;
        return (
          <div key={g.key} className={g.outcome.violation ? 'quota-group quota-violated' : 'quota-group'} role="group" aria-labelledby={lineId}>
            <h4 id={lineId}>{g.label}</h4>
            <p className="quota-line">{quotaLine(g, view.quota)}</p>
            <p className="quota-counts">
              {LEVELS.map((l) => `${l}: ${g.counts[l]}`).join(' · ')}
            </p>
            {g.htxs.length > 0 && (
              <ol className="quota-htxs" aria-label={`Xếp loại xuất sắc của nhóm: ${g.label}`}>
                {g.htxs.map((h) => {
                  const subject = view.subjects.find((s) => s.key === h.key);
                  return (
                    <li key={h.key} className={h.overQuota ? 'quota-over' : undefined}>
                      <span className="quota-name">{h.name}</span>
                      {h.total !== null && <span className="muted"> — {formatNumberVi(h.total)} điểm</span>}
                      {h.overQuota && <span className="flag flag-quota">Vượt tỷ lệ</span>}
                      {h.overQuota && subject && !subject.locked && (
                        <button
                          type="button"
                          className="btn btn-secondary btn-small"
                          onClick={() => onDecide({ subject, level: 'HTT', reason: quotaReason(g, view.quota) })}
                          aria-label={`Hạ ${h.name} xuống Hoàn thành tốt nhiệm vụ`}
                        >
                          Hạ xuống HTT
                        </button>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
          </div>
        );
      })}
    </section>
  );
}

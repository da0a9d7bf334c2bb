// The recognition decisions of the year, read-only: number, date, scope, who entered it, counts per
// level for members and chi bộ (from the decision view, shown at once: "HTXS: 3, HTT: 10, …"), and the
// recognized list, read from the core once per record. Layer: renderer.
import { useEffect } from 'react';
import type { DecisionView, RecognitionCounts, RecognitionRecord, RecognitionSummary } from '../../../shared/meeting/decision';
import { LEVEL_NAMES, LEVELS } from '../../../shared/rules/levels';
import { formatDateVi } from '../../../shared/text/dates';
import { useDecision, useStores } from '../../state/stores';
import { Loading } from '../../ui/Loading';
import { recognitionSummary } from './decision-model';
import { LevelText } from './LevelText';

export function RecognitionList({ view }: { view: DecisionView }) {
  if (view.recognitions.length === 0) return null;
  return (
    <section className="decision-block" aria-labelledby="recognitions-title">
      <h3 id="recognitions-title">Quyết định công nhận đã ban hành</h3>
      <p className="part-lead">Kết quả đã công nhận chỉ để xem; muốn thay đổi phải xếp loại lại (Mẫu 03).</p>
      {view.recognitions.map((r) => (
        <RecognitionCard key={r.id} stored={r} />
      ))}
    </section>
  );
}

function RecognitionCard({ stored }: { stored: RecognitionSummary }) {
  const { decision } = useStores();
  const record = useDecision((s) => s.recognitions[stored.id]);
  const scopeName = useDecision((s) => (stored.scope === 'commune' ? 'Toàn Đảng bộ xã' : (s.board?.rows.find((r) => r.basicOrgId === (stored.scope as { basicOrgId: string }).basicOrgId)?.basicOrgName ?? '')));
  useEffect(() => {
    if (!record) void decision.getState().loadRecognition(stored.id);
  }, [decision, record, stored.id]);
  const title = `Quyết định số ${stored.decisionNo} ngày ${formatDateVi(stored.decidedOn)}`;
  return (
    <article className="recognition" aria-label={title}>
      <h4>{title}</h4>
      <p className="muted">
        Phạm vi: {scopeName} · Người ghi: {stored.actor}
      </p>
      <p className="recognition-summary">{recognitionSummary(stored.counts)}</p>
      <CountsTable counts={stored.counts} />
      {!record ? <Loading /> : <RecognitionBody record={record} />}
    </article>
  );
}

function CountsTable({ counts }: { counts: RecognitionCounts }) {
  return (
    <table className="table recognition-counts">
      <caption className="visually-hidden">Số lượng theo mức xếp loại</caption>
      <thead>
        <tr>
          <th scope="col">Đối tượng</th>
          {LEVELS.map((l) => (
            <th key={l} scope="col" className="num" title={LEVEL_NAMES[l]}>
              {l}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Đảng viên</th>
          {LEVELS.map((l) => (
            <td key={l} className="num">
              {counts.members[l]}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">Chi bộ</th>
          {LEVELS.map((l) => (
            <td key={l} className="num">
              {counts.organizations[l]}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

function RecognitionBody({ record }: { record: RecognitionRecord }) {
  return (
    <details className="recognition-list">
      <summary>Danh sách được công nhận ({record.subjects.length})</summary>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Đảng viên / chi bộ</th>
            <th scope="col">Mức xếp loại</th>
          </tr>
        </thead>
        <tbody>
          {record.subjects.map((s) => (
            <tr key={s.key}>
              <th scope="row">{s.memberId ? s.name : `Chi bộ: ${s.name}`}</th>
              <td>
                <LevelText level={s.level} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

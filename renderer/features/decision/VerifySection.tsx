// "Thẩm định và quyết định": for the whole commune or one TCCSĐ — what the Đảng ủy must decide itself,
// the HTXS quota per peer group, every proposal with its reasons, what still blocks the recognition
// decision with the lock form, and the recognition records once issued. Layer: renderer.
import { useState } from 'react';
import type { DecisionSubject } from '../../../shared/meeting/decision';
import type { LevelCode } from '../../../shared/rules/levels';
import { useDecision, useStores } from '../../state/stores';
import { SelectField } from '../../ui/fields';
import { Loading } from '../../ui/Loading';
import { AttentionList } from './AttentionList';
import { DecideDialog } from './DecideDialog';
import { overQuotaGroup, scopeOptions } from './decision-model';
import { LockPanel } from './LockPanel';
import { ProposalTable } from './ProposalTable';
import { QuotaGroups } from './QuotaGroups';
import { RecognitionList } from './RecognitionList';

/** The subject being decided, with the level and reason to start from (lowering an excess HTXS). */
export interface DecideRequest {
  subject: DecisionSubject;
  level?: LevelCode;
  reason?: string;
}

export function VerifySection() {
  const { decision } = useStores();
  const board = useDecision((s) => s.board);
  const view = useDecision((s) => s.view);
  const scope = useDecision((s) => s.scope);
  const error = useDecision((s) => s.loadError);
  const [deciding, setDeciding] = useState<DecideRequest | null>(null);
  // The dialog works on the subject as read when it opened; find it again after a refresh by key.
  const current = deciding ? (view?.subjects.find((s) => s.key === deciding.subject.key) ?? deciding.subject) : null;

  return (
    <section aria-labelledby="verify-title">
      <h2 id="verify-title">Thẩm định và quyết định</h2>
      <p className="part-lead">
        Xem đề nghị của từng chi bộ cùng mức tính theo quy định, quyết định những trường hợp Đảng ủy phải tự quyết, giữ đúng tỷ lệ xuất sắc, rồi khóa quyết
        định công nhận.
      </p>
      {board && (
        <SelectField
          id="decision-scope"
          label="Phạm vi thẩm định"
          className="decision-scope"
          value={scope ?? ''}
          onChange={(v) => decision.getState().setScope(v === '' ? null : v)}
          options={scopeOptions(board.rows)}
          hint="Toàn Đảng bộ xã, hoặc một tổ chức cơ sở đảng (chi bộ cơ sở, đảng bộ cơ sở)."
        />
      )}
      {!view ? (
        error ? (
          <p className="form-alert">{error}</p>
        ) : (
          <Loading />
        )
      ) : (
        <>
          {view.subjects.length === 0 ? (
            <p className="empty">Chưa có chi bộ nào trong phạm vi này kết thúc hội nghị kiểm điểm, nên chưa có đề nghị để thẩm định.</p>
          ) : (
            <>
              <AttentionList view={view} onDecide={setDeciding} />
              <QuotaGroups view={view} onDecide={setDeciding} />
              <ProposalTable subjects={view.subjects} onDecide={setDeciding} />
            </>
          )}
          <LockPanel view={view} />
          <RecognitionList view={view} />
        </>
      )}
      {deciding && current && view && (
        <DecideDialog request={{ ...deciding, subject: current }} quotaGroup={overQuotaGroup(view.quotaGroups, current)} quota={view.quota} onClose={() => setDeciding(null)} />
      )}
    </section>
  );
}

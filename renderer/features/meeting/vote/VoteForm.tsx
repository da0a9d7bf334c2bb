// Entering one vote round: hand vote (số người giơ tay cho từng mức) or secret ballot (phiếu phát ra,
// thu về, không hợp lệ, and the valid ballots per level). "Ghi kết quả" sends it; the core checks that the
// counts add up and computes the result; a refusal is shown under the form and nothing is recorded. The
// counts typed are kept while moving between steps. Layer: renderer.
import { useState } from 'react';
import { VOTE_MODES, VOTE_MODE_NAMES, type VoteMode } from '../../../../shared/meeting/labels';
import type { SubjectRef } from '../../../../shared/meeting/types';
import { LEVEL_NAMES, LEVELS, type LevelCode } from '../../../../shared/rules/levels';
import type { VoteDraft } from '../../../state/meeting-store';
import { useMeeting, useStores } from '../../../state/stores';

const EMPTY: VoteDraft = { mode: 'hand', votes: { HTXS: '', HTT: '', HTNV: '', KHTNV: '' }, issued: '', returned: '', invalid: '' };

/** Empty → 0; anything else must be a whole number (else NaN, which the form refuses). */
const count = (text: string) => (text.trim() === '' ? 0 : /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

interface Props {
  subject: SubjectRef;
  draftKey: string;
  round: number;
  proposed: LevelCode | null;
  presentVoters: number;
  name: string;
}

export function VoteForm({ subject, draftKey, round, proposed, presentVoters, name }: Props) {
  const { meeting } = useStores();
  const call = useMeeting((s) => s.call);
  const meetingId = useMeeting((s) => s.view?.id ?? '');
  const draft = useMeeting((s) => s.voteDrafts[draftKey]) ?? EMPTY;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `vote-${draftKey}`;
  const change = (patch: Partial<VoteDraft>) => meeting.getState().setVoteDraft(draftKey, { ...draft, ...patch });

  async function submit() {
    setError(null);
    const votes = Object.fromEntries(LEVELS.map((l) => [l, count(draft.votes[l])])) as Record<LevelCode, number>;
    const ballots = { issued: count(draft.issued), returned: count(draft.returned), invalid: count(draft.invalid) };
    const bad = [...Object.values(votes), ...(draft.mode === 'ballot' ? Object.values(ballots) : [])].some((n) => Number.isNaN(n));
    if (bad) {
      setError('Số phiếu phải là số nguyên, không âm (ví dụ 12). Ô để trống được tính là 0.');
      return;
    }
    setBusy(true);
    const result = await meeting
      .getState()
      .command(() => call('meeting.recordVote', { meetingId, subject, mode: draft.mode, votes, ...(draft.mode === 'ballot' ? { ballots } : {}) }));
    setBusy(false);
    if (result.ok) meeting.getState().setVoteDraft(draftKey, null);
    else setError(result.error.message);
  }

  return (
    <div className="mtg-vote-form" role="group" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>
        Nhập kết quả biểu quyết vòng {round} — {name}
      </h4>
      <fieldset className="mtg-inline-radios">
        <legend>Hình thức</legend>
        {VOTE_MODES.map((m: VoteMode) => (
          <label key={m} className={draft.mode === m ? 'mtg-choice mtg-choice-on' : 'mtg-choice'}>
            <input type="radio" name={`${id}-mode`} checked={draft.mode === m} onChange={() => change({ mode: m })} />
            {VOTE_MODE_NAMES[m]}
          </label>
        ))}
      </fieldset>
      {draft.mode === 'ballot' && (
        <div className="mtg-count-grid">
          <CountBox id={`${id}-issued`} label="Số phiếu phát ra" value={draft.issued} onChange={(v) => change({ issued: v })} />
          <CountBox id={`${id}-returned`} label="Số phiếu thu về" value={draft.returned} onChange={(v) => change({ returned: v })} />
          <CountBox id={`${id}-invalid`} label="Số phiếu không hợp lệ" value={draft.invalid} onChange={(v) => change({ invalid: v })} />
        </div>
      )}
      <p className="field-hint">
        {draft.mode === 'hand' ? 'Số đồng chí giơ tay cho từng mức' : 'Số phiếu hợp lệ chọn từng mức'} ({presentVoters} đồng chí có quyền biểu quyết có mặt; ô để trống là 0).
      </p>
      <div className="mtg-count-grid">
        {LEVELS.map((l) => (
          <CountBox key={l} id={`${id}-${l}`} label={LEVEL_NAMES[l]} value={draft.votes[l]} onChange={(v) => change({ votes: { ...draft.votes, [l]: v } })} />
        ))}
      </div>
      <div className="actions">
        {proposed && draft.mode === 'hand' && (
          <button type="button" className="btn" onClick={() => change({ votes: { ...EMPTY.votes, [proposed]: String(presentVoters) } })}>
            Điền: cả {presentVoters} đồng chí nhất trí mức đề xuất
          </button>
        )}
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void submit()}>
          Ghi kết quả vòng {round}
        </button>
      </div>
      {error && (
        <p role="alert" className="form-alert">
          {error}
        </p>
      )}
    </div>
  );
}

function CountBox({ id, label, value, onChange }: { id: string; label: string; value: string; onChange(v: string): void }) {
  return (
    <div className="field mtg-count">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" inputMode="numeric" maxLength={5} autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

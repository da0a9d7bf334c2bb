// The papers of each reviewed member before the meeting (Mẫu 02 received, residence comments where they
// apply, temporary-cell comments, the civil-servant rating), and the members who are not reviewed with
// the rule that excludes them. Layer: renderer.
import type { MeetingView, MemberView } from '../../../../shared/meeting/types';
import { roleName } from '../../../../shared/meeting/labels';
import { AutoCheck, AutoText } from '../AutoFields';
import { useSavers } from '../use-savers';

export function MemberChecklist({ view }: { view: MeetingView }) {
  const reviewed = view.members.filter((m) => m.reviewed);
  const excluded = view.members.filter((m) => !m.reviewed);
  return (
    <>
      <section className="panel" aria-labelledby="prep-papers">
        <h3 id="prep-papers">Giấy tờ của từng đồng chí ({reviewed.length} đồng chí được kiểm điểm)</h3>
        <p className="field-hint">Đánh dấu khi đã nhận. Ô nào không áp dụng cho đồng chí thì không hiện.</p>
        <ol className="mtg-checklist">
          {reviewed.map((m) => (
            <MemberPapers key={m.memberId} member={m} />
          ))}
        </ol>
      </section>
      {excluded.length > 0 && (
        <section className="panel" aria-labelledby="prep-excluded">
          <h3 id="prep-excluded">Không kiểm điểm ở hội nghị này</h3>
          <ul className="mtg-reasons">
            {excluded.map((m) => (
              <li key={m.memberId}>
                <strong>{m.fullName}</strong>: {m.reasons.map((r) => r.message).join(' ')} <span className="mtg-ref">({m.reasons.map((r) => r.ref).join('; ')})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function MemberPapers({ member: m }: { member: MemberView }) {
  const save = useSavers();
  const p = m.preparation;
  const id = `prep-${m.memberId}`;
  const patch = (x: Parameters<typeof save.memberPreparation>[1]) => save.memberPreparation(m.memberId, x);
  const hidden = (text: string) => <span className="visually-hidden"> — {text}</span>;
  return (
    <li className="mtg-paper">
      <div className="mtg-paper-who">
        <strong>{m.fullName}</strong>
        <span className="muted">
          {' '}
          {roleName(m.partyRole)} · Mẫu {m.form}
          {!m.canVote && ' · không biểu quyết'}
        </span>
        {m.notes.map((n) => (
          <p key={n.code} className="field-hint">
            {n.message}
          </p>
        ))}
      </div>
      <div className="mtg-paper-checks">
        <AutoCheck fieldKey={`mprep.${m.memberId}.self`} id={`${id}-self`} label={<>Đã nhận bản tự kiểm điểm (Mẫu {m.form}){hidden(m.fullName)}</>} server={p.selfReviewReceived} save={(v) => patch({ selfReviewReceived: v })} />
        <AutoCheck fieldKey={`mprep.${m.memberId}.resApplies`} id={`${id}-res-applies`} label={<>Cần nhận xét nơi cư trú{hidden(m.fullName)}</>} server={p.residenceApplies} save={(v) => patch({ residenceApplies: v })} />
        {p.residenceApplies && (
          <AutoCheck fieldKey={`mprep.${m.memberId}.res`} id={`${id}-res`} label={<>Đã nhận nhận xét nơi cư trú{hidden(m.fullName)}</>} server={p.residenceReceived} save={(v) => patch({ residenceReceived: v })} />
        )}
        {m.temporaryApplies && (
          <AutoCheck fieldKey={`mprep.${m.memberId}.tmp`} id={`${id}-tmp`} label={<>Đã nhận nhận xét của chi bộ nơi sinh hoạt tạm thời{hidden(m.fullName)}</>} server={p.temporaryReceived} save={(v) => patch({ temporaryReceived: v })} />
        )}
      </div>
      {m.civilServantApplies && (
        <AutoText
          fieldKey={`mprep.${m.memberId}.rating`}
          id={`${id}-rating`}
          label={`Kết quả xếp loại công chức, viên chức — ${m.fullName}`}
          className="mtg-paper-rating"
          placeholder="Ví dụ: Hoàn thành tốt nhiệm vụ"
          server={p.civilServantRating}
          save={(v) => patch({ civilServantRating: v })}
        />
      )}
    </li>
  );
}

// "Quyết định mức xếp loại" of one member or chi bộ: what the chi bộ proposed, what the rules give and
// the highest level allowed; the chosen level; a reason (the core refuses a level different from the
// proposal without one — its message is shown next to the field); when the chi bộ asked to set a
// disqualifier aside, whether the Đảng ủy grants it; and, for an HTXS beyond its group's quota, which group,
// how many HTXS it may have and has, and what lowering this one to HTT gives. Layer: renderer.
import { useState, type FormEvent } from 'react';
import { decisionCeiling, type QuotaGroupView } from '../../../shared/meeting/decision';
import { LEVEL_NAMES, type LevelCode } from '../../../shared/rules/levels';
import { useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextAreaField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import { coreFormErrors, firstErrorField, focusField, type FieldErrors } from '../../ui/form-errors';
import { countsAfterLowering, inSentence, levelOptions, quotaFigures, quotaFiguresText, subjectTitle, type QuotaSettings } from './decision-model';
import { LevelText } from './LevelText';
import type { DecideRequest } from './VerifySection';

const FIELDS = ['overrideGranted', 'level', 'reason'] as const;

export interface DecideDialogProps {
  request: DecideRequest;
  /** The quota group the subject's HTXS exceeds, if any. */
  quotaGroup?: QuotaGroupView | null;
  quota: QuotaSettings;
  onClose(): void;
}

export function DecideDialog({ request, quotaGroup = null, quota, onClose }: DecideDialogProps) {
  const { decision, notices } = useStores();
  const s = request.subject;
  const [level, setLevel] = useState<string>(request.level ?? s.decision?.level ?? s.proposal ?? s.computed.level ?? '');
  const [reason, setReason] = useState(request.reason ?? s.decision?.reason ?? '');
  const [override, setOverride] = useState(s.decision?.overrideGranted === true ? 'yes' : s.decision?.overrideGranted === false ? 'no' : '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ceiling = decisionCeiling(s, override === 'yes');

  function show(fields: FieldErrors, message: string | null) {
    setErrors(fields);
    setGeneral(message);
    const first = firstErrorField(FIELDS, fields);
    if (first) focusField(`decide-${first}`);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (level === '') return show({ level: 'Hãy chọn mức xếp loại.' }, null);
    const target = s.memberId ? { memberId: s.memberId } : { orgUnitId: s.orgUnitId };
    setBusy(true);
    const result = await decision.getState().setLevel({
      ...target,
      level: level as LevelCode,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(s.overrideRequest && override !== '' ? { overrideGranted: override === 'yes' } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      const mapped = coreFormErrors(result.error, FIELDS);
      return show(mapped.fields, mapped.general);
    }
    notices.getState().push('success', `Đã quyết định mức “${LEVEL_NAMES[level as LevelCode]}” cho ${subjectTitle(s)}.`);
    onClose();
  }

  const differs = level !== '' && level !== s.proposal;
  return (
    <Dialog title={`Quyết định mức xếp loại: ${s.name}`} onClose={onClose} wide>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormAlert message={general} />
        <dl className="facts decide-facts">
          <dt>Chi bộ</dt>
          <dd>{s.unitName}</dd>
          <dt>Chi bộ đề nghị</dt>
          <dd>
            <LevelText level={s.proposal} />
          </dd>
          <dt>Mức tính theo quy định</dt>
          <dd>
            <LevelText level={s.computed.level} none="Quy định chưa có mức — Đảng ủy quyết định" />
          </dd>
          {ceiling && (
            <>
              <dt>Mức cao nhất được phép</dt>
              <dd>
                <LevelText level={ceiling} />
              </dd>
            </>
          )}
        </dl>
        {quotaGroup && <QuotaNote group={quotaGroup} quota={quota} name={s.name} />}
        {s.issues.length > 0 && (
          <ul className="attention-issues">
            {s.issues.map((i) => (
              <li key={i.code}>{i.message}</li>
            ))}
          </ul>
        )}
        {s.overrideRequest && (
          <SelectField
            id="decide-overrideGranted"
            label="Đề nghị xem xét của chi bộ (tự phát hiện, tự khắc phục)"
            required
            value={override}
            onChange={setOverride}
            placeholder="— Chọn —"
            options={[
              { value: 'yes', label: 'Chấp thuận đề nghị' },
              { value: 'no', label: 'Không chấp thuận' },
            ]}
            error={errors.overrideGranted}
            hint={s.overrideRequest}
          />
        )}
        <SelectField
          id="decide-level"
          label="Mức Đảng ủy quyết định"
          required
          value={level}
          onChange={setLevel}
          placeholder="— Chọn —"
          options={levelOptions}
          error={errors.level}
          autoFocus
        />
        <TextAreaField
          id="decide-reason"
          label="Lý do"
          required={differs}
          value={reason}
          onChange={setReason}
          error={errors.reason}
          hint={differs ? 'Bắt buộc: mức quyết định khác mức chi bộ đề nghị.' : 'Chỉ bắt buộc khi mức quyết định khác mức chi bộ đề nghị.'}
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Đang lưu…' : 'Lưu quyết định'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Which quota group is exceeded, allowed vs current, and the group's figures once this HTXS is lowered. */
function QuotaNote({ group, quota, name }: { group: QuotaGroupView; quota: QuotaSettings; name: string }) {
  const after = countsAfterLowering(group.counts);
  const f = quotaFigures(after, quota);
  return (
    <div className="notice-inline decide-quota" role="note" aria-label="Tỷ lệ Hoàn thành xuất sắc nhiệm vụ">
      <p>
        <strong>Vượt tỷ lệ “Hoàn thành xuất sắc nhiệm vụ”</strong> — nhóm {group.label}: {quotaFiguresText(group.counts, quota)}.
      </p>
      <p>
        Nếu hạ {name} xuống “Hoàn thành tốt nhiệm vụ”: {inSentence(quotaFiguresText(after, quota))}
        {f.excess > 0 ? ` — vẫn vượt ${f.excess}.` : ' — đúng tỷ lệ.'}
      </p>
    </div>
  );
}

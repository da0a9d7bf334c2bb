// "Quyết định mức xếp loại" of one member or chi bộ: what the chi bộ proposed, what the rules give and
// the highest level allowed; the chosen level; a reason (the core refuses a level different from the
// proposal without one — its message is shown next to the field); and, when the chi bộ asked to set a
// disqualifier aside, whether the Đảng ủy grants it. Layer: renderer.
import { useState, type FormEvent } from 'react';
import { decisionCeiling } from '../../../shared/meeting/decision';
import { LEVEL_NAMES, type LevelCode } from '../../../shared/rules/levels';
import { useStores } from '../../state/stores';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextAreaField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import { coreFormErrors, firstErrorField, focusField, type FieldErrors } from '../../ui/form-errors';
import { levelOptions, subjectTitle } from './decision-model';
import { LevelText } from './LevelText';
import type { DecideRequest } from './VerifySection';

const FIELDS = ['overrideGranted', 'level', 'reason'] as const;

export function DecideDialog({ request, onClose }: { request: DecideRequest; onClose(): void }) {
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

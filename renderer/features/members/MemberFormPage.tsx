// Thêm / sửa đảng viên: every field of the member record in four groups. Checked on "Lưu" with the
// same rules as the core; a refusal from the core (e.g. a CCCD already used) is shown next to its
// field. The typed values stay on screen whatever happens. Layer: renderer.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { genders, memberCategories, partyRoles, politicalTheoryLevels } from '../../../shared/domain/enums';
import { memberHoldingKinds, type OrgUnit } from '../../../shared/domain/org-unit';
import type { Member } from '../../../shared/domain/member';
import { todayIso } from '../../../shared/text/dates';
import { useMembers, useOrg, useStores } from '../../state/stores';
import { CheckField, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { FormAlert } from '../../ui/FormAlert';
import { Loading } from '../../ui/Loading';
import { coreFormErrors, firstErrorField, focusField, type FieldErrors } from '../../ui/form-errors';
import { memberUnitOptions, shortUnitPath } from '../org/org-tree-model';
import { checkMemberForm, emptyMemberForm, memberFieldOrder, memberLabels, memberToForm, type MemberField, type MemberFormValues } from './member-form-model';

type Mode = { kind: 'new' } | { kind: 'edit'; id: string };

const FIX_BELOW = 'Chưa lưu được. Hãy sửa các chỗ ghi chữ đỏ bên dưới.';

export function MemberFormPage({ mode }: { mode: Mode }) {
  const { members } = useStores();
  const detail = useMembers((s) => s.detail);
  const editing = mode.kind === 'edit' ? (detail?.member.id === mode.id ? detail.member : null) : null;

  useEffect(() => {
    if (mode.kind === 'edit' && members.getState().detail?.member.id !== mode.id) void members.getState().loadDetail(mode.id);
  }, [mode, members]);

  if (mode.kind === 'edit' && !editing) return <Loading />;
  return <MemberForm key={editing?.id ?? 'new'} initial={editing ? memberToForm(editing) : null} editing={editing} />;
}

function defaultUnit(units: readonly OrgUnit[], filterUnitId: string | null): string {
  const holding = units.filter((u) => memberHoldingKinds.includes(u.kind) && !u.closedOn);
  if (filterUnitId && holding.some((u) => u.id === filterUnitId)) return filterUnitId;
  return holding.length === 1 ? holding[0]!.id : '';
}

interface FormProps {
  initial: MemberFormValues | null;
  editing: Member | null;
}

function MemberForm({ initial, editing }: FormProps) {
  const { members, notices } = useStores();
  const units = useOrg((s) => s.units);
  const filterUnitId = useMembers((s) => s.filters.orgUnitId);
  const [values, setValues] = useState<MemberFormValues>(() => initial ?? emptyMemberForm(defaultUnit(units, filterUnitId)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const today = todayIso();
  const isNew = editing === null;

  const unitOptions = useMemo(() => {
    const options = memberUnitOptions(units);
    // A member of a unit that is no longer offered (closed) still shows where they are.
    if (editing && !options.some((o) => o.value === editing.orgUnitId)) {
      options.unshift({ value: editing.orgUnitId, label: shortUnitPath(new Map(units.map((u) => [u.id, u])), editing.orgUnitId) });
    }
    return options;
  }, [units, editing]);

  // Units arrive after a fresh start: pick the default chi bộ once they do.
  useEffect(() => {
    if (isNew && values.orgUnitId === '' && units.length) {
      const unit = defaultUnit(units, filterUnitId);
      if (unit) setValues((v) => ({ ...v, orgUnitId: unit }));
    }
  }, [units, filterUnitId, isNew, values.orgUnitId]);

  function set<K extends MemberField>(field: K) {
    return (value: MemberFormValues[K]) => {
      setValues((v) => ({ ...v, [field]: value }));
      if (errors[field]) setErrors((e) => ({ ...e, [field]: '' }));
    };
  }

  function show(fieldErrors: FieldErrors, message: string | null) {
    setErrors(fieldErrors);
    setGeneral(message);
    const first = firstErrorField(memberFieldOrder, fieldErrors);
    if (first) focusField(`member-${first}`);
    else document.querySelector<HTMLElement>('.member-form .form-alert')?.focus();
  }

  async function save(andAnother: boolean) {
    if (busy) return;
    const checked = checkMemberForm(values, editing ? { kind: 'edit', currentStatus: editing.status } : { kind: 'new' }, today);
    if (!checked.ok) return show(checked.errors, FIX_BELOW);
    setBusy(true);
    const result = editing ? await members.getState().update({ id: editing.id, data: checked.data }) : await members.getState().create({ ...checked.data, status: checked.status ?? 'official' });
    setBusy(false);
    if (!result.ok) {
      const mapped = coreFormErrors(result.error, memberFieldOrder);
      return show(mapped.fields, mapped.general ?? FIX_BELOW);
    }
    notices.getState().push('success', editing ? `Đã lưu thay đổi của đảng viên ${result.value.fullName}.` : `Đã thêm đảng viên ${result.value.fullName}.`);
    if (andAnother) {
      setValues(emptyMemberForm(values.orgUnitId));
      setErrors({});
      setGeneral(null);
      focusField('member-fullName');
    } else {
      members.getState().show({ kind: 'detail', id: result.value.id });
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save(false);
  }

  function cancel() {
    members.getState().show(editing ? { kind: 'detail', id: editing.id } : { kind: 'list' });
  }

  const field = (name: MemberField) => ({ id: `member-${name}`, label: memberLabels[name], error: errors[name] || undefined });
  const text = (name: Exclude<MemberField, 'communeCommittee'>) => ({ ...field(name), value: values[name], onChange: set(name) });

  return (
    <div className="member-form-page">
      <div className="page-head">
        <h1 className="page-title">{editing ? `Sửa thông tin: ${editing.fullName}` : 'Thêm đảng viên'}</h1>
        <button type="button" className="btn btn-secondary" onClick={cancel}>
          {editing ? '← Quay lại hồ sơ' : '← Danh sách đảng viên'}
        </button>
      </div>
      <form className="form member-form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <FormAlert message={general} />
        <p className="form-legend-note">Mục có dấu * là bắt buộc. Ngày ghi theo lịch, không được sau ngày hôm nay.</p>

        <fieldset>
          <legend>Thông tin cá nhân</legend>
          <div className="form-grid">
            <TextField {...text('fullName')} required maxLength={100} autoFocus className="span-2" />
            <SelectField {...text('gender')} required placeholder="— Chọn —" options={genders.codes.map((c) => ({ value: c, label: genders.labels[c] }))} />
            <TextField {...text('birthDate')} type="date" required max={today} />
            <TextField {...text('ethnicity')} maxLength={50} />
            <TextField {...text('religion')} maxLength={50} />
            <TextField {...text('hometown')} className="span-2" />
            <TextField {...text('residence')} className="span-2" />
            <TextField {...text('citizenId')} inputMode="numeric" maxLength={20} hint="Gồm đúng 12 chữ số." />
            <TextField {...text('phone')} type="tel" maxLength={20} />
          </div>
        </fieldset>

        <fieldset>
          <legend>Thông tin đảng viên</legend>
          <div className="form-grid">
            <SelectField
              {...text('orgUnitId')}
              required
              placeholder="— Chọn chi bộ —"
              options={unitOptions}
              disabled={!!editing}
              className="span-2"
              hint={editing ? 'Muốn đổi chi bộ, hãy dùng “Chuyển sinh hoạt” ở trang hồ sơ đảng viên (để giữ lịch sử).' : undefined}
            />
            {isNew && (
              <SelectField
                {...text('status')}
                required
                options={[
                  { value: 'official', label: 'Chính thức' },
                  { value: 'probationary', label: 'Dự bị' },
                ]}
                hint="Đảng viên dự bị chưa có ngày chính thức."
              />
            )}
            <TextField {...text('admittedOn')} type="date" required max={today} />
            <TextField {...text('confirmedOn')} type="date" max={today} />
            <TextField {...text('cardNo')} maxLength={20} />
            <TextField {...text('recordNo')} maxLength={20} />
            <SelectField {...text('partyRole')} options={partyRoles.codes.map((c) => ({ value: c, label: partyRoles.labels[c] }))} />
            <SelectField {...text('category')} required placeholder="— Chọn loại —" options={memberCategories.codes.map((c) => ({ value: c, label: memberCategories.labels[c] }))} className="span-2" hint="Quyết định mẫu bản kiểm điểm (02A, 02B hoặc 02C)." />
            <CheckField id="member-communeCommittee" label={memberLabels.communeCommittee} checked={values.communeCommittee} onChange={set('communeCommittee')} />
          </div>
        </fieldset>

        <fieldset>
          <legend>Công tác – trình độ</legend>
          <div className="form-grid">
            <TextField {...text('workplace')} className="span-2" />
            <TextField {...text('post')} className="span-2" />
            <TextField {...text('education')} maxLength={50} placeholder="Ví dụ: 12/12" />
            <TextField {...text('professionalLevel')} maxLength={100} />
            <SelectField {...text('politicalTheory')} options={politicalTheoryLevels.codes.map((c) => ({ value: c, label: politicalTheoryLevels.labels[c] }))} />
          </div>
        </fieldset>

        <fieldset>
          <legend>Ghi chú</legend>
          <TextAreaField {...text('notes')} rows={3} />
        </fieldset>

        <div className="form-actions form-actions-sticky">
          <button type="submit" className="btn btn-primary btn-large" disabled={busy}>
            {busy ? 'Đang lưu…' : 'Lưu'}
          </button>
          {isNew && (
            <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => void save(true)}>
              Lưu và thêm người khác
            </button>
          )}
          <button type="button" className="btn btn-secondary" onClick={cancel}>
            Hủy
          </button>
        </div>
      </form>
    </div>
  );
}

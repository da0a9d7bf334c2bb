// Cài đặt: the commune's names (commune.update), who uses this computer (the name the audit log gives to
// changes), the large-type setting, and where the data lives (data folder, database file) with the
// version. Layer: renderer.
import { useState, type FormEvent } from 'react';
import { useApp, useStores } from '../../state/stores';
import { CheckField, TextField } from '../../ui/fields';
import { OPERATOR_NAME_MAX } from '../../../shared/domain/app-info';
import { OPERATOR_EXAMPLE, OPERATOR_LABEL } from './operator-name';
import { FormAlert } from '../../ui/FormAlert';
import { coreFormErrors, firstErrorField, focusField, type FieldErrors } from '../../ui/form-errors';
import { CommuneFields } from '../setup/CommuneFields';
import { checkCommuneForm, communeFields, type CommuneFormValues } from '../setup/commune-form';

const shellLabels = { electron: 'Ứng dụng trên máy tính', browser: 'Chạy trong trình duyệt (máy chủ cục bộ)', test: 'Thử nghiệm' } as const;

export function SettingsPage() {
  const { app, notices } = useStores();
  const commune = useApp((s) => s.commune);
  const info = useApp((s) => s.info);
  const largeType = useApp((s) => s.largeType);
  const [values, setValues] = useState<CommuneFormValues>(() => ({
    name: commune?.name ?? '',
    province: commune?.province ?? '',
    upperLevelName: commune?.upperLevelName ?? '',
    placeName: commune?.placeName ?? '',
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function show(fieldErrors: FieldErrors, message: string | null) {
    setErrors(fieldErrors);
    setGeneral(message);
    const first = firstErrorField(communeFields, fieldErrors);
    if (first) focusField(`settings-${first}`);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const checked = checkCommuneForm(values);
    if (!checked.ok) return show(checked.errors, 'Chưa lưu được. Hãy điền đủ các mục còn thiếu.');
    setBusy(true);
    const result = await app.getState().updateCommune(checked.data);
    setBusy(false);
    if (!result.ok) {
      const mapped = coreFormErrors(result.error, communeFields);
      return show(mapped.fields, mapped.general ?? result.error.message);
    }
    show({}, null);
    notices.getState().push('success', 'Đã lưu thông tin đảng bộ xã.');
  }

  return (
    <div className="settings">
      <h1 className="page-title">Cài đặt</h1>
      <section className="panel" aria-labelledby="settings-commune">
        <h2 id="settings-commune">Thông tin đảng bộ xã</h2>
        <form onSubmit={onSubmit} noValidate className="form form-narrow">
          <FormAlert message={general} />
          <CommuneFields
            idPrefix="settings"
            values={values}
            errors={errors}
            onChange={(field, value) => {
              setValues((v) => ({ ...v, [field]: value }));
              if (errors[field]) setErrors((e) => ({ ...e, [field]: '' }));
            }}
          />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? 'Đang lưu…' : 'Lưu thông tin'}
            </button>
          </div>
        </form>
      </section>

      <OperatorSection />

      <section className="panel" aria-labelledby="settings-display">
        <h2 id="settings-display">Hiển thị</h2>
        <CheckField
          id="settings-largeType"
          label="Chữ lớn"
          checked={largeType}
          onChange={(on) => void app.getState().setLargeType(on)}
          hint="Phóng to toàn bộ chữ và nút bấm (khoảng 125%). Cũng bật, tắt được bằng nút “Chữ lớn” ở góc trên."
        />
      </section>

      <section className="panel" aria-labelledby="settings-data">
        <h2 id="settings-data">Dữ liệu và phiên bản</h2>
        <dl className="facts">
          <dt>Thư mục dữ liệu</dt>
          <dd className="path">{info?.dataDir ?? ''}</dd>
          <dt>Tệp cơ sở dữ liệu</dt>
          <dd className="path">{info?.dbPath ?? ''}</dd>
          <dt>Phiên bản</dt>
          <dd>{info?.version ?? ''}</dd>
          <dt>Chế độ chạy</dt>
          <dd>{info ? shellLabels[info.shell] : ''}</dd>
        </dl>
        <p className="field-hint">Toàn bộ dữ liệu nằm trong tệp cơ sở dữ liệu trên máy này; hãy sao lưu thư mục dữ liệu thường xuyên.</p>
      </section>
    </div>
  );
}

function OperatorSection() {
  const { app, notices } = useStores();
  const stored = useApp((s) => s.operatorName);
  const [name, setName] = useState(stored ?? '');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await app.getState().setOperatorName(name);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      focusField('settings-operator');
      return;
    }
    setError(undefined);
    setName(result.value.operatorName ?? '');
    notices.getState().push('success', result.value.operatorName ? `Đã lưu người sử dụng máy: ${result.value.operatorName}.` : 'Đã xóa tên người sử dụng máy; nhật ký sẽ ghi “Văn phòng Đảng ủy”.');
  }
  return (
    <section className="panel" aria-labelledby="settings-operator-title">
      <h2 id="settings-operator-title">{OPERATOR_LABEL}</h2>
      <form onSubmit={onSubmit} noValidate className="form form-narrow">
        <TextField
          id="settings-operator"
          label="Họ tên và đơn vị của người đang dùng máy này"
          hint={`${OPERATOR_EXAMPLE} Tên này được ghi vào nhật ký thay đổi mỗi khi hoàn tất, mở lại hội nghị, sửa sau khi mở lại hoặc Đảng ủy quyết định. Để trống thì nhật ký ghi “Văn phòng Đảng ủy”.`}
          value={name}
          onChange={(v) => {
            setName(v);
            setError(undefined);
          }}
          error={error}
          maxLength={OPERATOR_NAME_MAX}
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Đang lưu…' : 'Lưu tên người sử dụng'}
          </button>
        </div>
      </form>
    </section>
  );
}

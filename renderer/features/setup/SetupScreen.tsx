// First run: "Thiết lập đảng bộ xã" — the commune's names, or a demo commune to try the app.
// Layer: renderer.
import { useState, type FormEvent } from 'react';
import { useApp, useStores } from '../../state/stores';
import { FormAlert } from '../../ui/FormAlert';
import { coreFormErrors, firstErrorField, focusField, type FieldErrors } from '../../ui/form-errors';
import { CommuneFields } from './CommuneFields';
import { checkCommuneForm, communeFields, emptyCommuneForm, suggestPlaceName, suggestUpperLevel, type CommuneFormValues } from './commune-form';

export function SetupScreen() {
  const { app } = useStores();
  const version = useApp((s) => s.info?.version);
  const [values, setValues] = useState<CommuneFormValues>(emptyCommuneForm);
  // Suggestions fill a field only until the user types in it.
  const [touched, setTouched] = useState<Partial<Record<keyof CommuneFormValues, boolean>>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState<'setup' | 'demo' | null>(null);

  function onChange(field: keyof CommuneFormValues, value: string) {
    setTouched((t) => ({ ...t, [field]: true }));
    setValues((v) => {
      const next = { ...v, [field]: value };
      if (field === 'province' && !touched.upperLevelName) next.upperLevelName = suggestUpperLevel(value);
      if (field === 'name' && !touched.placeName) next.placeName = suggestPlaceName(value);
      return next;
    });
    if (errors[field]) setErrors((e) => ({ ...e, [field]: '' }));
  }

  function showErrors(fieldErrors: FieldErrors, message: string | null) {
    setErrors(fieldErrors);
    setGeneral(message);
    const first = firstErrorField(communeFields, fieldErrors);
    if (first) focusField(`setup-${first}`);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const checked = checkCommuneForm(values);
    if (!checked.ok) {
      showErrors(checked.errors, 'Hãy điền đủ các mục còn thiếu.');
      return;
    }
    setBusy('setup');
    const result = await app.getState().setup(checked.data);
    if (!result.ok) {
      setBusy(null);
      const mapped = coreFormErrors(result.error, communeFields);
      showErrors(mapped.fields, mapped.general ?? result.error.message);
    }
  }

  async function onDemo() {
    if (busy) return;
    setBusy('demo');
    setGeneral(null);
    const result = await app.getState().loadDemo();
    if (!result.ok) {
      setBusy(null);
      setGeneral(result.error.message);
    }
  }

  return (
    <main className="setup" aria-busy={busy !== null}>
      <div className="setup-card">
        <p className="setup-app">KiemDiem{version ? ` — phiên bản ${version}` : ''}</p>
        <h1>Thiết lập đảng bộ xã</h1>
        <p className="lead">
          Đây là lần đầu mở ứng dụng trên máy này. Hãy nhập tên đảng bộ xã và cấp trên; các tên này được in trên văn bản và có thể sửa sau trong phần Cài đặt.
        </p>
        <form onSubmit={onSubmit} noValidate className="form">
          <FormAlert message={general} />
          <p className="form-legend-note">Mục có dấu * là bắt buộc.</p>
          <CommuneFields idPrefix="setup" values={values} errors={errors} onChange={onChange} autoFocus />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary btn-large" disabled={busy !== null}>
              {busy === 'setup' ? 'Đang lưu…' : 'Bắt đầu'}
            </button>
          </div>
        </form>
        <section className="setup-demo" aria-labelledby="setup-demo-title">
          <h2 id="setup-demo-title">Chỉ muốn dùng thử?</h2>
          <p>Ứng dụng tạo một đảng bộ xã mẫu với khoảng 1.000 đảng viên giả định để xem và tập sử dụng.</p>
          <button type="button" className="btn btn-secondary" onClick={() => void onDemo()} disabled={busy !== null}>
            Dùng dữ liệu mẫu
          </button>
          {busy === 'demo' && (
            <p className="progress" role="status">
              <span className="spinner" aria-hidden="true" /> Đang tạo dữ liệu mẫu… Việc này có thể mất một lúc.
            </p>
          )}
        </section>
      </div>
    </main>
  );
}

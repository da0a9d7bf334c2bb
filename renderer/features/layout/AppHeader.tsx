// The top bar: the commune's name, who is using this computer (the name the audit log records; a
// click opens the settings to change it) and the "Chữ lớn" switch. Layer: renderer.
import { useApp, useStores } from '../../state/stores';

export function AppHeader() {
  const commune = useApp((s) => s.commune);
  return (
    <header className="app-header">
      <div className="app-header-title">
        <span className="app-name">KiemDiem</span>
        <span className="commune-name">{commune?.name ?? ''}</span>
      </div>
      <div className="app-header-actions">
        <OperatorButton />
        <LargeTypeToggle />
      </div>
    </header>
  );
}

function OperatorButton() {
  const { app } = useStores();
  const name = useApp((s) => s.operatorName);
  return (
    <button type="button" className="btn btn-header-link" title="Tên này được ghi vào nhật ký thay đổi. Bấm để đổi." onClick={() => app.getState().navigate('settings')}>
      {name ? `Người dùng: ${name}` : 'Chưa ghi tên người dùng máy'}
    </button>
  );
}

export function LargeTypeToggle() {
  const { app } = useStores();
  const largeType = useApp((s) => s.largeType);
  return (
    <button type="button" className="btn btn-toggle" aria-pressed={largeType} onClick={() => void app.getState().setLargeType(!largeType)}>
      <span className="toggle-box" aria-hidden="true">
        {largeType ? '✓' : ''}
      </span>
      Chữ lớn
    </button>
  );
}

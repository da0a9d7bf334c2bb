// The top bar: the commune's name and the "Chữ lớn" switch. Layer: renderer.
import { useApp, useStores } from '../../state/stores';

export function AppHeader() {
  const commune = useApp((s) => s.commune);
  return (
    <header className="app-header">
      <div className="app-header-title">
        <span className="app-name">KiemDiem</span>
        <span className="commune-name">{commune?.name ?? ''}</span>
      </div>
      <LargeTypeToggle />
    </header>
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

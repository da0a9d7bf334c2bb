// The root component: creates the stores from the injected client, starts the app (app.info) and
// shows the first-run set-up or the main layout. Applies the large-type class to <html>.
// Layer: renderer.
import { useEffect, useState } from 'react';
import type { ApiClient } from '../../shared/contract/client';
import { createStores, StoresProvider, useApp, useStores } from '../state/stores';
import { Notices } from '../ui/Notices';
import { Loading } from '../ui/Loading';
import { SetupScreen } from '../features/setup/SetupScreen';
import { MainLayout } from '../features/layout/MainLayout';

export const LARGE_TYPE_CLASS = 'large-type';

export function App({ client }: { client: ApiClient }) {
  const [stores] = useState(() => createStores(client));
  return (
    <StoresProvider stores={stores}>
      <AppShell />
    </StoresProvider>
  );
}

function AppShell() {
  const { app } = useStores();
  const phase = useApp((s) => s.phase);
  const failure = useApp((s) => s.failure);
  const largeType = useApp((s) => s.largeType);

  useEffect(() => {
    void app.getState().boot();
  }, [app]);

  useEffect(() => {
    // On <html>, so rem units everywhere scale together (~125 %).
    document.documentElement.classList.toggle(LARGE_TYPE_CLASS, largeType);
    return () => document.documentElement.classList.remove(LARGE_TYPE_CLASS);
  }, [largeType]);

  return (
    <div className={largeType ? `app ${LARGE_TYPE_CLASS}` : 'app'}>
      {phase === 'loading' && (
        <div className="app-loading">
          <Loading text="Đang mở dữ liệu…" />
        </div>
      )}
      {phase === 'failed' && <StartFailure message={failure} onRetry={() => void app.getState().boot()} />}
      {phase === 'setup' && <SetupScreen />}
      {phase === 'ready' && <MainLayout />}
      {/* The main screen docks the messages in its own status bar. */}
      {phase !== 'ready' && <Notices />}
    </div>
  );
}

function StartFailure({ message, onRetry }: { message: string | null; onRetry(): void }) {
  return (
    <main className="start-failure">
      <h1>Không mở được ứng dụng</h1>
      <p role="alert">{message ?? 'Đã xảy ra lỗi khi khởi động.'}</p>
      <button type="button" className="btn btn-primary" onClick={onRetry}>
        Thử lại
      </button>
    </main>
  );
}

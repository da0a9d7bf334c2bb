// Smoke test of the Electron main process wiring with a mocked 'electron' module (the binary cannot
// run on these machines): single-instance lock, core opened in userData with the hidden-window PDF
// renderer, one guarded IPC channel per method, hardened session, no network, downloads routed to the
// save dialog, app:// protocol, and the Vietnamese error dialog.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../shared/contract/api';
import { PREVIEW_CONTENT_SECURITY_POLICY } from '../../electron/core/transports/static-files';

const h = vi.hoisted(() => {
  const state = {
    lock: true,
    userData: '',
    appHandlers: new Map<string, (...args: unknown[]) => void>(),
    ipc: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
    protocolHandler: null as null | ((req: { url: string; method: string }) => Promise<Response>),
    beforeRequest: null as null | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    permissionRequest: null as null | ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void),
    permissionCheck: null as null | (() => boolean),
    windows: [] as { options: Record<string, unknown>; url?: string }[],
    schemes: [] as unknown[],
    switches: [] as [string, string | undefined][],
    menu: null as unknown,
    openCoreError: null as Error | null,
    opened: [] as { dbPath: string; shell: string; pdfRenderer?: unknown }[],
    sessionEvents: new Map<string, (...args: unknown[]) => void>(),
    dispatch: null as unknown as ReturnType<typeof vi.fn>,
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { on: () => undefined, setWindowOpenHandler: () => undefined };
    constructor(public options: Record<string, unknown>) {
      h.windows.push(this as unknown as { options: Record<string, unknown> });
    }
    once() {}
    on() {}
    loadURL(url: string) {
      (this as unknown as { url: string }).url = url;
      return Promise.resolve();
    }
    static getFocusedWindow() {
      return null;
    }
  }
  return {
    app: {
      enableSandbox: vi.fn(),
      commandLine: { appendSwitch: (name: string, value?: string) => h.switches.push([name, value]) },
      requestSingleInstanceLock: () => h.lock,
      on: (event: string, fn: (...args: unknown[]) => void) => h.appHandlers.set(event, fn),
      whenReady: () => Promise.resolve(),
      getPath: (name: string) => (name === 'userData' ? h.userData : name === 'temp' ? os.tmpdir() : '/nowhere'),
      getVersion: () => '0.1.0',
      isPackaged: false,
      quit: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => h.schemes.push(...schemes),
      handle: (_scheme: string, fn: typeof h.protocolHandler) => {
        h.protocolHandler = fn;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof h.permissionRequest) => {
          h.permissionRequest = fn;
        },
        setPermissionCheckHandler: (fn: typeof h.permissionCheck) => {
          h.permissionCheck = fn;
        },
        setDevicePermissionHandler: () => undefined,
        on: (event: string, fn: (...args: unknown[]) => void) => h.sessionEvents.set(event, fn),
        webRequest: {
          onHeadersReceived: () => undefined,
          onBeforeRequest: (fn: typeof h.beforeRequest) => {
            h.beforeRequest = fn;
          },
        },
      },
    },
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => h.ipc.set(channel, fn),
      removeHandler: (channel: string) => h.ipc.delete(channel),
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (h.menu = m) },
    BrowserWindow,
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
  };
});

vi.mock('../../electron/core/core', () => ({
  openCore: (options: { dbPath: string; shell: string }) => {
    if (h.openCoreError) throw h.openCoreError;
    h.opened.push(options);
    return { dispatch: h.dispatch, close: vi.fn(), previewDocument: (id: string) => (id === PREVIEW_ID ? { id, title: 'Mẫu', html: '<!DOCTYPE html><p>ĐẢNG CỘNG SẢN VIỆT NAM</p>', createdAt: 0 } : null) };
  },
}));

const PREVIEW_ID = '0123456789abcdef0123456789abcdef';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kiemdiem-shell-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function loadMain() {
  vi.resetModules();
  const electron = await import('electron');
  await import('../../electron/main/main');
  await new Promise((r) => setTimeout(r, 0));
  return electron as unknown as { app: { quit: ReturnType<typeof vi.fn> }; dialog: { showErrorBox: ReturnType<typeof vi.fn> } };
}

beforeEach(() => {
  vi.clearAllMocks();
  h.lock = true;
  h.userData = path.join(tmp, 'userData');
  h.appHandlers.clear();
  h.ipc.clear();
  h.windows.length = 0;
  h.schemes.length = 0;
  h.switches.length = 0;
  h.opened.length = 0;
  h.sessionEvents.clear();
  h.openCoreError = null;
  h.protocolHandler = null;
  h.dispatch = vi.fn(async () => ({ ok: true, value: 'từ lõi' }));
  delete process.env.KIEMDIEM_DATA_DIR;
});

describe('electron main wiring', () => {
  it('starts: core in userData, guarded IPC for every method, app:// window, no network', async () => {
    const { app } = await loadMain();
    expect(app.quit).not.toHaveBeenCalled();
    expect(h.switches).toContainEqual(['lang', 'vi']);
    expect(h.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(h.opened).toEqual([expect.objectContaining({ dbPath: path.join(h.userData, 'kiemdiem.sqlite'), shell: 'electron' })]);
    // PDFs are printed by the hidden-window adapter (pdf-window.ts), not by playwright's Chromium.
    const { electronPdfRendererFactory } = await import('../../electron/main/pdf-window');
    expect(h.opened[0]!.pdfRenderer).toBe(electronPdfRendererFactory);
    // Downloads of the renderer go through the save dialog (downloads.ts).
    expect(h.sessionEvents.has('will-download')).toBe(true);

    expect([...h.ipc.keys()].sort()).toEqual(methodNames.map((m) => `kiemdiem:${m}`).sort());
    const trusted = { url: 'app://kiemdiem/index.html', parent: null };
    const handler = h.ipc.get('kiemdiem:member.list')!;
    await expect(handler({ senderFrame: trusted, sender: { mainFrame: trusted } }, { includeInactive: false })).resolves.toEqual({ ok: true, value: 'từ lõi' });
    expect(h.dispatch).toHaveBeenCalledWith('member.list', { includeInactive: false });
    const evil = { url: 'https://evil.example/', parent: null };
    await expect(handler({ senderFrame: evil, sender: { mainFrame: evil } }, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(h.dispatch).toHaveBeenCalledOnce();

    expect(h.windows).toHaveLength(1);
    const win = h.windows[0]!;
    expect(win.url).toBe('app://kiemdiem/index.html');
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);

    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      h.beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(cancelled('app://kiemdiem/app.js')).toBe(false);
    expect(cancelled('https://example.com/')).toBe(true);

    let granted: boolean | undefined;
    h.permissionRequest!({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(h.permissionCheck!()).toBe(false);

    const res = await h.protocolHandler!({ url: 'app://kiemdiem/../package.json', method: 'GET' });
    expect(res.status).toBe(404);

    // Print previews: the core's document, with its own CSP; an unknown id is a 404.
    const preview = await h.protocolHandler!({ url: `app://kiemdiem/preview/${PREVIEW_ID}`, method: 'GET' });
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-security-policy')).toBe(PREVIEW_CONTENT_SECURITY_POLICY);
    expect(preview.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await preview.text()).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect((await h.protocolHandler!({ url: `app://kiemdiem/preview/${'f'.repeat(32)}`, method: 'GET' })).status).toBe(404);
    expect((await h.protocolHandler!({ url: 'app://kiemdiem/preview/x', method: 'GET' })).status).toBe(404);
    expect(h.menu).toBeTruthy();
  });

  it('a second instance quits at once (the first gets focused)', async () => {
    h.lock = false;
    const { app } = await loadMain();
    expect(app.quit).toHaveBeenCalled();
    expect(h.opened).toHaveLength(0);
    expect(h.windows).toHaveLength(0);
  });

  it('shows the Vietnamese reason and quits when the core refuses the database', async () => {
    h.openCoreError = new Error('Dữ liệu này được tạo bởi phiên bản mới hơn của KiemDiem.');
    const { app, dialog } = await loadMain();
    expect(dialog.showErrorBox).toHaveBeenCalledWith(expect.stringContaining('KiemDiem'), expect.stringContaining('phiên bản mới hơn'));
    expect(app.quit).toHaveBeenCalled();
    expect(h.windows).toHaveLength(0);
    expect(h.ipc.size).toBe(0);
  });

  it('uses KIEMDIEM_DATA_DIR when set', async () => {
    process.env.KIEMDIEM_DATA_DIR = path.join(tmp, 'override');
    await loadMain();
    expect(h.opened[0]?.dbPath).toBe(path.join(tmp, 'override', 'kiemdiem.sqlite'));
  });
});

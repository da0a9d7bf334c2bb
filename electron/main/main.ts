// Entry of the Electron main process (bundled to dist/electron/main.cjs). Only wiring: single
// instance, data folder, core (printing PDFs with the hidden-window adapter, pdf-window.ts),
// protocol, IPC, menu, window, downloads through a save dialog (downloads.ts), and no network.
// "In" in the print preview needs nothing here: the renderer calls print() on the preview iframe
// (same origin, sandboxed with allow-modals), which Electron answers with the system print dialog
// for that frame — unverified on a real Electron run, see the report of issue 5. Everything that can
// run without Electron lives in electron/core and the pure modules next to this file. Layer: electron/main (shell).
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { openCore, type Core } from '../core/core';
import { DATA_DIR_ENV, dbPathIn, resolveDataDir } from '../core/paths';
import { isAllowedRequestUrl } from './app-scheme';
import { clearDownloadTemp, routeDownloadsToSaveDialog } from './downloads';
import { registerIpcHandlers } from './ipc';
import { installAppMenu } from './menu';
import { destroyAllPrintWindows, electronPdfRendererFactory } from './pdf-window';
import { registerAppSchemeAsPrivileged, serveAppProtocol } from './protocol';
import { createMainWindow, hardenSession, hardenWebContents } from './window';

// Bundled as CommonJS: __dirname is dist/electron (inside app.asar when packaged).
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererDir = path.join(__dirname, '..', 'renderer');

// Both must happen before 'ready'.
app.enableSandbox();
registerAppSchemeAsPrivileged();

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let removeIpcHandlers: (() => void) | null = null;
let downloadTemp: string | null = null;

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function start(): Promise<void> {
  // Same folder as the browser mode and the CLI use by default; $KIEMDIEM_DATA_DIR overrides both.
  const dataDir = process.env[DATA_DIR_ENV] ? resolveDataDir() : app.getPath('userData');
  try {
    mkdirSync(dataDir, { recursive: true });
    core = openCore({ dbPath: dbPathIn(dataDir), shell: 'electron', version: app.getVersion(), pdfRenderer: electronPdfRendererFactory });
  } catch (err) {
    // E.g. a database written by a newer version: openCore explains it in Vietnamese.
    dialog.showErrorBox('KiemDiem – không mở được dữ liệu', `${errorMessage(err)}\n\nThư mục dữ liệu: ${dataDir}`);
    app.quit();
    return;
  }

  const ses = session.defaultSession;
  hardenSession(ses);
  // No network at all: the renderer only ever loads app:// files (devtools keep working).
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
  // "Lưu PDF / Lưu Word": the renderer's download becomes a save dialog in Documents + an atomic write.
  downloadTemp = path.join(app.getPath('temp'), `kiemdiem-luu-${randomUUID().slice(0, 8)}`);
  routeDownloadsToSaveDialog(ses, { documentsDir: () => app.getPath('documents'), tempDir: downloadTemp });

  serveAppProtocol(rendererDir, (id) => core?.previewDocument(id) ?? null);
  removeIpcHandlers = registerIpcHandlers(core);
  installAppMenu();
  mainWindow = createMainWindow({ preloadPath, devTools: !app.isPackaged });
  mainWindow.on('closed', () => {
    mainWindow = null;
    // A hidden print window of a running batch must not keep the app alive once the user closed it.
    app.quit();
  });
}

// Date inputs and number formats follow Chromium's UI language, not the page's lang: force
// Vietnamese so that an English Windows still shows dd/mm/yyyy (elderly users swap day and month).
app.commandLine.appendSwitch('lang', 'vi');

if (!app.requestSingleInstanceLock()) {
  // Another KiemDiem is running on this database: it gets focused (second-instance), we leave.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    removeIpcHandlers?.();
    removeIpcHandlers = null;
    destroyAllPrintWindows();
    if (downloadTemp) clearDownloadTemp(downloadTemp);
    core?.close();
    core = null;
  });
  app.whenReady().then(start, (err: unknown) => {
    dialog.showErrorBox('KiemDiem', `Không khởi động được ứng dụng: ${errorMessage(err)}`);
    app.quit();
  });
}

// Creates the main window and hardens every web contents and the session: no navigation away from
// the app, no new windows, no <webview>, no permissions, and the CSP on app:// responses.
// Layer: electron/main (shell).
import { BrowserWindow, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/transports/static-files';
import { APP_INDEX_URL, isAppUrl } from './app-scheme';
import { secureWebPreferences } from './secure-web-preferences';

export const WINDOW_TITLE = 'KiemDiem – Kiểm điểm đảng viên';

/** Applied to every web contents the app ever creates (see main.ts, 'web-contents-created'). */
export function hardenWebContents(contents: WebContents): void {
  // The renderer is a single-page app: it never needs to navigate its top frame, and a navigation
  // would be the first step of most attacks (a link to a hostile page that inherits the bridge).
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies every permission (camera, notifications, geolocation…) and adds the CSP where missing. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    const hasCsp = Object.keys(headers).some((k) => k.toLowerCase() === 'content-security-policy');
    if (isAppUrl(details.url) && !hasCsp) headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}

export function createMainWindow(options: { preloadPath: string; devTools: boolean }): BrowserWindow {
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.devTools }),
  });
  // Show only once painted, so the user never sees a white flash.
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_INDEX_URL);
  return win;
}

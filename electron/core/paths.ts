// Where the app keeps its data by default. The browser-mode server and the CLI must find the same
// database as the desktop app, so this mirrors Electron's app.getPath('userData') for productName
// "KiemDiem" without importing Electron. Layer: electron/core.
import os from 'node:os';
import path from 'node:path';

/** Folder name under the OS application-data folder; equals package.json "productName". */
export const APP_FOLDER_NAME = 'KiemDiem';
/** The SQLite file inside the data folder. */
export const DB_FILE_NAME = 'kiemdiem.sqlite';
/** Environment variable that overrides the data folder (tests, portable installs, demos). */
export const DATA_DIR_ENV = 'KIEMDIEM_DATA_DIR';

export interface PathEnvironment {
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  homeDir?: string;
}

/** Electron's `appData`: %APPDATA% on Windows, ~/Library/Application Support on macOS, XDG config on Linux. */
export function appDataDir({ env = process.env, platform = process.platform, homeDir = os.homedir() }: PathEnvironment = {}): string {
  if (platform === 'win32') {
    return env.APPDATA || path.win32.join(homeDir, 'AppData', 'Roaming');
  }
  if (platform === 'darwin') {
    return path.posix.join(homeDir, 'Library', 'Application Support');
  }
  // Electron (like Chromium) ignores a relative XDG_CONFIG_HOME, as the XDG spec says to.
  const xdg = env.XDG_CONFIG_HOME;
  return xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(homeDir, '.config');
}

/** The folder Electron calls `userData` for this app. */
export function defaultDataDir(options: PathEnvironment = {}): string {
  const platform = options.platform ?? process.platform;
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  return join(appDataDir(options), APP_FOLDER_NAME);
}

/** The data folder to use: an explicit choice, else $KIEMDIEM_DATA_DIR, else the default. */
export function resolveDataDir(explicit?: string, options: PathEnvironment = {}): string {
  const env = options.env ?? process.env;
  const chosen = explicit || env[DATA_DIR_ENV];
  return chosen ? path.resolve(chosen) : defaultDataDir(options);
}

/** Path of the database file inside a data folder. */
export function dbPathIn(dataDir: string): string {
  return path.join(dataDir, DB_FILE_NAME);
}

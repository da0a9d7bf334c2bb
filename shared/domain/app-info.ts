// Facts about the running app the renderer needs at start. Layer: shared.
export interface UiSettings {
  largeType: boolean;
}

export interface AppInfo {
  version: string;
  /** Folder that holds the database and backups. */
  dataDir: string;
  dbPath: string;
  hasCommune: boolean;
  settings: UiSettings;
  /** `electron` in the desktop app, `browser` in browser mode. */
  shell: 'electron' | 'browser' | 'test';
}

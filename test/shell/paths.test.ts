// The default data folder equals Electron's app.getPath('userData') for productName "KiemDiem".
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbPathIn, defaultDataDir, resolveDataDir } from '../../electron/core/paths';

describe('data folder', () => {
  it('follows Electron on each platform', () => {
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\An\\AppData\\Roaming' }, homeDir: 'C:\\Users\\An' })).toBe(
      'C:\\Users\\An\\AppData\\Roaming\\KiemDiem',
    );
    expect(defaultDataDir({ platform: 'win32', env: {}, homeDir: 'C:\\Users\\An' })).toBe('C:\\Users\\An\\AppData\\Roaming\\KiemDiem');
    expect(defaultDataDir({ platform: 'darwin', env: {}, homeDir: '/Users/an' })).toBe('/Users/an/Library/Application Support/KiemDiem');
    expect(defaultDataDir({ platform: 'linux', env: {}, homeDir: '/home/an' })).toBe('/home/an/.config/KiemDiem');
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/data/cfg' }, homeDir: '/home/an' })).toBe('/data/cfg/KiemDiem');
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: 'relative' }, homeDir: '/home/an' })).toBe('/home/an/.config/KiemDiem');
  });

  it('is overridden by an explicit folder, then by KIEMDIEM_DATA_DIR', () => {
    const opts = { platform: 'linux' as const, homeDir: '/home/an', env: { KIEMDIEM_DATA_DIR: '/tmp/kd' } };
    expect(resolveDataDir(undefined, opts)).toBe(path.resolve('/tmp/kd'));
    expect(resolveDataDir('/srv/other', opts)).toBe(path.resolve('/srv/other'));
    expect(resolveDataDir(undefined, { ...opts, env: {} })).toBe('/home/an/.config/KiemDiem');
  });

  it('names the database file', () => {
    expect(dbPathIn('/x')).toBe(path.join('/x', 'kiemdiem.sqlite'));
  });
});

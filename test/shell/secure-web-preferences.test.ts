// Pins every security flag of the app window: weakening one must be a deliberate, reviewed change.
import { describe, expect, it } from 'vitest';
import { SECURE_WEB_PREFERENCES, secureWebPreferences } from '../../electron/main/secure-web-preferences';

describe('secure webPreferences', () => {
  it('sandboxes and isolates the renderer, with no Node anywhere', () => {
    const prefs = secureWebPreferences('/app/dist/electron/preload.cjs');
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('keeps devtools off unless asked (development runs only)', () => {
    expect(secureWebPreferences('/p').devTools).toBe(false);
    expect(secureWebPreferences('/p', { devTools: true }).devTools).toBe(true);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
    const a = secureWebPreferences('/p');
    a.sandbox = false;
    expect(secureWebPreferences('/p').sandbox).toBe(true);
  });
});

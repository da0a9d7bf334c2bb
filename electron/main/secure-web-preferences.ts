// The webPreferences of every window that shows app content: sandboxed, isolated, no Node, no
// webviews, no mixed content. A test pins each flag, so weakening one is a visible decision.
// Type import only, so tests load it without Electron. Layer: electron/main (shell).
import type { WebPreferences } from 'electron';

export const SECURE_WEB_PREFERENCES = Object.freeze({
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  // Defaults today, pinned so an Electron upgrade cannot flip them silently.
  experimentalFeatures: false,
  enableWebSQL: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} satisfies WebPreferences);

/** The preferences with the preload script; `devTools` only for unpackaged (development) runs. */
export function secureWebPreferences(preloadPath: string, options: { devTools?: boolean } = {}): WebPreferences {
  return { ...SECURE_WEB_PREFERENCES, preload: preloadPath, devTools: options.devTools ?? false };
}

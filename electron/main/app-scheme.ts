// The app:// origin the Electron window loads the renderer from, and the pure policies built on it:
// which URLs the window may navigate to, which requests may leave the renderer, and how an app://
// URL maps to a file of dist/renderer. No Electron import, so tests load it. Layer: electron/main (shell).
import { resolveStaticPath } from '../core/transports/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'kiemdiem';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` is on our own origin. Compared by parts: Node's URL gives origin "null" for
 * non-special schemes such as app:, while Chromium treats a privileged standard scheme as a real origin.
 */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

/** Requests the renderer may make: our own files, devtools, and inline data/blob URLs. Nothing reaches the network. */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  const u = parse(url);
  if (!u) return false;
  return u.protocol === 'devtools:' || u.protocol === 'data:' || u.protocol === 'blob:';
}

/** Maps an app:// request URL to a file inside `rendererDir`, or null (→ 404). */
export function resolveAppRequest(requestUrl: string, rendererDir: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  // Use the raw path (still percent-encoded) so the traversal checks see what was sent.
  const afterOrigin = requestUrl.slice(requestUrl.indexOf('//') + 2);
  const slash = afterOrigin.indexOf('/');
  const rawPath = slash === -1 ? '/' : afterOrigin.slice(slash);
  return resolveStaticPath(rendererDir, rawPath);
}

// The app:// origin the Electron window loads the renderer from, and the pure policies built on it:
// which URLs the window may navigate to, which requests may leave the renderer, and how an app://
// URL maps to a file of dist/renderer. No Electron import, so tests load it. Layer: electron/main (shell).
import { isPreviewPath, previewIdFromPath, resolveStaticPath } from '../core/transports/static-files';

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

/** The raw path (still percent-encoded, with its query) of an app:// URL. */
function rawPathOf(requestUrl: string): string {
  const afterOrigin = requestUrl.slice(requestUrl.indexOf('//') + 2);
  const slash = afterOrigin.indexOf('/');
  return slash === -1 ? '/' : afterOrigin.slice(slash);
}

/** Maps an app:// request URL to a file inside `rendererDir`, or null (→ 404). */
export function resolveAppRequest(requestUrl: string, rendererDir: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  // Use the raw path (still percent-encoded) so the traversal checks see what was sent.
  const rawPath = rawPathOf(requestUrl);
  if (isPreviewPath(rawPath)) return null;
  return resolveStaticPath(rendererDir, rawPath);
}

/**
 * For app://kiemdiem/preview/<id>: what the protocol handler should do — `{id}` (serve the core's
 * preview document, or 404), or null when the URL is not a preview request (serve a file).
 */
export function appPreviewRequest(requestUrl: string): { id: string | null } | null {
  if (!isAppUrl(requestUrl)) return null;
  const rawPath = rawPathOf(requestUrl);
  if (!isPreviewPath(rawPath)) return null;
  return { id: previewIdFromPath(rawPath) };
}

// Pure helpers to serve the built renderer (dist/renderer) safely: URL path → file inside the root
// (never outside it), content types, the Content-Security-Policy, and the token meta tag. Shared by
// the browser-mode HTTP server and the Electron app:// protocol so both enforce the same rules.
// Layer: electron/core (no Electron import).
import path from 'node:path';

/**
 * One CSP for both shells. React sets inline styles through the CSSOM (not blocked by CSP), so
 * style-src needs no 'unsafe-inline'; fonts are bundled files; images may be data: URLs. Frames: only
 * our own origin, i.e. the print preview documents under /preview/<id> (they carry their own CSP).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "child-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The CSP of a print preview document (GET /preview/<id>, app://kiemdiem/preview/<id>): its own inline
 * <style> and the Tinos font inlined as data: URLs, nothing else — no script, no fetch, no form, and
 * only our own page may frame it. The app page's CSP is not loosened for it: a document loaded by URL
 * gets the CSP of its own response, whereas an iframe srcdoc would inherit the app's.
 */
export const PREVIEW_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "font-src data:",
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/** Path of the preview documents: `/preview/<id>`, the id being 32 lower-case hex digits (128 bits). */
export const PREVIEW_PATH_PREFIX = '/preview/';

/** The preview id of a request path (query ignored), or null when the path is not a preview document. */
export function previewIdFromPath(rawPath: string): string | null {
  const pathOnly = rawPath.split(/[?#]/, 1)[0] ?? '';
  if (!pathOnly.startsWith(PREVIEW_PATH_PREFIX)) return null;
  const id = pathOnly.slice(PREVIEW_PATH_PREFIX.length);
  return /^[0-9a-f]{32}$/.test(id) ? id : null;
}

/** True for every path under /preview/ (a malformed id is a 404 there, never a static file). */
export function isPreviewPath(rawPath: string): boolean {
  const pathOnly = rawPath.split(/[?#]/, 1)[0] ?? '';
  return pathOnly === '/preview' || pathOnly.startsWith(PREVIEW_PATH_PREFIX);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** Content type by extension; unknown files are opaque bytes (with nosniff the browser will not guess). */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps the path part of a request URL (still percent-encoded, may carry a query) to a file inside
 * `root`, or null when it must be refused. Refuses `..` segments (raw or encoded), encoded slashes
 * and backslashes, NUL bytes and dot-files, then checks the resolved path is still inside the root —
 * the last check alone would be enough, the others make the intent obvious and cover Windows quirks.
 * `/` maps to index.html.
 */
export function resolveStaticPath(root: string, rawPath: string): string | null {
  const pathOnly = rawPath.split(/[?#]/, 1)[0] ?? '';
  if (!pathOnly.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathOnly);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.startsWith('.') || s.includes(':'))) return null;
  if (segments.length === 0) segments.push('index.html');
  const absRoot = path.resolve(root);
  const candidate = path.resolve(absRoot, ...segments);
  if (!candidate.startsWith(absRoot + path.sep)) return null;
  return candidate;
}

/** True for index.html, which must never be cached (browser mode injects a per-run token into it). */
export function isIndexHtml(root: string, filePath: string): boolean {
  return path.resolve(filePath) === path.resolve(root, 'index.html');
}

/** The meta tag name the HTTP transport reads the token from. */
export const TOKEN_META_NAME = 'kiemdiem-token';

/** Puts `<meta name="kiemdiem-token" content="…">` first in <head> (or first in the document). */
export function injectTokenMeta(html: string, token: string): string {
  const safe = token.replace(/[^A-Za-z0-9_-]/g, '');
  const meta = `<meta name="${TOKEN_META_NAME}" content="${safe}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) {
    const at = head.index + head[0].length;
    return html.slice(0, at) + meta + html.slice(at);
  }
  return meta + html;
}

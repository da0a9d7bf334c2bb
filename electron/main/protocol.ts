// Serves dist/renderer under app://kiemdiem/ (never file://, whose origin would share the whole
// disk). The scheme must be registered as privileged (standard + secure) before the app is ready.
// Layer: electron/main (shell).
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, contentTypeFor, PREVIEW_CONTENT_SECURITY_POLICY } from '../core/transports/static-files';
import { APP_SCHEME, appPreviewRequest, resolveAppRequest } from './app-scheme';

/** The core's print previews (Core.previewDocument), looked up by id. */
export type PreviewLookup = (id: string) => { html: string } | null;

/** Call at module load of main.ts, before app 'ready'. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function refusal(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}

/** Call once the app is ready. */
export function serveAppProtocol(rendererDir: string, previews: PreviewLookup = () => null): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Phương thức không được phép.');
    const preview = appPreviewRequest(request.url);
    if (preview) {
      // A print preview for the app's iframe: its own CSP (inline style, data: fonts, no script).
      const doc = preview.id ? previews(preview.id) : null;
      if (!doc) return refusal(404, 'Không tìm thấy.');
      return new Response(request.method === 'HEAD' ? null : doc.html, {
        status: 200,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': PREVIEW_CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        },
      });
    }
    const file = resolveAppRequest(request.url, rendererDir);
    if (!file) return refusal(404, 'Không tìm thấy.');
    let body: Uint8Array<ArrayBuffer>;
    try {
      // A copy into a plain ArrayBuffer: what the Fetch API's BodyInit type accepts.
      body = new Uint8Array(await readFile(file));
    } catch {
      return refusal(404, 'Không tìm thấy.');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  });
}

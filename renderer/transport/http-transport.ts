// Browser-mode transport: POST /api/<method> to the local server with the per-run token that the
// server injected into index.html as <meta name="kiemdiem-token">. Any failure to reach the server
// becomes a `transport-failed` envelope, so the UI handles it like any refused call. Layer: renderer.
import type { Transport } from '../../shared/contract/client';
import type { Result } from '../../shared/contract/result';

export const TOKEN_META_NAME = 'kiemdiem-token';
export const TOKEN_HEADER = 'x-kiemdiem-token';

const TRANSPORT_FAILED_MESSAGE = 'Không kết nối được với máy chủ cục bộ của ứng dụng. Hãy kiểm tra cửa sổ dòng lệnh đang chạy ứng dụng rồi tải lại trang.';

export interface HttpTransportOptions {
  /** Server origin; default: the page's own origin (relative URLs). */
  baseUrl?: string;
  /** Default: read from the meta tag of the current document. */
  token?: string;
  /** Injectable for tests. */
  fetchImpl?: typeof fetch;
}

/** The token the server put into index.html, or '' when the page was not served by it. */
export function readTokenFromDocument(doc: Document | undefined = globalThis.document): string {
  const meta = doc?.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META_NAME}"]`);
  return meta?.content ?? '';
}

function transportFailed(details: string): Result<never> {
  return { ok: false, error: { code: 'transport-failed', message: TRANSPORT_FAILED_MESSAGE, details } };
}

function isEnvelope(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: unknown };
  if (v.ok === true) return 'value' in v;
  if (v.ok === false) return typeof v.error === 'object' && v.error !== null;
  return false;
}

export function createHttpTransport(options: HttpTransportOptions = {}): Transport {
  const base = (options.baseUrl ?? '').replace(/\/+$/, '');
  // Read lazily: a transport created before the document is parsed still finds the token.
  const token = () => options.token ?? readTokenFromDocument();
  const doFetch = options.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await doFetch(`${base}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token() },
          body: JSON.stringify(input ?? {}),
          credentials: 'same-origin',
          cache: 'no-store',
        });
      } catch (err) {
        return transportFailed(String(err));
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch (err) {
        return transportFailed(`HTTP ${response.status}: ${String(err)}`);
      }
      // The server answers refusals (401, 403, 413…) with a Vietnamese envelope too: pass it on.
      return isEnvelope(body) ? body : transportFailed(`HTTP ${response.status}: phản hồi không đúng định dạng`);
    },
  };
}

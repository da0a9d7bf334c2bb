// Browser-mode transport: a node:http server on 127.0.0.1 that serves the built renderer and the
// API (`POST /api/<method>`). Every caller must present the per-run token, come from a loopback
// address and name this server in its Host header (DNS-rebinding defence). Print previews
// (`GET /preview/<id>`, loaded by an iframe that cannot send the token) use their random id instead. Refused calls are still
// HTTP 200 with a `{ok:false}` envelope so the client has one path; only transport-level refusals
// use HTTP error codes, with a Vietnamese envelope too. Layer: electron/core.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '../../../shared/contract/result';
import {
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  injectTokenMeta,
  isIndexHtml,
  isPreviewPath,
  PREVIEW_CONTENT_SECURITY_POLICY,
  previewIdFromPath,
  resolveStaticPath,
} from './static-files';

/** The part of the core the server needs (a fake with `dispatch` is enough in tests). */
export interface DispatchingCore {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  /** Print preview documents (GET /preview/<id>); absent → every preview is a 404. */
  previewDocument?(id: string): { html: string } | null;
}

export interface HttpServerOptions {
  core: DispatchingCore;
  /** Folder of the built renderer (dist/renderer). */
  staticDir: string;
  /** 0 or absent: a free port chosen by the OS. */
  port?: number;
  /** Absent: a fresh random token for this run. */
  token?: string;
  /** Where unexpected errors go (defaults to stderr). */
  log?: (message: string) => void;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-kiemdiem-token';
export const MAX_BODY_BYTES = 20 * 1024 * 1024;
const API_PREFIX = '/api/';

/** True for the loopback addresses Node reports for local clients (IPv4, IPv6, IPv4-mapped IPv6). */
export function isLoopbackAddress(addr: string | undefined | null): boolean {
  if (!addr) return false;
  const a = addr.toLowerCase();
  if (a === '::1' || a === '0:0:0:0:0:0:0:1') return true;
  const v4 = a.startsWith('::ffff:') ? a.slice('::ffff:'.length) : a;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** True when the Host header names this server: 127.0.0.1:<port> or localhost:<port>. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** An Origin header, when the browser sends one, must be this server too. */
function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** Constant-time token comparison, so the token cannot be guessed byte by byte from timings. */
function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const refusals = {
  forbidden: [403, 'forbidden', 'Yêu cầu bị từ chối: chỉ chấp nhận truy cập từ chính máy này qua địa chỉ 127.0.0.1 hoặc localhost.'],
  unauthorized: [401, 'unauthorized', 'Thiếu hoặc sai mã phiên làm việc. Hãy tải lại trang từ địa chỉ ứng dụng đã in ra khi khởi động.'],
  methodNotAllowed: [405, 'method-not-allowed', 'Phương thức HTTP không được phép cho địa chỉ này.'],
  tooLarge: [413, 'payload-too-large', 'Dữ liệu gửi lên quá lớn (tối đa 20 MB).'],
  badJson: [400, 'invalid-json', 'Dữ liệu gửi lên không phải JSON hợp lệ.'],
  notFound: [404, 'not-found', 'Không tìm thấy nội dung yêu cầu.'],
  internal: [500, 'internal', 'Đã xảy ra lỗi nội bộ ở máy chủ cục bộ. Hãy thử lại hoặc khởi động lại ứng dụng.'],
} as const satisfies Record<string, readonly [number, string, string]>;

type Refusal = keyof typeof refusals;

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

function sendJson(res: http.ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

function refuse(res: http.ServerResponse, which: Refusal, extra: Record<string, string> = {}): void {
  const [status, code, message] = refusals[which];
  const envelope: Result<never> = { ok: false, error: { code, message } };
  sendJson(res, status, envelope, extra);
}

/** Reads the body up to the limit; null when it is larger (the caller answers 413). */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      if (!done) reject(err);
    });
  });
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, pathname: string, options: HandlerOptions): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 'methodNotAllowed', { Allow: 'POST' });
  if (!tokenMatches(req.headers[TOKEN_HEADER], options.token)) return refuse(res, 'unauthorized');

  const declared = Number(req.headers['content-length'] ?? 0);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    // Close the connection rather than read 20 MB+ we are going to throw away.
    return refuse(res, 'tooLarge', { Connection: 'close' });
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === null) return refuse(res, 'tooLarge', { Connection: 'close' });

  let input: unknown = undefined;
  const text = body.toString('utf8');
  if (text.trim() !== '') {
    try {
      input = JSON.parse(text);
    } catch {
      return refuse(res, 'badJson');
    }
  }

  let method: string;
  try {
    method = decodeURIComponent(pathname.slice(API_PREFIX.length));
  } catch {
    return refuse(res, 'notFound');
  }
  // The router answers unknown methods and invalid input with its own envelopes.
  const result = await options.core.dispatch(method, input);
  sendJson(res, 200, result);
}

async function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, rawPath: string, options: HandlerOptions): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 'methodNotAllowed', { Allow: 'GET, HEAD' });
  const file = resolveStaticPath(options.staticDir, rawPath);
  if (!file) return refuse(res, 'notFound');
  try {
    const info = await stat(file);
    if (!info.isFile()) return refuse(res, 'notFound');
  } catch {
    // Browsers ask for /favicon.ico on their own; "nothing" is the right answer, not an error in the console.
    if (rawPath.split(/[?#]/, 1)[0] === '/favicon.ico') {
      res.writeHead(204, { ...COMMON_HEADERS, 'Cache-Control': 'no-cache' });
      return void res.end();
    }
    return refuse(res, 'notFound');
  }

  const isIndex = isIndexHtml(options.staticDir, file);
  let body = await readFile(file);
  if (isIndex) body = Buffer.from(injectTokenMeta(body.toString('utf8'), options.token));
  const headers: Record<string, string> = {
    ...COMMON_HEADERS,
    'Content-Type': contentTypeFor(file),
    'Content-Length': String(body.length),
    // index.html carries this run's token: never cache it. Assets are revalidated, never stale.
    'Cache-Control': isIndex ? 'no-store' : 'no-cache',
  };
  if (isIndex) {
    headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    headers['X-Frame-Options'] = 'DENY';
  }
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * GET /preview/<id>: a print preview document for the app's iframe. An iframe load cannot send the
 * token header, so the random 128-bit id is the capability (the loopback, Host and Origin checks
 * still ran). The document gets its own CSP — inline style and data: fonts, no script, framed only by
 * our page — and is never cached.
 */
function handlePreview(req: http.IncomingMessage, res: http.ServerResponse, rawPath: string, options: HandlerOptions): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 'methodNotAllowed', { Allow: 'GET, HEAD' });
  const id = previewIdFromPath(rawPath);
  const doc = id ? (options.core.previewDocument?.(id) ?? null) : null;
  if (!doc) return refuse(res, 'notFound');
  const body = Buffer.from(doc.html, 'utf8');
  res.writeHead(200, {
    ...COMMON_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(body.length),
    'Content-Security-Policy': PREVIEW_CONTENT_SECURITY_POLICY,
    'X-Frame-Options': 'SAMEORIGIN',
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

interface HandlerOptions {
  core: DispatchingCore;
  staticDir: string;
  token: string;
  /** The port the server listens on, for the Host check; a function because it is known only after listen. */
  port: () => number;
  log: (message: string) => void;
}

/** The request handler, separate from listen() so tests can feed it a request from any address. */
export function createRequestHandler(options: HandlerOptions): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  return (req, res) => {
    const run = async () => {
      const port = options.port();
      if (!isLoopbackAddress(req.socket?.remoteAddress) || !isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
        return refuse(res, 'forbidden');
      }
      const rawPath = req.url ?? '/';
      const pathname = rawPath.split(/[?#]/, 1)[0] ?? '/';
      if (pathname === '/api' || pathname.startsWith(API_PREFIX)) {
        return handleApi(req, res, pathname, options);
      }
      if (isPreviewPath(pathname)) return handlePreview(req, res, rawPath, options);
      return handleStatic(req, res, rawPath, options);
    };
    run().catch((err: unknown) => {
      options.log(`KiemDiem: lỗi máy chủ cục bộ: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      if (!res.headersSent) refuse(res, 'internal');
      else res.destroy();
    });
  };
}

/** Starts the server on 127.0.0.1 only; resolves once it is listening. */
export function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const log = options.log ?? ((m: string) => process.stderr.write(m + '\n'));
  let boundPort = 0;
  const server = http.createServer(
    createRequestHandler({ core: options.core, staticDir: options.staticDir, token, port: () => boundPort, log }),
  );
  // Slow-loris protection matters little on loopback, but costs nothing.
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: options.port ?? 0 }, () => {
      server.off('error', reject);
      boundPort = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${boundPort}/`,
        port: boundPort,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Browsers keep connections alive; without this close() would wait for them.
            server.closeAllConnections();
          }),
      });
    });
  });
}

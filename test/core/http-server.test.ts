// The browser-mode HTTP server on a fake core: token, loopback, Host, methods, limits, static files.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/contract/result';
import {
  createRequestHandler,
  isAllowedHost,
  isLoopbackAddress,
  MAX_BODY_BYTES,
  startHttpServer,
  type RunningHttpServer,
} from '../../electron/core/transports/http-server';

const dispatch = vi.fn(async (method: string, input: unknown): Promise<Result<unknown>> => {
  if (method === 'refuse.me') return { ok: false, error: { code: 'invalid-input', message: 'Sai dữ liệu.' } };
  return { ok: true, value: { method, input } };
});

let tmp: string;
let staticDir: string;
let server: RunningHttpServer;

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so paths like /../x are sent as written (fetch would normalise them). */
function raw(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (method: string, body: unknown, token: string | null = server.token) =>
  raw({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { 'x-kiemdiem-token': token }) },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'kiemdiem-http-'));
  staticDir = path.join(tmp, 'dist', 'renderer');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="stylesheet" href="app.css"></head><body><script type="module" src="app.js"></script></body></html>');
  writeFileSync(path.join(staticDir, 'app.js'), 'console.log(1)');
  writeFileSync(path.join(staticDir, 'app.css'), 'body{}');
  writeFileSync(path.join(staticDir, 'assets', 'tinos.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(path.join(tmp, 'dist', 'secret.txt'), 'bí mật');
  writeFileSync(path.join(tmp, 'package.json'), '{"secret":true}');
  server = await startHttpServer({ core: { dispatch }, staticDir });
});

afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

beforeEach(() => dispatch.mockClear());

describe('API', () => {
  it('listens on 127.0.0.1 with a long random token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('dispatches a call with the valid token and returns the envelope', async () => {
    const res = await api('member.list', { includeInactive: true });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { method: 'member.list', input: { includeInactive: true } } });
    expect(dispatch).toHaveBeenCalledOnce();
  });

  it('returns a refused call as 200 with the envelope', async () => {
    const res = await api('refuse.me', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'invalid-input', message: 'Sai dữ liệu.' } });
  });

  it('works with fetch (the browser path) too', async () => {
    const res = await fetch(`${server.url}api/app.info`, { method: 'POST', headers: { 'x-kiemdiem-token': server.token }, body: '{}' });
    expect(await res.json()).toEqual({ ok: true, value: { method: 'app.info', input: {} } });
  });

  it('refuses a missing or wrong token with 401, without calling the core', async () => {
    for (const token of [null, '', 'wrong', server.token.slice(0, -1) + (server.token.endsWith('0') ? '1' : '0')]) {
      const res = await api('member.list', {}, token);
      expect(res.status).toBe(401);
      const body = JSON.parse(res.body) as Result<unknown>;
      expect(body.ok).toBe(false);
      if (!body.ok) expect(body.error.code).toBe('unauthorized');
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a foreign Host header with 403 (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, '127.0.0.1']) {
      const res = await raw({ method: 'POST', path: '/api/member.list', headers: { host, 'x-kiemdiem-token': server.token }, body: '{}' });
      expect(res.status, host).toBe(403);
      expect(JSON.parse(res.body).error.message).toMatch(/từ chối/);
    }
    // Static files too: index.html carries the token.
    expect((await raw({ path: '/', headers: { host: `evil.example:${server.port}` } })).status).toBe(403);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('accepts localhost:<port> as Host', async () => {
    const res = await raw({ method: 'POST', path: '/api/app.info', headers: { host: `localhost:${server.port}`, 'x-kiemdiem-token': server.token }, body: '{}' });
    expect(res.status).toBe(200);
  });

  it('refuses a cross-origin Origin header with 403', async () => {
    const res = await raw({ method: 'POST', path: '/api/app.info', headers: { origin: 'https://evil.example', 'x-kiemdiem-token': server.token }, body: '{}' });
    expect(res.status).toBe(403);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers 405 to anything but POST on the API', async () => {
    for (const p of ['/api', '/api/member.list']) {
      const res = await raw({ path: p, headers: { 'x-kiemdiem-token': server.token } });
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('POST');
      expect(JSON.parse(res.body).error.code).toBe('method-not-allowed');
    }
  });

  it('answers 400 to malformed JSON', async () => {
    const res = await raw({ method: 'POST', path: '/api/member.list', headers: { 'x-kiemdiem-token': server.token }, body: '{"a":' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error).toMatchObject({ code: 'invalid-json' });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers 413 to a body over 20 MB (declared or streamed)', async () => {
    const declared = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/member.list', headers: { 'x-kiemdiem-token': server.token, 'content-length': String(MAX_BODY_BYTES + 1) } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write('{');
    });
    expect(declared).toBe(413);

    const big = JSON.stringify({ blob: 'x'.repeat(MAX_BODY_BYTES + 10) });
    const res = await fetch(`${server.url}api/member.list`, { method: 'POST', headers: { 'x-kiemdiem-token': server.token }, body: big }).catch(() => null);
    // Depending on timing the client sees the 413 or a reset connection; either way the core is never called.
    if (res) expect(res.status).toBe(413);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers 500 with an envelope when the core itself throws', async () => {
    dispatch.mockRejectedValueOnce(new Error('bug'));
    const log = vi.fn();
    const s = await startHttpServer({ core: { dispatch }, staticDir, log });
    try {
      const res = await fetch(`${s.url}api/app.info`, { method: 'POST', headers: { 'x-kiemdiem-token': s.token }, body: '{}' });
      expect(res.status).toBe(500);
      expect((await res.json()).error.code).toBe('internal');
      expect(log).toHaveBeenCalled();
    } finally {
      await s.close();
    }
  });
});

describe('loopback and host checks', () => {
  it('isLoopbackAddress', () => {
    expect(isLoopbackAddress('127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('::1')).toBe(true);
    expect(isLoopbackAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('192.168.1.5')).toBe(false);
    expect(isLoopbackAddress('10.0.0.1')).toBe(false);
    expect(isLoopbackAddress('::ffff:192.168.1.5')).toBe(false);
    expect(isLoopbackAddress('')).toBe(false);
    expect(isLoopbackAddress(undefined)).toBe(false);
  });

  it('isAllowedHost', () => {
    expect(isAllowedHost('127.0.0.1:8080', 8080)).toBe(true);
    expect(isAllowedHost('LOCALHOST:8080', 8080)).toBe(true);
    expect(isAllowedHost('127.0.0.1', 8080)).toBe(false);
    expect(isAllowedHost('attacker.com:8080', 8080)).toBe(false);
    expect(isAllowedHost(undefined, 8080)).toBe(false);
  });

  it('a request from a non-loopback address gets 403 and never reaches the core', async () => {
    const handler = createRequestHandler({ core: { dispatch }, staticDir, token: 't', port: () => 8080, log: () => undefined });
    const req = Object.assign(Readable.from([Buffer.from('{}')]), {
      method: 'POST',
      url: '/api/member.list',
      headers: { host: '127.0.0.1:8080', 'x-kiemdiem-token': 't' },
      socket: { remoteAddress: '192.168.1.5' },
    }) as unknown as http.IncomingMessage;
    const status = await new Promise<number>((resolve) => {
      let code = 0;
      const res = {
        headersSent: false,
        writeHead(s: number) {
          code = s;
          return this;
        },
        end() {
          resolve(code);
        },
      } as unknown as http.ServerResponse;
      handler(req, res);
    });
    expect(status).toBe(403);
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('static files', () => {
  it('serves index.html with the token meta, CSP and no caching', async () => {
    for (const p of ['/', '/index.html']) {
      const res = await raw({ path: p });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain(`<meta name="kiemdiem-token" content="${server.token}">`);
      expect(res.body.indexOf('kiemdiem-token')).toBeLessThan(res.body.indexOf('</head>'));
      const csp = res.headers['content-security-policy'] as string;
      for (const directive of ["default-src 'self'", "script-src 'self'", "font-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "frame-src 'self'", "child-src 'self'"]) {
        expect(csp).toContain(directive);
      }
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('answers /preview/<id> with 404 when the core keeps no previews (a fake without previewDocument)', async () => {
    const res = await raw({ path: '/preview/' + 'a'.repeat(32) });
    expect(res.status).toBe(404);
    expect(res.headers['content-security-policy']).toBeUndefined();
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('serves assets with their content types', async () => {
    expect((await raw({ path: '/app.js' })).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await raw({ path: '/app.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    const font = await raw({ path: '/assets/tinos.woff2?v=2' });
    expect(font.status).toBe(200);
    expect(font.headers['content-type']).toBe('font/woff2');
  });

  it('refuses directory traversal with 404', async () => {
    for (const p of ['/../package.json', '/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E/%2e%2e/package.json', '/..%2fsecret.txt', '/..%5csecret.txt', '/assets/../../secret.txt', '/%00', '/assets']) {
      const res = await raw({ path: p });
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('bí mật');
      expect(res.body).not.toContain('"secret"');
    }
  });

  it('answers 404 to a missing file and 405 to a POST of a page', async () => {
    expect((await raw({ path: '/nope.js' })).status).toBe(404);
    expect((await raw({ method: 'POST', path: '/index.html' })).status).toBe(405);
  });
});

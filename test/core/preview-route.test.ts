// The print preview route of browser mode against a real core: `print.previewOpen` stores the
// rendered form under a random 128-bit id, GET /preview/<id> serves it with the document's own CSP
// (inline style, data: fonts, no script, framed only by our page) without the API token; unknown,
// malformed and expired ids are 404; the loopback and Host checks still apply.
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestHandler, startHttpServer, type RunningHttpServer } from '../../electron/core/transports/http-server';
import { CONTENT_SECURITY_POLICY, PREVIEW_CONTENT_SECURITY_POLICY } from '../../electron/core/transports/static-files';
import { createPreviewStore, PREVIEW_MAX } from '../../electron/core/print/preview-store';
import { openTempCore, sampleCommune, unwrap, type TempCore } from '../support/temp-core';

let tc: TempCore;
let server: RunningHttpServer;
let clock = Date.parse('2026-11-21T09:00:00+07:00');

function get(p: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, method, path: p, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function openPreview() {
  return unwrap(await tc.client.call('print.previewOpen', { form: 'blank-02A', year: 2026, subject: { kind: 'none' } }));
}

beforeAll(async () => {
  tc = openTempCore({ now: () => new Date('2026-11-21T09:00:00+07:00'), preview: { now: () => clock } });
  unwrap(await tc.client.call('commune.setup', sampleCommune));
  unwrap(await tc.client.call('year.create', { year: 2026 }));
  const staticDir = path.join(tc.dir, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  server = await startHttpServer({ core: tc.core, staticDir });
});

afterAll(async () => {
  await server?.close();
  tc?.cleanup();
});

describe('GET /preview/<id>', () => {
  it('serves the stored form with the document CSP, without the token', async () => {
    const opened = await openPreview();
    expect(opened.previewId).toMatch(/^[0-9a-f]{32}$/);
    expect(opened.url).toBe(`/preview/${opened.previewId}`);
    expect(opened.title).toMatch(/02A/);
    expect(Array.isArray(opened.missing)).toBe(true);
    expect(opened.page).toEqual({ widthMm: 210, heightMm: 297 });

    const res = await get(opened.url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(PREVIEW_CONTENT_SECURITY_POLICY);
    expect(PREVIEW_CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(res.body).toContain('@font-face');
    expect(res.body).toMatch(/src:\s*url\(["']?data:font\/woff2;base64,/);
    expect(res.body).not.toMatch(/<script/i);
    // The same as print.preview renders.
    const direct = unwrap(await tc.client.call('print.preview', { form: 'blank-02A', year: 2026, subject: { kind: 'none' } }));
    expect(res.body).toBe(direct.html);
    // HEAD answers the headers only; other methods are refused.
    const head = await get(opened.url, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await get(opened.url, {}, 'POST')).status).toBe(405);
  });

  it('the app page CSP allows only our own origin in frames, and is otherwise unchanged', async () => {
    const res = await get('/');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("frame-src 'self'");
    expect(csp).toContain("child-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("font-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('unknown and malformed ids are 404, never a file', async () => {
    for (const p of ['/preview/' + '0'.repeat(32), '/preview/', '/preview', '/preview/abc', '/preview/../index.html', '/preview/' + 'A'.repeat(32), '/preview/%2e%2e/index.html']) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
      expect(res.body, p).not.toContain('ĐẢNG CỘNG SẢN');
    }
  });

  it('a preview expires after ten minutes', async () => {
    const opened = await openPreview();
    clock += 9 * 60_000;
    expect((await get(opened.url)).status).toBe(200);
    clock += 60_000 + 1;
    expect((await get(opened.url)).status).toBe(404);
    expect(tc.core.previewDocument(opened.previewId)).toBeNull();
  });

  it('keeps at most 20 previews, dropping the oldest', async () => {
    const first = await openPreview();
    const later = [];
    for (let i = 0; i < PREVIEW_MAX; i++) later.push(await openPreview());
    expect((await get(first.url)).status).toBe(404);
    expect((await get(later[0]!.url)).status).toBe(200);
    expect((await get(later.at(-1)!.url)).status).toBe(200);
    expect(new Set(later.map((p) => p.previewId)).size).toBe(PREVIEW_MAX);
  });

  it('still refuses another Host (DNS rebinding) and a non-loopback client', async () => {
    const opened = await openPreview();
    expect((await get(opened.url, { host: `attacker.example:${server.port}` })).status).toBe(403);
    expect((await get(opened.url, { origin: 'http://attacker.example' })).status).toBe(403);

    const handler = createRequestHandler({ core: tc.core, staticDir: tc.dir, token: 't', port: () => 8080, log: () => undefined });
    const req = Object.assign(Readable.from([]), {
      method: 'GET',
      url: opened.url,
      headers: { host: '127.0.0.1:8080' },
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
  });

  it('a closed core serves no preview', async () => {
    const other = openTempCore();
    const store = createPreviewStore();
    expect(store.get('not-an-id')).toBeNull();
    other.cleanup();
    expect(other.core.previewDocument('0'.repeat(32))).toBeNull();
  });
});

// The renderer transports against a real browser-mode server (Node has fetch), and the pick rule.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '../../electron/core/transports/http-server';
import { createHttpTransport } from '../../renderer/transport/http-transport';
import { createIpcTransport } from '../../renderer/transport/ipc-transport';
import { pickTransport } from '../../renderer/transport/pick-transport';

let server: RunningHttpServer;
let tmp: string;
const dispatch = vi.fn(async (method: string, input: unknown) => ({ ok: true as const, value: { method, input } }));

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'kiemdiem-rt-'));
  server = await startHttpServer({ core: { dispatch }, staticDir: tmp });
});
afterAll(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('http transport', () => {
  it('posts to /api/<method> with the token', async () => {
    const t = createHttpTransport({ baseUrl: server.url, token: server.token });
    await expect(t.call('member.get', { id: 'x' })).resolves.toEqual({ ok: true, value: { method: 'member.get', input: { id: 'x' } } });
  });

  it('passes the server’s refusal envelope through (wrong token)', async () => {
    const t = createHttpTransport({ baseUrl: server.url, token: 'sai' });
    const r = await t.call('app.info', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('unauthorized');
  });

  it('turns a network failure into transport-failed with a Vietnamese message', async () => {
    const t = createHttpTransport({ baseUrl: 'http://127.0.0.1:1', token: 'x' });
    const r = await t.call('app.info', {});
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('transport-failed');
      expect(r.error.message).toMatch(/Không kết nối được/);
    }
  });

  it('turns a non-envelope reply into transport-failed', async () => {
    const t = createHttpTransport({ token: 'x', fetchImpl: async () => new Response('<html>', { status: 502 }) });
    const r = await t.call('app.info', {});
    expect(r.ok ? '' : r.error.code).toBe('transport-failed');
  });
});

describe('pickTransport', () => {
  it('uses IPC when the preload bridge exists, HTTP otherwise', async () => {
    const call = vi.fn(async () => ({ ok: true as const, value: 'ipc' }));
    await expect(pickTransport({ kiemdiem: { call } }).call('app.info', {})).resolves.toEqual({ ok: true, value: 'ipc' });
    expect(call).toHaveBeenCalledWith('app.info', {});
    expect(pickTransport({})).toBeDefined();
    expect(() => createIpcTransport(undefined)).toThrow();
  });
});

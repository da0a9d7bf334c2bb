// The IPC sender check: only the main frame of our app:// page reaches the core.
import { describe, expect, it, vi } from 'vitest';
import type { FrameLike } from '../../electron/main/trusted-sender';
import { isTrustedSender } from '../../electron/main/trusted-sender';
import { createGuardedHandler } from '../../electron/main/ipc-guard';
import { channelFor } from '../../electron/main/ipc-channels';

const frame = (url: string, parent: FrameLike | null = null, destroyed = false): FrameLike => ({ url, parent, isDestroyed: () => destroyed });

describe('isTrustedSender', () => {
  it('accepts the main frame of app://kiemdiem', () => {
    const main = frame('app://kiemdiem/index.html');
    expect(isTrustedSender(main)).toBe(true);
    expect(isTrustedSender(main, main)).toBe(true);
    expect(isTrustedSender(frame('app://kiemdiem/index.html#/members/1'))).toBe(true);
  });

  it('refuses a subframe, even of our own origin', () => {
    const main = frame('app://kiemdiem/index.html');
    const sub = frame('app://kiemdiem/index.html', main);
    expect(isTrustedSender(sub)).toBe(false);
    expect(isTrustedSender(sub, main)).toBe(false);
  });

  it('refuses a top-level frame that is not the window’s main frame', () => {
    const main = frame('app://kiemdiem/index.html');
    const other = frame('app://kiemdiem/index.html');
    expect(isTrustedSender(other, main)).toBe(false);
  });

  it('refuses other origins and schemes', () => {
    for (const url of [
      'file:///C:/Users/x/index.html',
      'http://127.0.0.1:5173/',
      'https://kiemdiem/',
      'app://evil/index.html',
      'app://kiemdiem.evil.com/',
      'app://user@kiemdiem/',
      'app://kiemdiem:8080/',
      'about:blank',
      'data:text/html,<p>x</p>',
      '',
      'not a url',
    ]) {
      expect(isTrustedSender(frame(url)), url).toBe(false);
    }
  });

  it('refuses a missing or destroyed frame', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender(frame('app://kiemdiem/index.html', null, true))).toBe(false);
  });
});

describe('guarded IPC handler', () => {
  it('calls the core for the trusted main frame', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 42 }));
    const main = frame('app://kiemdiem/index.html');
    const handler = createGuardedHandler({ dispatch }, 'app.info');
    await expect(handler({ senderFrame: main, sender: { mainFrame: main } }, { a: 1 })).resolves.toEqual({ ok: true, value: 42 });
    expect(dispatch).toHaveBeenCalledWith('app.info', { a: 1 });
  });

  it('refuses other senders with forbidden-sender and never calls the core', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 1 }));
    const main = frame('app://kiemdiem/index.html');
    const handler = createGuardedHandler({ dispatch }, 'member.list');
    const sub = frame('app://kiemdiem/x.html', main);
    for (const senderFrame of [null, sub, frame('https://evil.example/')]) {
      const result = await handler({ senderFrame, sender: { mainFrame: main } }, {});
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('forbidden-sender');
        expect(result.error.message).toMatch(/từ chối/);
      }
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('names one channel per method', () => {
    expect(channelFor('member.list')).toBe('kiemdiem:member.list');
  });
});

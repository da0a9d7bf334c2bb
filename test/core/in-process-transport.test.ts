// The in-process transport clones like a real boundary: no shared objects between caller and core.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract/result';
import { createInProcessTransport } from '../../electron/core/transports/in-process';
import { createClient } from '../../shared/contract/client';

describe('in-process transport', () => {
  it('returns clones: mutating a result does not affect the next call', async () => {
    const stored = { members: [{ name: 'Nguyễn Văn An' }] };
    const transport = createInProcessTransport({ dispatch: async () => ({ ok: true, value: stored }) });
    const first = (await transport.call('member.list', {})) as { ok: true; value: typeof stored };
    first.value.members[0]!.name = 'đã sửa';
    first.value.members.push({ name: 'thêm' });
    const second = (await transport.call('member.list', {})) as { ok: true; value: typeof stored };
    expect(second.value).toEqual({ members: [{ name: 'Nguyễn Văn An' }] });
    expect(stored.members).toHaveLength(1);
  });

  it('clones the input: the core cannot change the caller’s object', async () => {
    let seen: unknown;
    const transport = createInProcessTransport({
      dispatch: async (_m, input) => {
        seen = input;
        (input as { x: number }).x = 99;
        return { ok: true, value: null };
      },
    });
    const input = { x: 1 };
    await transport.call('app.info', input);
    expect(input.x).toBe(1);
    expect(seen).not.toBe(input);
  });

  it('passes refused envelopes through, and an uncloneable input becomes transport-failed via the client', async () => {
    const refused: Result<never> = { ok: false, error: { code: 'invalid-input', message: 'Sai.' } };
    const transport = createInProcessTransport({ dispatch: async () => refused });
    await expect(transport.call('app.info', {})).resolves.toEqual(refused);
    const client = createClient(transport);
    const result = await client.call('app.info', { f: () => 1 } as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('transport-failed');
  });
});

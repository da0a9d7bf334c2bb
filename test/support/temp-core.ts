// Test support: a real core on a temporary database, with a typed client over the in-process
// transport (arguments and results are cloned, as over IPC). Layer: test.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir';
import { openCore, type Core, type CoreOptions } from '../../electron/core/core';
import { createClient, type ApiClient } from '../../shared/contract/client';
import type { Result } from '../../shared/contract/result';

export interface TempCore {
  core: Core;
  client: ApiClient;
  dir: string;
  dbPath: string;
  cleanup(): void;
}

export { tempDir };

export function openTempCore(options: Partial<CoreOptions> = {}, dir = tempDir()): TempCore {
  const dbPath = join(dir, 'kiemdiem.sqlite');
  const core = openCore({ dbPath, shell: 'test', ...options });
  const client = createClient({
    call: async (method, input) => structuredClone(await core.dispatch(method, structuredClone(input))),
  });
  return {
    core,
    client,
    dir,
    dbPath,
    cleanup() {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Unwraps an ok result or fails the test with the error message. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export const sampleCommune = {
  name: 'Đảng bộ xã Xuân Hòa',
  province: 'Tỉnh Phú Thọ',
  upperLevelName: 'Ban Thường vụ Tỉnh ủy Phú Thọ',
  placeName: 'Xuân Hòa',
};

// Test support: temporary folders. Layer: test.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDir(prefix = 'kiemdiem-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

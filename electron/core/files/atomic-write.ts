// The one way the app writes a file: a temporary file in the same folder, fsync, then rename over
// the target — so a power cut leaves either the old file or the new one, never half of one.
// Renames are retried on EBUSY/EPERM/EACCES, which Windows antivirus and indexers cause. Layer: electron/core.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync, mkdirSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

const RETRYABLE = new Set(['EBUSY', 'EPERM', 'EACCES']);

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Renames with a few retries for transient Windows locks; the last error is rethrown. */
export function renameWithRetry(from: string, to: string, attempts = 8): void {
  for (let i = 1; ; i++) {
    try {
      renameSync(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (!RETRYABLE.has(code) || i >= attempts) throw err;
      sleepSync(25 * i);
    }
  }
}

export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const dir = dirname(target);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'wx');
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameWithRetry(tmp, target);
    // Make the rename itself durable where the platform allows syncing a directory.
    try {
      const dfd = openSync(dir, 'r');
      try {
        fsyncSync(dfd);
      } finally {
        closeSync(dfd);
      }
    } catch {
      /* Windows cannot open directories; NTFS journals the rename. */
    }
  } catch (err) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
}

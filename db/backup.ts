// Consistent backups of a live database: VACUUM INTO a temporary file beside the target, check it
// with integrity_check, then rename into place. Never copy a live WAL file. Layer: db.
import Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes a checked copy of `db` to `targetPath` and returns it; throws (leaving no file) if the copy is bad. */
export function backupDatabase(db: Database.Database, targetPath: string): string {
  mkdirSync(dirname(targetPath), { recursive: true });
  const tmp = `${targetPath}.tmp-${process.pid}-${Date.now()}`;
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    const copy = new Database(tmp, { readonly: true, fileMustExist: true });
    try {
      const result = copy.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw new Error(`Bản sao lưu bị lỗi khi kiểm tra: ${String(result)}`);
    } finally {
      copy.close();
    }
    renameSync(tmp, targetPath);
    return targetPath;
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** `…/backups/kiemdiem-<label>-<timestamp>.sqlite` next to the database file. */
export function backupPathFor(dbPath: string, label: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return join(dirname(dbPath), 'backups', `kiemdiem-${label}-${stamp}.sqlite`);
}

// Atomic file writes: the target is replaced whole, no temporary file is left behind, and a failed
// write leaves the previous content.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../electron/core/files/atomic-write';
import { tempDir } from '../support/temp-dir';

describe('writeFileAtomic', () => {
  it('writes new content and leaves no temporary file', () => {
    const dir = tempDir();
    const target = join(dir, 'sub', 'báo cáo.json');
    writeFileAtomic(target, '{"a":1}');
    writeFileAtomic(target, 'Nội dung mới');
    expect(readFileSync(target, 'utf8')).toBe('Nội dung mới');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['báo cáo.json']);
    rmSync(dir, { recursive: true, force: true });
  });
  it('keeps the old content when the write cannot complete', () => {
    const dir = tempDir();
    const target = join(dir, 'x.txt');
    writeFileSync(target, 'cũ');
    // A directory in place of the target makes the final rename fail.
    const blocked = join(dir, 'blocked');
    mkdirSync(join(blocked, 'inner'), { recursive: true });
    expect(() => writeFileAtomic(blocked, 'mới')).toThrow();
    expect(readFileSync(target, 'utf8')).toBe('cũ');
    expect(readdirSync(dir).sort()).toEqual(['blocked', 'x.txt']);
    rmSync(dir, { recursive: true, force: true });
  });
});

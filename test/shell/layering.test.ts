// Only the shell imports Electron at run time, and the core never depends on the shell. Lint
// enforces the same; this test also covers the pure shell modules that tests load without Electron.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const runtimeImports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*import\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] as string);

describe('shell layering', () => {
  it('electron/core imports neither electron nor electron/main or preload', () => {
    for (const file of tsFiles(path.join(root, 'electron', 'core'))) {
      for (const spec of runtimeImports(file)) {
        expect(spec, path.relative(root, file)).not.toBe('electron');
        expect(spec, path.relative(root, file)).not.toMatch(/(^|\/)(main|preload)\//);
      }
    }
  });

  it('the pure shell modules do not import electron at run time', () => {
    const withElectron = new Set(['main.ts', 'window.ts', 'protocol.ts', 'ipc.ts', 'menu.ts', 'pdf-window.ts', 'downloads.ts']);
    for (const file of tsFiles(path.join(root, 'electron', 'main'))) {
      if (withElectron.has(path.basename(file))) continue;
      expect(runtimeImports(file), path.relative(root, file)).not.toContain('electron');
    }
  });
});

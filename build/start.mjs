// `npm start`: the desktop app when the Electron binary is available, otherwise browser mode.
// Electron's binary is downloaded from GitHub on first use, which these build machines cannot
// reach; falling back to browser mode keeps `npm start` useful everywhere. Layer: build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bundle, root } from './bundle.mjs';

const require = createRequire(import.meta.url);
const electronDir = path.join(root, 'node_modules', 'electron');

/**
 * Path of the Electron binary, or null. Reads path.txt like node_modules/electron/index.js does,
 * without requiring that file: requiring it starts a download with no time limit.
 */
function electronBinary() {
  try {
    const rel = readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
    const bin = process.env.ELECTRON_OVERRIDE_DIST_PATH
      ? path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, rel || 'electron')
      : path.join(electronDir, 'dist', rel);
    return rel && existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

/** One download attempt, at most 60 s. */
function tryInstallElectron() {
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { cwd: electronDir, stdio: 'ignore', timeout: 60_000 });
  return result.status === 0;
}

/** Runs a child with the terminal, forwards Ctrl+C / termination to it, and exits with its code. */
function runChild(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function main() {
  let bin = electronBinary();
  if (!bin && existsSync(path.join(electronDir, 'install.js'))) {
    console.log('Đang thử tải Electron (tối đa 60 giây)…');
    if (tryInstallElectron()) bin = electronBinary();
  }

  if (bin) {
    await bundle('all');
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
    runChild(bin, ['.'], env);
    return;
  }

  console.log('Không có Electron trên máy này và không tải được (không có mạng) — chuyển sang chế độ trình duyệt.');
  await bundle('renderer', { quiet: true });
  // tsx's CLI run by this same Node (22, from node_modules), which also works on Windows where .bin/tsx is a .cmd shim.
  const tsxCli = path.join(path.dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');
  runChild(process.execPath, [tsxCli, path.join(root, 'electron', 'core', 'server', 'main.ts'), ...process.argv.slice(2)]);
}

main().catch((err) => {
  console.error(`Không khởi động được KiemDiem: ${err?.message ?? err}`);
  process.exit(1);
});

// Test support: runs the browser-mode server (`electron/core/server/main.ts`) as a real child
// process on a data folder, so a test can kill it mid-journey and start it again. Layer: test.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Stops the server: SIGTERM for a clean stop, SIGKILL to simulate a crash or power cut. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const root = join(import.meta.dirname, '..', '..');

export function startWebServer(dataDir: string, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  // The running Node (the project's Node 22 under npm scripts) with tsx's CLI: `.bin/tsx` would pick
  // whatever `node` is first on PATH, and better-sqlite3 13 crashes on Node 20.
  const tsxCli = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [tsxCli, join(root, 'electron/core/server/main.ts'), '--data-dir', dataDir, '--port', '0'], {
    cwd: root,
    env: { ...process.env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: tsx runs the server in a child process, so stopping only the launcher
    // would leave the real server (and its open database) running — not a crash at all.
    detached: true,
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in time:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1]!,
          process: child,
          stop: (signal = 'SIGTERM') =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              process.kill(-child.pid!, signal);
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before starting:\n${output}`));
    });
  });
}

// Entry of `npm run web` (browser mode): opens the core on the data folder, serves dist/renderer
// and the API on 127.0.0.1, prints the address, and closes cleanly on Ctrl+C. Layer: electron/core.
//   tsx electron/core/server/main.ts [--data-dir DIR] [--port N] [--static-dir DIR]
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore, type Core } from '../core';
import { dbPathIn, resolveDataDir } from '../paths';
import { startHttpServer, type RunningHttpServer } from '../transports/http-server';

const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

interface ServerArgs {
  dataDir?: string;
  port: number;
  staticDir: string;
}

class UsageError extends Error {}

/** Parses `--name value` and `--name=value`; the port falls back to $KIEMDIEM_PORT, then 0 (any free port). */
function parseServerArgs(argv: string[], env: Record<string, string | undefined> = process.env): ServerArgs {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const m = /^--(data-dir|port|static-dir)(?:=(.*))?$/.exec(arg);
    if (!m) throw new UsageError(`Tùy chọn không hợp lệ: ${arg}. Dùng: --data-dir THƯ_MỤC, --port SỐ_CỔNG.`);
    const name = m[1] as string;
    const value = m[2] ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`Thiếu giá trị cho --${name}.`);
    values[name] = value;
  }
  const portText = values.port ?? env.KIEMDIEM_PORT ?? '0';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new UsageError(`Số cổng không hợp lệ: ${portText} (phải từ 0 đến 65535).`);
  return { dataDir: values['data-dir'], port, staticDir: path.resolve(values['static-dir'] ?? DEFAULT_STATIC_DIR) };
}

async function main(): Promise<number> {
  let args: ServerArgs;
  try {
    args = parseServerArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(err.message + '\n');
      return 2;
    }
    throw err;
  }

  const dataDir = resolveDataDir(args.dataDir);
  if (!existsSync(path.join(args.staticDir, 'index.html'))) {
    process.stderr.write(`Chưa có giao diện đã đóng gói ở ${args.staticDir}. Hãy chạy "npm run web" (hoặc "npm run build") trước.\n`);
  }

  let core: Core;
  try {
    mkdirSync(dataDir, { recursive: true });
    core = openCore({ dbPath: dbPathIn(dataDir), shell: 'browser' });
  } catch (err) {
    // E.g. a database from a newer version of the app: openCore says so in Vietnamese.
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }

  let server: RunningHttpServer;
  try {
    server = await startHttpServer({ core, staticDir: args.staticDir, port: args.port });
  } catch (err) {
    core.close();
    const code = (err as NodeJS.ErrnoException).code;
    process.stderr.write(
      code === 'EADDRINUSE'
        ? `Cổng ${args.port} đang được một chương trình khác sử dụng. Hãy chọn cổng khác bằng --port.\n`
        : `Không khởi động được máy chủ cục bộ: ${String(err)}\n`,
    );
    return 1;
  }

  process.stdout.write(`KiemDiem đang chạy ở chế độ trình duyệt: ${server.url}\n`);
  process.stdout.write(`Thư mục dữ liệu: ${dataDir}\n`);

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    // Server first, so no call reaches a closed database; then the core (checkpoints and closes SQLite).
    void server
      .close()
      .catch(() => undefined)
      .finally(() => {
        try {
          core.close();
        } finally {
          process.exit(0);
        }
      });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  return 0;
}

const code = await main();
if (code !== 0) process.exit(code);

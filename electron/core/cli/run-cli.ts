// Dispatches argv to a command and maps outcomes to exit codes and JSON (../shared/spec/cli.md).
// Kept separate from main.ts so tests can run the CLI in-process. Layer: electron/core.
import { CliRefusal, EXIT_INTERNAL, EXIT_REFUSED, printJson, type CliIO } from './io';
import type { CliCommand } from './command';
import { commands } from './commands/index';

export async function runCli(argv: string[], io: CliIO, registry: readonly CliCommand[] = commands): Promise<number> {
  const [name = 'help', ...rest] = argv;
  const command = registry.find((c) => c.name === name);
  if (!command) {
    printJson(io, { error: { code: 'unknown-command', message: `Không có lệnh "${name}". Gõ "help" để xem các lệnh.` } });
    return EXIT_REFUSED;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof CliRefusal) {
      const error: Record<string, string> = { code: err.code, message: err.message };
      if (err.path !== undefined) error.path = err.path;
      printJson(io, { error });
      return EXIT_REFUSED;
    }
    io.stderr(`Lỗi nội bộ: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT_INTERNAL;
  }
}

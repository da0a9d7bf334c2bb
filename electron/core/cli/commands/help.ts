// `help [lệnh]`: lists the commands of the CLI as JSON — like every result, on standard output
// (../shared/spec/cli.md). The registry is passed in as a function rather than imported, because the
// registry itself lists this command (an import would be a cycle). Layer: electron/core.
import type { CliCommand } from '../command';
import { CliRefusal, EXIT_OK, parseOptions, printJson } from '../io';

export interface HelpEntry {
  name: string;
  usage: string;
  summary: string;
}

const INVOCATION = 'npm run -s cli -- <lệnh> [tùy chọn]';

const EXIT_CODES = {
  '0': 'Hoàn thành; kết quả JSON ở đầu ra chuẩn.',
  '1': 'Lỗi nội bộ; chi tiết ở đầu ra lỗi chuẩn.',
  '2': 'Dữ liệu vào hoặc tùy chọn bị từ chối; đầu ra chuẩn chứa {"error": {"code", "message", "path"}}.',
};

export function createHelpCommand(registry: () => readonly CliCommand[]): CliCommand {
  return {
    name: 'help',
    summary: 'Liệt kê các lệnh, cách gọi và công dụng (kết quả dạng JSON).',
    usage: 'help [lệnh]',
    run: async (argv, io) => {
      const { positional, options } = parseOptions(argv);
      if (options.size > 0 || positional.length > 1) {
        throw new CliRefusal('unexpected-argument', 'Lệnh help chỉ nhận một tham số: tên lệnh cần xem (có thể bỏ trống).');
      }
      const entries: HelpEntry[] = registry().map((c) => ({ name: c.name, usage: c.usage, summary: c.summary }));
      const wanted = positional[0];
      if (wanted !== undefined) {
        const entry = entries.find((e) => e.name === wanted);
        if (!entry) throw new CliRefusal('unknown-command', `Không có lệnh "${wanted}". Gõ "help" để xem các lệnh.`, 'command');
        printJson(io, entry);
        return EXIT_OK;
      }
      printJson(io, { usage: INVOCATION, commands: entries, exitCodes: EXIT_CODES });
      return EXIT_OK;
    },
  };
}

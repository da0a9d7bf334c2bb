// Input/output helpers shared by CLI commands: JSON on stdout only, Vietnamese refusals with exit 2,
// internal failures with exit 1 (see ../shared/spec/cli.md). Layer: electron/core.
import { readFileSync } from 'node:fs';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_REFUSED = 2;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file path, or standard input when the path is `-`. */
  readInput: (pathOrDash: string) => string;
}

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readInput: (p) => readFileSync(p === '-' ? 0 : p, 'utf8'),
};

/** A refusal a command raises on bad input; main prints `{"error":{code,message,path?}}` and exits 2. */
export class CliRefusal extends Error {
  readonly code: string;
  readonly path?: string;
  constructor(code: string, message: string, path?: string) {
    super(message);
    this.name = 'CliRefusal';
    this.code = code;
    this.path = path;
  }
}

export function printJson(io: CliIO, value: unknown): void {
  io.stdout(JSON.stringify(value, null, 2) + '\n');
}

/** Reads and parses the JSON input of a command, refusing unreadable or malformed input in Vietnamese. */
export function readJsonInput(io: CliIO, pathOrDash: string | undefined): unknown {
  if (!pathOrDash) throw new CliRefusal('missing-input', 'Thiếu tệp đầu vào: hãy chỉ đường dẫn tệp JSON hoặc "-" để đọc từ đầu vào chuẩn.');
  let text: string;
  try {
    text = io.readInput(pathOrDash);
  } catch {
    throw new CliRefusal('unreadable-input', `Không đọc được tệp "${pathOrDash}".`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new CliRefusal('invalid-json', `Tệp "${pathOrDash}" không phải JSON hợp lệ.`);
  }
}

/** Parses `--name value` and `--flag` options; positional arguments are returned in order. */
export function parseOptions(argv: string[]): { positional: string[]; options: Map<string, string | true> } {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) {
        options.set(arg.slice(2, eq), arg.slice(eq + 1));
      } else {
        const next = argv[i + 1];
        if (next !== undefined && !next.startsWith('--')) {
          options.set(arg.slice(2), next);
          i++;
        } else {
          options.set(arg.slice(2), true);
        }
      }
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

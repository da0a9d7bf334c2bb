// The shape of one CLI command. Layer: electron/core.
import type { CliIO } from './io';

export interface CliCommand {
  name: string;
  /** One-line Vietnamese summary for `help`. */
  summary: string;
  /** Usage line, e.g. `classify <tệp.json | ->`. */
  usage: string;
  /** Runs the command and returns the exit code. Throw CliRefusal for bad input. */
  run: (argv: string[], io: CliIO) => Promise<number>;
}

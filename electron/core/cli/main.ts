// Entry point of `npm run -s cli -- <command>`. Layer: electron/core.
import { processIO } from './io';
import { runCli } from './run-cli';

const code = await runCli(process.argv.slice(2), processIO);
process.exitCode = code;

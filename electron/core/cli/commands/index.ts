// The registry of CLI commands, in the order `help` lists them. Layer: electron/core.
import type { CliCommand } from '../command';
import { classifyCommand } from './classify';
import { quotaCommand } from './quota';
import { tallyCommand } from './tally';

export const commands: CliCommand[] = [classifyCommand, tallyCommand, quotaCommand];

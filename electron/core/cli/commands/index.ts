// The registry of CLI commands, in the order `help` lists them. Layer: electron/core.
import type { CliCommand } from '../command';
import { createHelpCommand } from './help';
import { demoCommand } from './demo';
import { classifyCommand } from './classify';
import { quotaCommand } from './quota';
import { tallyCommand } from './tally';
import { printCommand } from './print';

export const commands: CliCommand[] = [createHelpCommand(() => commands), demoCommand, classifyCommand, tallyCommand, quotaCommand, printCommand];

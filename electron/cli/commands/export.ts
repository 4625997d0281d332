import type { Command } from 'commander';
import type { WithCore } from '../shared';

/** export, demo (to be written). */
export function registerExportCommands(_program: Command, _withCore: WithCore): void {}

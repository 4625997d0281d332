import type { Command } from 'commander';
import type { WithCore } from '../shared';

/** export-qdpx, import-qdpx (to be written). */
export function registerExchangeCommands(_program: Command, _withCore: WithCore): void {}

import type { Command } from 'commander';
import type { WithCore } from '../shared';

/** backup, restore (to be written). */
export function registerBackupCommands(_program: Command, _withCore: WithCore): void {}

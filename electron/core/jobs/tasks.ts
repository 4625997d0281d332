import { runBackup } from '../backup/backup';
import { runRestore } from '../backup/restore';
import { runExport } from '../export/run-export';
import { runQdpxExport } from '../exchange/qdpx-export';
import { runQdpxImport } from '../exchange/qdpx-import';
import { runOcr } from '../ocr/run-ocr';
import type { TaskKind, TaskRunner } from './task-context';

/** Every kind of task the task worker runs. */
export const TASKS: { [K in TaskKind]: TaskRunner<K> } = {
  export: runExport,
  'qdpx-export': runQdpxExport,
  'qdpx-import': runQdpxImport,
  backup: runBackup,
  restore: runRestore,
  ocr: runOcr,
};

import type { ExportRecord } from '../../../../shared/domain';

export type FileKind = 'report' | 'table' | 'project' | 'backup' | 'other';

/** What a written file is, for its tag in the Reports view. */
export function fileKind(record: Pick<ExportRecord, 'kind' | 'format'>): FileKind {
  switch (record.kind) {
    case 'export':
      return record.format === 'docx' || record.format === 'pdf' ? 'report' : 'table';
    case 'qdpx-export':
      return 'project';
    case 'backup':
      return 'backup';
    default:
      return 'other';
  }
}

export const FILE_KIND_COLOR: Record<FileKind, string> = {
  report: 'blue',
  table: 'green',
  project: 'purple',
  backup: 'gold',
  other: 'default',
};

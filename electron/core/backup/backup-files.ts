import type { BackupInfo } from '../../../shared/domain';

/** Placeholder until backups are written: file naming and listing of a backup folder. */
export function backupFileName(date: Date, automatic: boolean): string {
  const stamp = date.toISOString().replace(/[:.]/g, '-').slice(0, 19);
  return `PolicyLens-${automatic ? 'auto' : 'backup'}-${stamp}.plbackup`;
}

export function listBackups(_dir: string): BackupInfo[] {
  return [];
}

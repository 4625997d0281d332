import { dialog } from 'electron';
import { listBackups } from '../core/backup/backup-files';
import { recoverLibrary } from '../core/backup/recover';
import { defaultSettings } from '../core/settings/settings';

/**
 * A damaged library: offer to put the newest backup in its place (the damaged folder is kept
 * aside). Resolves true when a backup was restored.
 */
export async function offerRecovery(error: unknown, libraryDir: string): Promise<boolean> {
  if ((error as { code?: string }).code !== 'LIBRARY_CORRUPT') return false;
  const newest = listBackups(defaultSettings(libraryDir).backupDir)[0];
  if (!newest) return false;
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'PolicyLens',
    message: '文库数据库已损坏 / The library is damaged',
    detail: `${(error as Error).message}\n\n恢复最近的备份（${newest.createdAt}）？损坏的文库会保留在旁边。\nRestore the newest backup? The damaged library is kept aside.`,
    buttons: ['恢复备份 Restore', '退出 Quit'],
    defaultId: 0,
    cancelId: 1,
  });
  if (response !== 0) return false;
  await recoverLibrary(libraryDir, newest.path);
  return true;
}

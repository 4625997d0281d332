import { dialog, type BrowserWindow } from 'electron';
import type { UiLanguage } from '../../shared/domain';

/** File ▸ Open library: a folder picker; resolves to the chosen folder or null. */
export async function chooseLibraryFolder(
  window: BrowserWindow | null,
  language: UiLanguage,
): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: language === 'en' ? 'Open a library folder' : '打开文库文件夹',
    properties: ['openDirectory', 'createDirectory'],
  };
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

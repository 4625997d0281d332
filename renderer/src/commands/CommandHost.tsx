import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiCommand } from '../../../shared/commands';
import { isDesktop } from '../api/client';
import { navigate, type Route } from '../router';
import { IMPORT_ACCEPT } from '../views/library/importFormats';
import { useImportActions } from '../views/library/useImportActions';
import { useStartBackup } from '../views/reports/useStartBackup';
import { commandOverride } from './commandOverrides';
import { openOverlay } from './overlays';
import { setCommandRunner } from './runCommand';
import { useUiCommandSource } from './useUiCommandKeys';

const GO: Partial<Record<UiCommand, Route>> = {
  'go-library': { view: 'library' },
  'go-search': { view: 'search' },
  'go-compare': { view: 'compare' },
  'go-codebook': { view: 'codebook' },
  'go-reports': { view: 'reports' },
  'go-trash': { view: 'trash' },
};

/** Focuses the search box, once the Search view is on screen. */
function focusSearchBox(): void {
  const focus = () => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="search-input"]');
    input?.focus();
    input?.select();
    return input !== null;
  };
  if (focus()) return;
  navigate({ view: 'search' });
  requestAnimationFrame(() => requestAnimationFrame(focus));
}

/** File ▸ 立即备份: a backup, as the Reports view's 备份 button starts one. */
function useBackupNow(): () => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const backup = useStartBackup(() => message.success(t('commands.backupStarted')));
  return () => {
    if (!backup.isPending) backup.mutate();
  };
}

/**
 * Carries out the UI commands (native menu or keyboard) for the whole app. Mounted once in App;
 * it holds the browser's file picker so Ctrl+O works from any view.
 */
export function CommandHost() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const imports = useImportActions();
  const backupNow = useBackupNow();
  const fileInput = useRef<HTMLInputElement>(null);

  const importFiles = () => {
    navigate({ view: 'library' });
    if (isDesktop()) imports.pickPaths('files');
    // The keydown counts as the user's gesture, so the browser lets the picker open.
    else fileInput.current?.click();
  };

  const importFolder = () => {
    navigate({ view: 'library' });
    if (isDesktop()) imports.pickPaths('folder');
    // A browser page cannot be given a folder's path; dropping the folder works there.
    else message.info(t('commands.folderInBrowser'));
  };

  const run = (command: UiCommand) => {
    const claimed = commandOverride(command);
    if (claimed) {
      claimed();
      return;
    }
    const route = GO[command];
    if (route) {
      navigate(route);
      return;
    }
    switch (command) {
      case 'import-files':
        return importFiles();
      case 'import-folder':
        return importFolder();
      case 'open-library':
        return openOverlay({ kind: 'settings', focus: 'open-library' });
      case 'new-library':
        return openOverlay({ kind: 'settings', focus: 'new-library' });
      case 'export-report':
        return navigate({ view: 'reports' });
      case 'backup-now':
        return backupNow();
      case 'settings':
        return openOverlay({ kind: 'settings' });
      case 'find':
        return focusSearchBox();
      case 'keyboard-help':
        return openOverlay({ kind: 'keyboard-help' });
      case 'welcome':
        return openOverlay({ kind: 'welcome' });
      default:
        return undefined;
    }
  };
  useUiCommandSource(run);
  // Re-registered each render so buttons elsewhere always reach the current closures.
  useEffect(() => {
    setCommandRunner(run);
    return () => setCommandRunner(null);
  });

  if (isDesktop()) return null;
  return (
    <input
      ref={fileInput}
      type="file"
      multiple
      accept={IMPORT_ACCEPT}
      hidden
      data-testid="command-import-input"
      onChange={(event) => {
        const files = Array.from(event.target.files ?? []);
        event.target.value = '';
        if (files.length > 0) imports.importFiles(files);
      }}
    />
  );
}

import type { MenuItemConstructorOptions } from 'electron';
import { electronAccelerator, isChord, UI_COMMANDS, type UiCommand } from '../../shared/commands';
import type { RecentLibrary, UiLanguage } from '../../shared/domain';
import { MENU_LABELS } from './menu-labels';

/** What the menu's items do; main wires them to the window, the session and the shell. */
export interface MenuActions {
  /** Carried out by the page (import, export, find, views, keyboard help). */
  sendCommand(command: UiCommand): void;
  openLibraryFolder(): void;
  openRecentLibrary(path: string): void;
  openLogs(): void;
  openDocs(): void;
  showAbout(): void;
}

export interface MenuState {
  isDev: boolean;
  language: UiLanguage;
  recentLibraries: RecentLibrary[];
  currentLibrary: string;
}

/**
 * The native menu with each platform's conventions: on macOS the app menu holds About,
 * Settings and Quit; elsewhere File holds Settings and Quit and Help holds About. Shortcuts come
 * from shared/commands, the same table the page's keyboard help lists.
 */
export function buildMenuTemplate(
  state: MenuState,
  actions: MenuActions,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const labels = MENU_LABELS[state.language];
  const isMac = platform === 'darwin';
  const command = (name: UiCommand): MenuItemConstructorOptions => {
    const keys = UI_COMMANDS[name].keys;
    const accelerator = electronAccelerator(keys);
    return {
      label: labels.commands[name],
      ...(accelerator ? { accelerator } : {}),
      // Shown in the menu, but a plain key is left to the page (it is typed into text fields).
      ...(keys !== null && !isChord(keys) ? { registerAccelerator: false } : {}),
      click: () => actions.sendCommand(name),
    };
  };
  const recent: MenuItemConstructorOptions[] =
    state.recentLibraries.length === 0
      ? [{ label: labels.noRecent, enabled: false }]
      : state.recentLibraries.map((library) => ({
          label: library.name,
          sublabel: library.path,
          type: 'checkbox' as const,
          checked: library.path === state.currentLibrary,
          enabled: library.exists,
          click: () => actions.openRecentLibrary(library.path),
        }));

  return [
    ...(isMac
      ? [
          {
            label: labels.appName,
            submenu: [
              { label: labels.about, click: actions.showAbout },
              { type: 'separator' as const },
              command('settings'),
              { type: 'separator' as const },
              { role: 'services' as const },
              { type: 'separator' as const },
              { role: 'hide' as const },
              { role: 'hideOthers' as const },
              { role: 'unhide' as const },
              { type: 'separator' as const },
              { role: 'quit' as const, label: labels.quit },
            ],
          },
        ]
      : []),
    {
      label: labels.file,
      submenu: [
        command('import-files'),
        command('import-folder'),
        { type: 'separator' },
        command('export-report'),
        command('backup-now'),
        { type: 'separator' },
        { ...command('open-library'), click: actions.openLibraryFolder },
        command('new-library'),
        { label: labels.recentLibraries, submenu: recent },
        ...(isMac
          ? []
          : [
              { type: 'separator' as const },
              command('settings'),
              { type: 'separator' as const },
              { role: 'quit' as const, label: labels.quit },
            ]),
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo', label: labels.undo },
        { role: 'redo', label: labels.redo },
        { type: 'separator' },
        { role: 'cut', label: labels.cut },
        { role: 'copy', label: labels.copy },
        { role: 'paste', label: labels.paste },
        { role: 'selectAll', label: labels.selectAll },
        { type: 'separator' },
        command('find'),
      ],
    },
    {
      label: labels.view,
      submenu: [
        command('go-library'),
        command('go-search'),
        command('go-codebook'),
        command('go-compare'),
        command('go-reports'),
        command('go-trash'),
        { type: 'separator' },
        { role: 'resetZoom', label: labels.resetZoom },
        { role: 'zoomIn', label: labels.zoomIn },
        { role: 'zoomOut', label: labels.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: labels.fullScreen },
        ...(state.isDev ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
    ...(isMac ? [{ role: 'windowMenu' as const, label: labels.window }] : []),
    {
      role: 'help',
      label: labels.help,
      submenu: [
        command('keyboard-help'),
        command('welcome'),
        { label: labels.docs, click: actions.openDocs },
        { label: labels.openLogs, click: actions.openLogs },
        ...(isMac
          ? []
          : [{ type: 'separator' as const }, { label: labels.about, click: actions.showAbout }]),
      ],
    },
  ];
}

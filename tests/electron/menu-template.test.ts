import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { firstLibrary, qdpxFilesIn } from '../../electron/main/library-choice';
import { buildMenuTemplate, type MenuActions } from '../../electron/main/menu-template';
import { electronAccelerator, UI_COMMAND_NAMES, UI_COMMANDS } from '../../shared/commands';

/** Runs under Node: the menu is built from data, so its structure is checked without Electron. */
const sent: string[] = [];
const actions: MenuActions = {
  sendCommand: (command) => sent.push(command),
  openLibraryFolder: () => sent.push('dialog'),
  openRecentLibrary: (path) => sent.push(`open ${path}`),
  openLogs: () => sent.push('logs'),
  openDocs: () => sent.push('docs'),
  showAbout: () => sent.push('about'),
};
const state = {
  isDev: false,
  language: 'zh-CN' as const,
  currentLibrary: '/data/小榄研究',
  recentLibraries: [
    { path: '/data/小榄研究', name: '小榄研究', openedAt: '2026-11-20', exists: true },
    { path: '/old/gone', name: 'gone', openedAt: '2026-10-01', exists: false },
  ],
};

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

describe('the native menu', () => {
  it('offers every command with the shortcut the keyboard help shows', () => {
    const all = items(buildMenuTemplate(state, actions, 'linux'));
    for (const name of UI_COMMAND_NAMES) {
      const withShortcut = all.filter(
        (item) => item.accelerator === electronAccelerator(UI_COMMANDS[name].keys),
      );
      if (UI_COMMANDS[name].keys !== null) expect(withShortcut.length, name).toBe(1);
    }
    expect(all.map((item) => item.label)).toEqual(
      expect.arrayContaining([
        '导入文件…',
        '导入文件夹…',
        '导出报告…',
        '立即备份',
        '打开日志文件夹',
      ]),
    );
    const importFiles = all.find((item) => item.label === '导入文件…');
    expect(importFiles?.accelerator).toBe('CmdOrCtrl+O');
    // `?` is shown but left to the page, or it could not be typed into text fields.
    const help = all.find((item) => item.label === '键盘快捷键');
    expect(help).toMatchObject({ accelerator: 'Shift+/', registerAccelerator: false });
    expect(importFiles?.registerAccelerator).toBeUndefined();
    importFiles?.click?.({} as never, undefined, {} as never);
    expect(sent).toContain('import-files');
  });

  it('follows each platform: macOS app menu with Settings and Quit; Help ▸ About elsewhere', () => {
    const mac = buildMenuTemplate({ ...state, language: 'en' }, actions, 'darwin');
    expect(mac[0]?.label).toBe('PolicyLens');
    const appMenu = (mac[0]?.submenu as MenuItemConstructorOptions[]).map((i) => i.label ?? i.role);
    expect(appMenu).toEqual(expect.arrayContaining(['About PolicyLens', 'Settings…', 'Quit']));
    const linux = buildMenuTemplate(state, actions, 'linux');
    expect(linux.map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const help = linux.at(-1)?.submenu as MenuItemConstructorOptions[];
    expect(help.map((i) => i.label)).toContain('关于政策镜');
  });

  it('lists recent libraries, ticks the open one, and greys out moved ones', () => {
    const file = buildMenuTemplate(state, actions, 'win32')[0]
      ?.submenu as MenuItemConstructorOptions[];
    const recent = file.find((item) => item.label === '最近的文库')
      ?.submenu as MenuItemConstructorOptions[];
    expect(recent.map((i) => [i.label, i.checked, i.enabled])).toEqual([
      ['小榄研究', true, true],
      ['gone', false, false],
    ]);
  });

  it('shows developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      items(buildMenuTemplate({ ...state, isDev }, actions, 'linux')).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });
});

describe('which library the app opens', () => {
  const prefs = (exists: boolean) => ({
    uiLanguage: 'zh-CN' as const,
    theme: 'light' as const,
    welcomeDone: true,
    recentLibraries: [{ path: '/data/last', name: 'last', openedAt: '', exists }],
  });
  it('prefers POLICYLENS_LIBRARY, then the last one still there, then the default', () => {
    expect(firstLibrary('/env/lib', prefs(true), '/default')).toBe('/env/lib');
    expect(firstLibrary(undefined, prefs(true), '/default')).toBe('/data/last');
    expect(firstLibrary(undefined, prefs(false), '/default')).toBe('/default');
  });
  it('takes .qdpx projects from the command line (double-click), not flags or the app path', () => {
    expect(
      qdpxFilesIn(['/opt/PolicyLens/policylens', '--samples-if-empty', '/home/u/项目.QDPX']),
    ).toEqual(['/home/u/项目.QDPX']);
  });
});

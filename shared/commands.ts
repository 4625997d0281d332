/**
 * Commands the native menu and the keyboard share. The desktop menu shows these accelerators and
 * sends the command to the page; in the browser the page binds the same keys; the keyboard help
 * (`?`) lists them from here, so the three never disagree.
 *
 * `keys` uses "Mod" for Ctrl (Windows, Linux) or ⌘ (macOS), as Electron's "CmdOrCtrl" does.
 */
export const UI_COMMANDS = {
  'import-files': { keys: 'Mod+O', menu: 'file' },
  'import-folder': { keys: 'Mod+Shift+O', menu: 'file' },
  'open-library': { keys: 'Mod+Shift+L', menu: 'file' },
  'new-library': { keys: null, menu: 'file' },
  'export-report': { keys: 'Mod+E', menu: 'file' },
  'backup-now': { keys: 'Mod+Shift+B', menu: 'file' },
  settings: { keys: 'Mod+,', menu: 'file' },
  find: { keys: 'Mod+F', menu: 'edit' },
  'go-library': { keys: 'Mod+1', menu: 'go' },
  'go-search': { keys: 'Mod+2', menu: 'go' },
  'go-codebook': { keys: 'Mod+3', menu: 'go' },
  'go-compare': { keys: 'Mod+4', menu: 'go' },
  'go-reports': { keys: 'Mod+5', menu: 'go' },
  'go-trash': { keys: 'Mod+6', menu: 'go' },
  'keyboard-help': { keys: '?', menu: 'help' },
  welcome: { keys: null, menu: 'help' },
} as const satisfies Record<string, { keys: string | null; menu: 'file' | 'edit' | 'go' | 'help' }>;

export type UiCommand = keyof typeof UI_COMMANDS;
export const UI_COMMAND_NAMES = Object.keys(UI_COMMANDS) as UiCommand[];

/**
 * Keys with Ctrl/⌘ are the native menu's (registered accelerators). A plain key such as `?`
 * stays the page's: as an accelerator it would swallow the character typed into text fields.
 */
export function isChord(keys: string): boolean {
  return keys.startsWith('Mod+');
}

/** Electron's accelerator for a command's keys ("Mod+Shift+O" → "CmdOrCtrl+Shift+O"). */
export function electronAccelerator(keys: string | null): string | undefined {
  if (keys === null) return undefined;
  if (keys === '?') return 'Shift+/';
  return keys.replace(/^Mod\+/, 'CmdOrCtrl+');
}

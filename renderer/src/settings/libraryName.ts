/** A library's folder name, for the window title and lists (both separators: Windows paths too). */
export function libraryName(path: string): string {
  const parts = path.split(/[\\/]+/).filter(Boolean);
  return parts.at(-1) ?? path;
}

export const APP_TITLE = '政策镜 PolicyLens';

/** The window title (Electron shows the page title): the library first, as editors show the file. */
export function windowTitle(libraryPath: string | undefined): string {
  return libraryPath ? `${libraryName(libraryPath)} — ${APP_TITLE}` : APP_TITLE;
}

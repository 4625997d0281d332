/** Paths from the core may be Windows or POSIX; the renderer only splits and joins them. */

function lastSeparator(path: string): number {
  return Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
}

export function fileName(path: string): string {
  return path.slice(lastSeparator(path) + 1) || path;
}

export function folderOf(path: string): string {
  const index = lastSeparator(path);
  if (index < 0) return '';
  // Keep the root's separator: '/' or 'C:\'.
  return index === 0 || /^[A-Za-z]:$/.test(path.slice(0, index))
    ? path.slice(0, index + 1)
    : path.slice(0, index);
}

/** Joins a folder and a file name with the folder's own separator. */
export function joinPath(folder: string, name: string): string {
  if (folder === '') return name;
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(separator) ? folder + name : folder + separator + name;
}

/** The name without its extension: 工改-比较报告.docx → 工改-比较报告. */
export function stemOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * The address of the comparison the user last looked at, so the Reader, opened from a cell or
 * a figure, can lead back to the same grid.
 */
const STORAGE_KEY = 'policylens.lastCompare';
let remembered: string | null = null;

export function rememberCompare(href: string): void {
  remembered = href;
  try {
    sessionStorage.setItem(STORAGE_KEY, href);
  } catch {
    // Without storage it lasts until reload.
  }
}

export function lastCompareHref(): string | null {
  if (remembered !== null) return remembered;
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

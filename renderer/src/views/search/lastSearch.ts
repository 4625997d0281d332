/**
 * The address of the last search the user looked at, so the Reader can lead back to exactly
 * those results. Kept for the session (a reload keeps it; a new window starts afresh).
 */
const STORAGE_KEY = 'policylens.lastSearch';
let remembered: string | null = null;

export function rememberSearch(href: string): void {
  remembered = href;
  try {
    sessionStorage.setItem(STORAGE_KEY, href);
  } catch {
    // Without storage it lasts until reload.
  }
}

export function lastSearchHref(): string | null {
  if (remembered !== null) return remembered;
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

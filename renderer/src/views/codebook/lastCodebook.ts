/**
 * The address of the Codebook view the user last looked at, so the Reader, opened from a coded
 * passage, can lead back to the same tag and list.
 */
const STORAGE_KEY = 'policylens.lastCodebook';
let remembered: string | null = null;

export function rememberCodebook(href: string): void {
  remembered = href;
  try {
    sessionStorage.setItem(STORAGE_KEY, href);
  } catch {
    // Without storage it lasts until reload.
  }
}

export function lastCodebookHref(): string | null {
  if (remembered !== null) return remembered;
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Characters Windows refuses in file names (macOS and Linux refuse a subset). */
const FORBIDDEN = '\\/:*?"<>|';

/**
 * A file name from user text (a comparison name, a search, an uploaded file's name) that is safe
 * on Windows, macOS and Linux: no path separators, control characters or reserved characters,
 * no leading dots, not too long. Chinese stays as it is. Shared by the core, the server and
 * the renderer.
 */
export function safeFileName(text: string, fallback: string, maxLength = 120): string {
  const cleaned = Array.from(text, (char) =>
    char.charCodeAt(0) < 0x20 || FORBIDDEN.includes(char) ? '_' : char,
  )
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return cleaned === '' ? fallback : Array.from(cleaned).slice(0, maxLength).join('').trim();
}

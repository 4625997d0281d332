/** Characters Windows refuses in file names (macOS and Linux refuse a subset). */
const FORBIDDEN = '\\/:*?"<>|';
/** File systems allow 255 bytes per name; leave room for a temporary suffix. */
const MAX_NAME_BYTES = 200;

/**
 * A file name from user text (a comparison name, a search, an uploaded file's name) that is safe
 * on Windows, macOS and Linux: no path separators, control characters or reserved characters,
 * no leading dots, at most `maxLength` characters and 200 UTF-8 bytes (a Chinese character is
 * three), keeping the extension when it has to be shortened. Chinese stays as it is. Shared by
 * the core, the server and the renderer.
 */
export function safeFileName(text: string, fallback: string, maxLength = 120): string {
  const cleaned = Array.from(text, (char) =>
    char.charCodeAt(0) < 0x20 || FORBIDDEN.includes(char) ? '_' : char,
  )
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (cleaned === '') return fallback;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  let stem = Array.from(extension ? cleaned.slice(0, dot) : cleaned);
  const limit = (chars: string[]) =>
    chars.length + extension.length > maxLength ||
    utf8Bytes(chars.join('') + extension) > MAX_NAME_BYTES;
  while (stem.length > 1 && limit(stem)) stem = stem.slice(0, -1);
  return `${stem.join('').trim()}${extension}`;
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

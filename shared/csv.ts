/**
 * CSV as Excel expects it for Chinese: UTF-8 with a byte-order mark, CRLF line ends, fields
 * quoted when they hold a comma, quote or line break. Used by the CLI and the renderer alike.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const field = (value: unknown): string => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

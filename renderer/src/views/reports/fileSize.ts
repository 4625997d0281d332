const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** A file size as people read it: 312 B, 48 KB, 1.2 MB (binary steps, one decimal below 10). */
export function humanSize(bytes: number, language: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const formatted = new Intl.NumberFormat(language, {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(value);
  return `${formatted} ${UNITS[unit]}`;
}

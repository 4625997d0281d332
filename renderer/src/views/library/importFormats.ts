/** File kinds the importer reads; the browser file picker and folder drops offer only these. */
export const IMPORT_EXTENSIONS = [
  '.txt',
  '.text',
  '.md',
  '.html',
  '.htm',
  '.mhtml',
  '.mht',
  '.docx',
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.tif',
  '.tiff',
  '.bmp',
  '.webp',
] as const;

export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

export function isImportable(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return IMPORT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

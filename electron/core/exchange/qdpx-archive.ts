import { AppError } from '../../../shared/errors';
import { decodeUnlabelled } from '../ingest/decode-text';
import { MAX_DOCX_FILE_BYTES } from '../ingest/limits';
import { readSourceFile } from '../ingest/read-source';
import { checkZip } from '../ingest/zip-guard';
import { INTERNAL_PREFIX, PROJECT_ENTRY, SOURCES_FOLDER, type QdeProject } from './qde-model';
import { readQde } from './qde-read';

/** A .qdpx opened for import: the parsed project and the Sources/ files it refers to. */
export interface QdpxArchive {
  file: string;
  project: QdeProject;
  /** Inflated Sources/ entries referred to by internal:// paths, by entry name. */
  entries: Map<string, Buffer>;
}

const NOT_ZIP =
  'This is not a REFI-QDA project (.qdpx): the file is not a zip archive, or it is damaged.';

/**
 * Opens a .qdpx with the same zip checks as a .docx (entry count, declared and actual sizes,
 * compression ratio, no DTDs or entities in any inflated part) before anything is parsed.
 * Only project.qde and the Sources/ files it refers to are kept in memory.
 */
export async function openQdpx(file: string): Promise<QdpxArchive> {
  const bytes = readSourceFile(file, MAX_DOCX_FILE_BYTES);
  const first = await checkZip(bytes, file, { notZipMessage: NOT_ZIP, keep: [PROJECT_ENTRY] });
  let xml = first.kept.get(PROJECT_ENTRY);
  if (!xml) {
    // The standard names it project.qde; accept any single .qde at the top level.
    const other = first.entries.find((e) => !e.name.includes('/') && /\.qde$/i.test(e.name));
    if (!other) {
      throw new AppError(
        'FILE_CORRUPT',
        'This .qdpx holds no project.qde: it is not a REFI-QDA project, or it is damaged.',
        file,
      );
    }
    xml = (await checkZip(bytes, file, { notZipMessage: NOT_ZIP, keep: [other.name] })).kept.get(
      other.name,
    );
  }
  const project = readQde(xml?.toString('utf8') ?? '', file);
  const present = new Set(first.entries.map((e) => e.name));
  const wanted = [...project.sources, ...project.notes]
    .map((s) => internalEntry(s.plainTextPath))
    .filter((name): name is string => name !== null && present.has(name));
  const entries =
    wanted.length > 0
      ? (await checkZip(bytes, file, { notZipMessage: NOT_ZIP, keep: wanted })).kept
      : new Map<string, Buffer>();
  return { file, project, entries };
}

/** The Sources/ entry an internal:// path names, or null for any other kind of path. */
export function internalEntry(plainTextPath: string | null): string | null {
  if (!plainTextPath?.toLowerCase().startsWith(INTERNAL_PREFIX)) return null;
  const name = plainTextPath.slice(INTERNAL_PREFIX.length).replace(/^\/+/, '');
  try {
    return `${SOURCES_FOLDER}${decodeURIComponent(name)}`;
  } catch {
    return `${SOURCES_FOLDER}${name}`;
  }
}

/**
 * The plain text of a text source or note: inline content, or its file in Sources/ (UTF-8 as
 * the standard asks; a BOM, UTF-16 or GB18030 from older tools is recognised too). Throws an
 * AppError naming the source when there is none.
 */
export function plainText(
  archive: QdpxArchive,
  source: { name: string; plainTextPath: string | null; plainTextContent: string | null },
): string {
  if (source.plainTextContent !== null && !source.plainTextPath) return source.plainTextContent;
  const entry = internalEntry(source.plainTextPath);
  const bytes = entry ? archive.entries.get(entry) : undefined;
  if (!bytes) {
    throw new AppError(
      'FILE_NOT_FOUND',
      entry
        ? `The text of “${source.name}” (${entry}) is missing from the .qdpx.`
        : `The text of “${source.name}” is not inside the .qdpx (${source.plainTextPath ?? 'no path'}); only internal sources can be imported.`,
      source.name,
    );
  }
  return decodeUnlabelled(bytes, source.name).text;
}

import fs from 'node:fs';
import path from 'node:path';
import type { FileOutcome } from '../../../shared/domain';
import { AppError, isErrorInfo, toErrorInfo, type ErrorCode } from '../../../shared/errors';
import { getDocumentMemo, setDocumentMemo } from '../annotate/annotations';
import { safeFileName } from '../../../shared/file-name';
import { prepareDocument } from '../ingest/prepare-document';
import { writePreparedDocument } from '../ingest/write-document';
import { getDocument, updateMetadata } from '../library/documents';
import type { Library } from '../library/library';
import { sliceCodePoints } from '../text/code-points';
import { placeSelections, type SelectionToPlace } from './place-selections';
import type { QdeTextSource } from './qde-model';
import { plainText, type QdpxArchive } from './qdpx-archive';
import { metadataChanges, type SourceFields } from './source-metadata';

/** What every source of one import shares. */
export interface ImportContext {
  library: Library;
  archive: QdpxArchive;
  /** A folder of this import under the library's staging folder; removed afterwards. */
  stagingDir: string;
  /** Tag id of each code GUID. */
  tags: Map<string, number>;
  /** Text of each note GUID. */
  notes: Map<string, string>;
  fields: Map<string, SourceFields>;
  report(outcome: FileOutcome): void;
}

/**
 * Imports one text source: its text through the normal import pipeline (so it is cleaned,
 * detected and indexed like any .txt; the same text already in the library is reused), then,
 * in one transaction, its title and town/county/year/kind, its memo, and its coded passages.
 * Never throws for a problem of this source: it is reported (naming the source) and the import
 * goes on with the next.
 */
export async function importSource(
  ctx: ImportContext,
  source: QdeTextSource,
  index: number,
): Promise<void> {
  const name = source.name.trim() || `Source ${index + 1}`;
  try {
    const text = plainText(ctx.archive, source);
    // Each source in a folder of its own: two sources may well have the same name.
    const staged = path.join(ctx.stagingDir, String(index), `${safeFileName(name, 'source')}.txt`);
    fs.mkdirSync(path.dirname(staged), { recursive: true });
    // A BOM, so the reader never takes the UTF-8 for a legacy Chinese encoding.
    fs.writeFileSync(staged, `\uFEFF${text}`, 'utf8');
    const prepared = await prepareDocument(staged);
    const outcomes = ctx.library.db.transaction(() =>
      storeSource(ctx, source, name, text, {
        ...prepared,
        prepared: { ...prepared.prepared, file: `${ctx.archive.file}#${name}` },
      }),
    )();
    // Reported once committed, so nothing is reported that a failed commit took back.
    for (const outcome of outcomes) ctx.report(outcome);
  } catch (error) {
    ctx.report({ file: name, status: 'failed', error: { ...toErrorInfo(error), file: name } });
  }
}

/** The database part of a source; the caller's transaction makes it all or nothing. */
function storeSource(
  ctx: ImportContext,
  source: QdeTextSource,
  name: string,
  text: string,
  { prepared, bytes }: Awaited<ReturnType<typeof prepareDocument>>,
): FileOutcome[] {
  const { db } = ctx.library;
  const outcome = writePreparedDocument(ctx.library, prepared, bytes);
  const docId = outcome.docId ?? outcome.duplicateOf;
  if (docId === undefined) {
    const error = outcome.error;
    throw new AppError(
      isErrorInfo(error) ? error.code : 'INTERNAL',
      error?.message ?? 'The source could not be saved.',
    );
  }
  const isNew = outcome.status === 'imported';
  const doc = getDocument(db, docId);
  const fields = ctx.fields.get(source.guid) ?? {};
  const changes = metadataChanges(doc, source.name, fields, isNew);
  if (Object.keys(changes).length > 0) updateMetadata(db, docId, changes);
  addMemo(ctx, source, docId);
  const failures = placeSelections(
    db,
    docId,
    doc.text,
    text,
    source.selections.map((s): SelectionToPlace => ({
      start: s.start,
      end: s.end,
      tagIds: [...new Set(s.codeGuids.flatMap((guid) => ctx.tags.get(guid) ?? []))],
      comment: joinTexts([s.description, ...s.noteGuids.map((g) => ctx.notes.get(g))]),
    })),
    `Imported from ${path.basename(ctx.archive.file)} (source “${name}”):`,
  );
  const problem = (code: ErrorCode, message: string): FileOutcome => ({
    file: name,
    status: 'failed',
    error: { code, message, file: name },
  });
  return [
    isNew
      ? { file: name, status: 'imported', docId }
      : { file: name, status: 'duplicate', duplicateOf: docId },
    ...failures.map((failure) => {
      const quote = failure.quote === null ? '' : ` “${sliceCodePoints(failure.quote, 0, 30)}”`;
      return problem('NOT_FOUND', `A coded passage${quote} could not be placed: ${failure.reason}`);
    }),
    ...(source.wholeSourceCodeGuids.length > 0
      ? [
          problem(
            'UNSUPPORTED_FORMAT',
            `${source.wholeSourceCodeGuids.length} code(s) applied to the whole source were not imported: PolicyLens codes passages.`,
          ),
        ]
      : []),
  ];
}

/** The source's description and notes become the document memo, added to any memo it has. */
function addMemo(ctx: ImportContext, source: QdeTextSource, docId: number): void {
  const memo = joinTexts([source.description, ...source.noteGuids.map((g) => ctx.notes.get(g))]);
  if (!memo) return;
  const { db } = ctx.library;
  const current = getDocumentMemo(db, docId);
  if (current.includes(memo)) return;
  setDocumentMemo(db, docId, current ? `${current}\n\n${memo}` : memo);
}

/** Non-empty texts, one paragraph each (a single text is kept exactly as written). */
function joinTexts(parts: readonly (string | undefined)[]): string {
  return parts.filter((p): p is string => p !== undefined && p.trim() !== '').join('\n\n');
}

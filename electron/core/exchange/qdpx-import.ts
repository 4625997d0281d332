import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FileOutcome } from '../../../shared/domain';
import type { TaskContext, TaskRunner } from '../jobs/task-context';
import { STAGING_DIR } from '../library/library';
import { importCodebook } from './import-codebook';
import { importSource } from './import-source';
import { openQdpx, plainText, type QdpxArchive } from './qdpx-archive';
import { sourceFieldsOf } from './source-metadata';

/**
 * Adds a REFI-QDA project (.qdpx from ATLAS.ti, MAXQDA, NVivo, QualCoder or PolicyLens) to the
 * library: codes become tags (hierarchy and colours), text sources documents (through the
 * normal import pipeline; a text already in the library is reused), coded selections
 * annotations with their memos as comments, and town/county/year/kind variables metadata.
 * A project file that cannot be read fails the job, naming the file; a source or passage that
 * cannot be imported is reported and the import goes on. Cancelling stops before the next
 * source: the sources done so far stay, each complete.
 */
export const runQdpxImport: TaskRunner<'qdpx-import'> = async (ctx, params) => {
  const archive = await openQdpx(params.path);
  ctx.checkCancelled();
  const { project } = archive;
  const total = project.sources.length;
  ctx.progress(0, total, null);
  const report = reporter(ctx);
  for (const other of project.otherSources) {
    report({
      file: other.name,
      status: 'failed',
      error: {
        code: 'UNSUPPORTED_FORMAT',
        message: `${other.kind} sources are not imported; PolicyLens imports text sources.`,
        file: other.name,
      },
    });
  }
  const stagingDir = path.join(
    ctx.library.dir,
    STAGING_DIR,
    `qdpx-${crypto.randomUUID().slice(0, 8)}`,
  );
  try {
    const context = {
      library: ctx.library,
      archive,
      stagingDir,
      tags: importCodebook(ctx.library.db, project.codes),
      notes: noteTexts(archive),
      fields: sourceFieldsOf(project),
      report,
    };
    for (const [index, source] of project.sources.entries()) {
      ctx.checkCancelled();
      ctx.progress(index, total, source.name);
      await importSource(context, source, index);
    }
    ctx.progress(total, total, null);
  } finally {
    fs.rmSync(stagingDir, { recursive: true, force: true });
  }
  return null;
};

function noteTexts(archive: QdpxArchive): Map<string, string> {
  const texts = new Map<string, string>();
  for (const note of archive.project.notes) {
    try {
      texts.set(note.guid, plainText(archive, note));
    } catch {
      // A note whose text is missing adds nothing to a memo; the passage itself still imports.
    }
  }
  return texts;
}

/** Per-source and per-passage outcomes go to the job's outcome list. */
function reporter(ctx: TaskContext): (outcome: FileOutcome) => void {
  return (outcome) => ctx.outcome(outcome);
}

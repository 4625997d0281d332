import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { writeFileAtomic } from '../files/atomic-write';
import type { TaskContext, TaskRunner } from '../jobs/task-context';
import { getDocument } from '../library/documents';
import { runtimePaths } from '../runtime/paths';
import { projectFromLibrary, type SourceFile } from './project-from-library';
import { PROJECT_ENTRY, SOURCES_FOLDER } from './qde-model';
import { writeQde } from './qde-write';

/**
 * Writes the library as a REFI-QDA project (.qdpx): project.qde plus the UTF-8 text of every
 * document in Sources/, for ATLAS.ti, MAXQDA, NVivo or QualCoder. The texts are read one at a
 * time while the zip is written (a large library never sits in memory whole); the file appears
 * only when complete, and a cancel leaves nothing behind.
 */
export const runQdpxExport: TaskRunner<'qdpx-export'> = async (ctx, params) => {
  const target = params.path;
  const { project, files } = projectFromLibrary(
    ctx.library.db,
    path.basename(target, path.extname(target)),
    `PolicyLens ${appVersion()}`,
  );
  const xml = writeQde(project);
  ctx.progress(0, files.length, null);
  try {
    await writeFileAtomic(target, (temporary) => writeArchive(ctx, temporary, xml, files), {
      overwrite: params.overwrite ?? false,
    });
  } catch (error) {
    // A cancel reaches writeFileAtomic as an error; report it as the cancel it was.
    ctx.checkCancelled();
    throw error;
  }
  return target;
};

function writeArchive(
  ctx: TaskContext,
  temporary: string,
  xml: string,
  files: readonly SourceFile[],
): Promise<void> {
  const zip = new yazl.ZipFile();
  const out = fs.createWriteStream(temporary);
  const finished = new Promise<void>((resolve, reject) => {
    let failure: unknown;
    const fail = (error: unknown) => {
      failure ??= error;
      zip.outputStream.unpipe(out);
      out.destroy();
    };
    zip.on('error', fail);
    zip.outputStream.on('error', fail);
    out.on('error', (error) => (failure ??= error));
    // 'close' comes after the last byte is flushed or after destroy(): the file is released.
    out.on('close', () => (failure === undefined ? resolve() : reject(failure)));
  });
  zip.outputStream.pipe(out);
  zip.addBuffer(Buffer.from(xml, 'utf8'), PROJECT_ENTRY);
  files.forEach((file, index) => {
    zip.addReadStreamLazy(`${SOURCES_FOLDER}${file.file}`, (callback) => {
      try {
        ctx.checkCancelled();
        const text = sourceText(ctx.library.db, file);
        ctx.progress(index + 1, files.length, text.title);
        callback(null, Readable.from([Buffer.from(text.text, 'utf8')]));
      } catch (error) {
        callback(error as Error, Readable.from([]));
      }
    });
  });
  zip.end();
  return finished;
}

/** The document's text, provided it is still the text the project's positions refer to. */
function sourceText(db: Db, file: SourceFile): { title: string; text: string } {
  const doc = getDocument(db, file.docId);
  if (doc.hash !== file.hash) {
    throw new AppError(
      'INTERNAL',
      `“${doc.title}” changed while the project was being exported; export again.`,
    );
  }
  return { title: doc.title, text: doc.text };
}

function appVersion(): string {
  try {
    const manifest = path.join(runtimePaths().appRoot, 'package.json');
    return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version?: string }).version ?? '';
  } catch {
    return '';
  }
}

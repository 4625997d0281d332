import fs from 'node:fs';
import path from 'node:path';
import type { OcrLanguage, OcrLanguageChoice } from '../../../shared/domain';
import { toErrorInfo } from '../../../shared/errors';
import type { TaskContext, TaskRunner } from '../jobs/task-context';
import { getSettings } from '../settings/settings';
import { applyOcrText } from './apply-ocr';
import { chooseLanguage } from './choose-language';
import { OcrPool, type RecognizedPage } from './ocr-pool';
import { renderPageImage } from './page-images';
import { markFailed, markRunning, queuePages, saveRecognized } from './page-store';

interface DocumentToRead {
  docId: number;
  title: string;
  format: string;
  originalPath: string;
  lang: OcrLanguageChoice | null;
  pages: number[];
}

/** Page images waiting for a recognition thread, at most this many per thread. */
const RENDERED_AHEAD_PER_WORKER = 1;

/**
 * The OCR job: every page waiting (or the ones asked for), one document after another. Pages are
 * rendered here one at a time and recognised on the pool's threads in parallel; each page's
 * result is stored as soon as it is read, so a cancel, quit or crash loses at most the pages in
 * flight, and the next run starts at the first unfinished page. A document's text is rebuilt
 * (indexed, annotations moved) once its pages are read, and also when the job stops part-way.
 */
export const runOcr: TaskRunner<'ocr'> = async (ctx, params) => {
  const { db } = ctx.library;
  const settings = getSettings(db, ctx.library.dir);
  const work = documentsToRead(ctx, queuePages(db, params));
  const total = work.reduce((sum, doc) => sum + doc.pages.length, 0);
  let done = 0;
  ctx.progress(0, total, null);
  if (total === 0) return null;

  const pool = new OcrPool({
    size: params.workers ?? settings.ocrWorkers,
    cacheDir: path.join(ctx.library.dir, 'cache', 'ocr'),
  });
  try {
    for (const [index, doc] of work.entries()) {
      ctx.checkCancelled();
      const docStarted = Date.now();
      let docDone = 0;
      // The batch's time left is the job's ETA; this document's is in the label.
      const label = (page: number) => {
        const left = doc.pages.length - docDone;
        const eta =
          docDone >= 1 && left > 0
            ? `，本文档约剩 ${Math.round(((Date.now() - docStarted) / docDone / 1000) * left)} 秒`
            : '';
        return `${doc.title} · 第 ${page} 页（文档 ${index + 1}/${work.length}，${docDone}/${doc.pages.length} 页${eta}）`;
      };
      const read = { pages: 0 };
      try {
        await readDocument(
          ctx,
          pool,
          doc,
          params.lang ?? doc.lang ?? settings.ocrLanguage,
          read,
          (page) => {
            done++;
            docDone++;
            ctx.progress(done, total, label(page));
          },
        );
      } finally {
        // Also when cancelled: the pages read so far become searchable now.
        if (read.pages > 0) await applyAndReport(ctx, doc);
      }
    }
  } finally {
    await pool.close();
  }
  return null;
};

async function readDocument(
  ctx: TaskContext,
  pool: OcrPool,
  doc: DocumentToRead,
  choice: OcrLanguageChoice,
  read: { pages: number },
  onPageDone: (page: number) => void,
): Promise<void> {
  const { db } = ctx.library;
  const bytes = fs.readFileSync(path.join(ctx.library.dir, doc.originalPath));
  let lang: OcrLanguage | null = choice === 'auto' ? null : choice;
  const inFlight = new Set<Promise<void>>();
  const limit = Math.max(1, pool.size * (1 + RENDERED_AHEAD_PER_WORKER));
  const store = (page: number, chosen: OcrLanguage, result: RecognizedPage) => {
    saveRecognized(db, doc.docId, page, { lang: chosen, ...result });
    read.pages++;
  };
  try {
    for (const page of doc.pages) {
      ctx.checkCancelled();
      markRunning(db, doc.docId, page);
      let image: Buffer;
      try {
        image = (await renderPageImage(bytes, doc.format, page)).png;
      } catch (error) {
        markFailed(
          db,
          doc.docId,
          page,
          `The page could not be turned into an image: ${toErrorInfo(error).message}`,
        );
        onPageDone(page);
        continue;
      }
      if (lang === null) {
        // The first page decides between simplified and traditional for the whole document.
        try {
          const first = await chooseLanguage(pool, image);
          lang = first.lang;
          store(page, first.lang, first.result);
        } catch (error) {
          markFailed(db, doc.docId, page, toErrorInfo(error).message);
        }
        onPageDone(page);
        continue;
      }
      const chosen = lang;
      const task: Promise<void> = pool
        .recognize(image, chosen)
        .then(
          (result) => store(page, chosen, result),
          (error: unknown) => markFailed(db, doc.docId, page, toErrorInfo(error).message),
        )
        .finally(() => {
          inFlight.delete(task);
          onPageDone(page);
        });
      inFlight.add(task);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
  } finally {
    await Promise.allSettled(inFlight);
  }
}

/** Rebuilds the document's text from its pages; a failure is reported, the batch goes on. */
async function applyAndReport(ctx: TaskContext, doc: DocumentToRead): Promise<void> {
  try {
    const result = await applyOcrText(ctx.library, doc.docId);
    ctx.outcome({
      file: doc.title,
      status: 'imported',
      docId: doc.docId,
      ...(result.needsAttention > 0
        ? {
            error: {
              code: 'INTERNAL',
              message: `${result.needsAttention} annotations need attention: their text changed.`,
            },
          }
        : {}),
    });
  } catch (error) {
    ctx.outcome({ file: doc.title, status: 'failed', docId: doc.docId, error: toErrorInfo(error) });
  }
}

function documentsToRead(
  ctx: TaskContext,
  pages: { docId: number; page: number }[],
): DocumentToRead[] {
  const load = ctx.library.db.prepare(
    'SELECT title, format, original_path, ocr_lang FROM documents WHERE id = ?',
  );
  const byDoc = new Map<number, DocumentToRead>();
  for (const { docId, page } of pages) {
    let doc = byDoc.get(docId);
    if (!doc) {
      const row = load.get(docId) as
        | {
            title: string;
            format: string;
            original_path: string;
            ocr_lang: OcrLanguageChoice | null;
          }
        | undefined;
      if (!row) continue;
      doc = {
        docId,
        title: row.title,
        format: row.format,
        originalPath: row.original_path,
        lang: row.ocr_lang,
        pages: [],
      };
      byDoc.set(docId, doc);
    }
    doc.pages.push(page);
  }
  return [...byDoc.values()];
}

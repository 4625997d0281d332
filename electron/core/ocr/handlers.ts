import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../files/atomic-write';
import type { JobManager } from '../jobs/job-manager';
import type { Library } from '../library/library';
import { applyOcrText } from './apply-ocr';
import { renderPageImage } from './page-images';
import { getOcrPage, listOcrPages, saveCorrection } from './page-store';

type OcrMethods =
  'startOcr' | 'ocrPages' | 'getOcrPage' | 'ocrPageImage' | 'saveOcrPageText' | 'setOcrLanguage';

/** Page images for proofreading: sharp enough to read, small enough to send (150 dpi). */
const PROOFREADING_DPI = 150;

/** OCR and proofreading methods of the contract. */
export function ocrHandlers(library: Library, jobs: JobManager): Pick<Handlers, OcrMethods> {
  const { db } = library;
  const documentRow = (docId: number) => {
    const row = db
      .prepare('SELECT title, format, original_path FROM documents WHERE id = ?')
      .get(docId) as { title: string; format: string; original_path: string } | undefined;
    if (!row) throw new AppError('NOT_FOUND', `Document #${docId} does not exist in this library.`);
    return row;
  };
  return {
    startOcr: (request) => {
      if (request.pages && request.docIds?.length !== 1) {
        throw new AppError('BAD_REQUEST', 'Name one document to re-read some of its pages.');
      }
      const label = request.docIds?.length === 1 ? documentRow(request.docIds[0]!).title : null;
      return { jobId: jobs.startTask('ocr', request, label ?? 'OCR').id };
    },
    ocrPages: ({ docId }) => {
      documentRow(docId);
      return listOcrPages(db, docId);
    },
    getOcrPage: ({ docId, page }) => getOcrPage(db, docId, page),
    ocrPageImage: async ({ docId, page }) => {
      const doc = documentRow(docId);
      // Rendering a PDF page takes a moment: keep each one in the library's cache.
      const cached = path.join(
        library.dir,
        'cache',
        'pages',
        `${docId}-${page}-${PROOFREADING_DPI}.png`,
      );
      if (!fs.existsSync(cached)) {
        const bytes = fs.readFileSync(path.join(library.dir, doc.original_path));
        const image = await renderPageImage(bytes, doc.format, page, PROOFREADING_DPI);
        await writeFileAtomic(cached, (temporary) => fs.writeFileSync(temporary, image.png), {
          overwrite: true,
        });
      }
      const png = fs.readFileSync(cached);
      return {
        png: png.toString('base64'),
        width: png.readUInt32BE(16),
        height: png.readUInt32BE(20),
      };
    },
    saveOcrPageText: async ({ docId, page, text }) => {
      documentRow(docId);
      saveCorrection(db, docId, page, text);
      return applyOcrText(library, docId);
    },
    setOcrLanguage: ({ docId, lang }) => {
      documentRow(docId);
      db.prepare('UPDATE documents SET ocr_lang = ? WHERE id = ?').run(
        lang === 'auto' ? null : lang,
        docId,
      );
      return { lang };
    },
  };
}

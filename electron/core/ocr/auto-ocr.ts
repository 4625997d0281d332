import type { JobManager } from '../jobs/job-manager';
import type { Library } from '../library/library';
import { getSettings } from '../settings/settings';
import { countWaitingPages } from './page-store';

/**
 * OCR without being asked, when the library's setting allows it: pages an earlier run left
 * waiting are read now (resume after a quit or crash), and scans are read after each import.
 */
export function startAutomaticOcr(library: Library, jobs: JobManager): void {
  const startIfWaiting = () => {
    if (!getSettings(library.db, library.dir).ocrAfterImport) return;
    if (jobs.isRunning('ocr') || countWaitingPages(library.db) === 0) return;
    jobs.startTask('ocr', {}, 'OCR');
  };
  jobs.onFinished((job) => {
    if (job.kind === 'import' && job.outcomes.some((o) => o.needsOcr)) startIfWaiting();
    if (job.kind === 'qdpx-import') startIfWaiting();
  });
  startIfWaiting();
}

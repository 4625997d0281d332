import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../../shared/api';
import type { ExportFormat, ExportSource } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { getTag } from '../annotate/tags';
import type { Db } from '../db/connection';
import { safeFileName } from '../../../shared/file-name';
import { assertWritable } from '../files/atomic-write';
import type { JobManager } from '../jobs/job-manager';
import { listExportedFiles } from '../settings/exported-files';
import { getSettings } from '../settings/settings';

type ExportMethods = 'exportTarget' | 'startExport' | 'listExports';

/** A file name from what is exported: 工改-比较报告.docx, 产业发展-编码段.xlsx. */
export function defaultExportName(db: Db, source: ExportSource, format: ExportFormat): string {
  const isReport = format === 'docx' || format === 'pdf';
  const suffix = isReport ? '比较报告' : '编码段';
  const subject = ((): string => {
    switch (source.kind) {
      case 'comparison': {
        const row = db
          .prepare('SELECT name FROM comparisons WHERE id = ? AND deleted_at IS NULL')
          .get(source.id) as { name: string } | undefined;
        if (!row) throw new AppError('NOT_FOUND', `Comparison #${source.id} does not exist.`);
        return row.name;
      }
      case 'tag':
        return getTag(db, source.tagId).name;
      case 'query':
        return source.query;
      case 'codebook':
        return '全部';
    }
  })();
  return `${safeFileName(`${subject}-${suffix}`, 'PolicyLens')}.${format}`;
}

/** Resolves where an export goes and refuses to replace a file unless told to. */
export function resolveTarget(
  requested: string | undefined,
  defaultDir: string,
  defaultName: string,
  overwrite: boolean | undefined,
): string {
  const target = requested ? path.resolve(requested) : path.join(defaultDir, defaultName);
  if (!path.isAbsolute(requested ?? target)) {
    throw new AppError('BAD_REQUEST', 'Give the export an absolute path.', requested);
  }
  assertWritable(target, overwrite);
  return target;
}

export function exportHandlers(
  db: Db,
  libraryDir: string,
  jobs: JobManager,
): Pick<Handlers, ExportMethods> {
  return {
    exportTarget: ({ source, format }) => {
      const target = path.join(
        getSettings(db, libraryDir).exportsDir,
        defaultExportName(db, source, format),
      );
      return { path: target, exists: fs.existsSync(target) };
    },
    startExport: (request) => {
      if (
        request.source.kind === 'codebook' &&
        (request.format === 'docx' || request.format === 'pdf')
      ) {
        throw new AppError(
          'BAD_REQUEST',
          'A report needs a comparison, a tag or a search; the whole codebook exports as a table (.xlsx, .csv).',
        );
      }
      const target = resolveTarget(
        request.path,
        getSettings(db, libraryDir).exportsDir,
        defaultExportName(db, request.source, request.format),
        request.overwrite,
      );
      const job = jobs.startTask('export', { ...request, path: target }, path.basename(target));
      return { jobId: job.id, path: target };
    },
    listExports: () => listExportedFiles(db),
  };
}

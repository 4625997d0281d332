import type { DocumentDetail, DocumentSummary, FileOutcome, JobStatus } from '../../shared/domain';

/** CLI JSON uses snake_case field names, the convention of shell tools and jq users. */
export function documentSummaryJson(doc: DocumentSummary) {
  return {
    id: doc.id,
    title: doc.title,
    file_name: doc.fileName,
    format: doc.format,
    chars: doc.chars,
    bytes: doc.bytes,
    hash: doc.hash,
    imported_at: doc.importedAt,
  };
}

export function documentDetailJson(doc: DocumentDetail) {
  return {
    ...documentSummaryJson(doc),
    encoding: doc.encoding,
    source_path: doc.sourcePath,
    sections: doc.sections.map((s) => ({
      id: s.id,
      parent_id: s.parentId,
      level: s.level,
      title: s.title,
      start: s.start,
      end: s.end,
      page: s.page,
    })),
    text: doc.text,
  };
}

/** One line per file, fixed first word so scripts can grep it. */
export function outcomeLine(outcome: FileOutcome): string {
  switch (outcome.status) {
    case 'imported':
      return `imported   #${outcome.docId}  ${outcome.file}`;
    case 'duplicate':
      return `duplicate  #${outcome.duplicateOf}  ${outcome.file}  (same text as document #${outcome.duplicateOf}; not imported again)`;
    case 'failed':
      return `failed     ${outcome.file}: ${outcome.error?.message ?? 'unknown error'} [${outcome.error?.code ?? 'INTERNAL'}]`;
  }
}

export function jobSummary(job: JobStatus): string {
  const count = (status: FileOutcome['status']) =>
    job.outcomes.filter((o) => o.status === status).length;
  const parts = [
    `${count('imported')} imported`,
    `${count('duplicate')} duplicates`,
    `${count('failed')} failed`,
  ];
  const ending = job.state === 'cancelled' ? ' — cancelled, finished files kept' : '';
  return `${parts.join(', ')} (${job.outcomes.length} of ${job.total} files)${ending}`;
}

export function progressLine(job: JobStatus): string {
  const file = job.currentFile ? `  ${job.currentFile}` : '';
  return `[${job.done}/${job.total}]${file}`;
}

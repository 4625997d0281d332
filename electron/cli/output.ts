import type {
  DocumentDetail,
  DocumentSummary,
  FileOutcome,
  JobStatus,
  Section,
} from '../../shared/domain';
import { EDITABLE_FIELDS } from '../../shared/domain';
import type { StoredMetadata } from '../core/library/documents';

/** CLI JSON uses snake_case field names, the convention of shell tools and jq users. */
export function documentSummaryJson(doc: DocumentSummary, stored?: StoredMetadata) {
  return {
    id: doc.id,
    title: doc.title,
    file_name: doc.fileName,
    format: doc.format,
    chars: doc.chars,
    bytes: doc.bytes,
    hash: doc.hash,
    imported_at: doc.importedAt,
    town: doc.town,
    county: doc.county,
    city: doc.city,
    province: doc.province,
    level: doc.level,
    year: doc.year,
    kind: doc.kind,
    source_url: doc.sourceUrl,
    published: doc.published,
    pages: doc.pages,
    needs_ocr: doc.needsOcr,
    ocr_pages: doc.ocrPages,
    ocr_confidence: doc.ocrConfidence,
    ...(stored ? { metadata: metadataJson(doc, stored) } : {}),
  };
}

/** Per field: the value in use, how it was detected (confidence, evidence), and whether edited. */
function metadataJson(doc: DocumentSummary, stored: StoredMetadata) {
  const fields: Record<string, unknown> = {};
  for (const field of EDITABLE_FIELDS) {
    const detected = stored.detected[field];
    fields[field] = {
      value: doc[field],
      confidence: stored.edited.includes(field) ? 1 : (detected?.confidence ?? 0),
      evidence: detected?.evidence ?? null,
      edited_by_user: stored.edited.includes(field),
    };
  }
  return fields;
}

export function documentDetailJson(doc: DocumentDetail) {
  return {
    ...documentSummaryJson(doc),
    encoding: doc.encoding,
    source_path: doc.sourcePath,
    sections: doc.sections.map(sectionJson),
    page_list: doc.pageList.map((p) => ({
      number: p.number,
      start: p.start,
      end: p.end,
      needs_ocr: p.needsOcr,
      ocr_reason: p.ocrReason,
    })),
    text: doc.text,
  };
}

export function sectionJson(s: Section) {
  return {
    id: s.id,
    parent_id: s.parentId,
    level: s.level,
    title: s.title,
    start: s.start,
    end: s.end,
    page: s.page,
  };
}

/** The outline as an indented tree, one section a line. */
export function outlineLines(sections: Section[]): string[] {
  return sections.map((s) => {
    const page = s.page === null ? '' : `  p.${s.page}`;
    return `${'  '.repeat(Math.max(0, s.level - 1))}${s.title}  [${s.start}–${s.end}]${page}`;
  });
}

/** One line per file, fixed first word so scripts can grep it. */
export function outcomeLine(outcome: FileOutcome): string {
  switch (outcome.status) {
    case 'imported':
      return `imported   #${outcome.docId}  ${outcome.file}${outcome.needsOcr ? '  (needs OCR)' : ''}`;
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
  const ocr = job.outcomes.filter((o) => o.needsOcr).length;
  if (ocr > 0) parts.push(`${ocr} need OCR`);
  const ending = job.state === 'cancelled' ? ' — cancelled, finished files kept' : '';
  return `${parts.join(', ')} (${job.outcomes.length} of ${job.total} files)${ending}`;
}

export function progressLine(job: JobStatus): string {
  const file = job.currentFile ? `  ${job.currentFile}` : '';
  const eta = job.etaSeconds === null ? '' : `  ~${job.etaSeconds}s left`;
  return `[${job.done}/${job.total}]${eta}${file}`;
}

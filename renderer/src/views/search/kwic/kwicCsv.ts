import type { KwicLine } from '../../../../../shared/domain';
import { toCsv } from '../../../../../shared/csv';

export const KWIC_CSV_HEADER = [
  'doc_id',
  'town',
  'year',
  'title',
  'offset',
  'left',
  'match',
  'right',
] as const;

/** The concordance as CSV (UTF-8 with BOM, CRLF), one row per occurrence. */
export function kwicCsv(lines: readonly KwicLine[]): string {
  return toCsv(
    KWIC_CSV_HEADER,
    lines.map((line) => [
      line.docId,
      line.town,
      line.year,
      line.title,
      line.start,
      line.left,
      line.match,
      line.right,
    ]),
  );
}

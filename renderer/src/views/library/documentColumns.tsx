import { Tag, Tooltip, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, type HTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS } from '../../../../shared/vocabulary';
import type { DocumentSummary, EditableField } from '../../../../shared/domain';
import { parseTimestamp, useFormatters, type Formatters } from '../../format';
import { EditedMark } from '../../metadata/EditedMark';
import { isCountyLevel, placeName, REGION_SEPARATOR, regionParts } from '../../metadata/place';
import { routeHref } from '../../router';
import { OCR_LEVEL_COLOR, ocrLevel, ocrPercent } from '../reader/ocr/ocrConfidence';
import { DeleteDocumentButton } from './DeleteDocumentButton';

// Titles and places are Chinese whatever the UI language; zh collation sorts them by pinyin.
const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Sorts known values first (ascending), unknown ones after them. */
function compareMaybe<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return compare(a, b);
}

function timeOf(value: string): number {
  return parseTimestamp(value)?.getTime() ?? 0;
}

// onCell's return type has no room for data-* keys, though React passes them through.
function testIdCell(testId: string) {
  const props = { 'data-testid': testId } as HTMLAttributes<HTMLElement>;
  return () => props;
}

function Missing() {
  return <span className="cell-missing">—</span>;
}

function WithEdited({ edited, children }: { edited: boolean; children: ReactNode }) {
  return (
    <span className="cell-with-mark">
      {children}
      {edited && <EditedMark />}
    </span>
  );
}

function isEdited(doc: DocumentSummary, ...fields: EditableField[]): boolean {
  return fields.some((field) => doc.edited.includes(field));
}

function TitleCell({ doc }: { doc: DocumentSummary }) {
  return (
    <div className="doc-title-cell">
      <div className="doc-title-line">
        <a
          href={routeHref({ view: 'doc', id: doc.id })}
          data-testid="doc-title"
          className="doc-title"
        >
          {doc.title}
        </a>
        {isEdited(doc, 'title') && <EditedMark />}
        <OcrIndicator doc={doc} />
      </div>
      <div className="doc-file-name" title={doc.fileName}>
        {doc.fileName}
      </div>
    </div>
  );
}

/**
 * How far OCR got with a scanned document: its mean confidence once pages are recognised
 * (coloured by level), and a waiting mark while some or all pages have no text yet.
 */
function OcrIndicator({ doc }: { doc: DocumentSummary }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const recognised = doc.ocrPages > 0 && doc.ocrConfidence !== null;
  return (
    <>
      {recognised && doc.ocrConfidence !== null && (
        <Tooltip
          title={t('library.table.ocrHint', {
            count: number(doc.ocrPages),
            percent: ocrPercent(doc.ocrConfidence),
          })}
        >
          <a
            href={routeHref({ view: 'doc', id: doc.id, params: { mode: 'ocr' } })}
            className="ocr-confidence-link"
          >
            <Tag
              color={OCR_LEVEL_COLOR[ocrLevel(doc.ocrConfidence)]}
              className="ocr-tag tabular"
              data-testid="ocr-confidence-tag"
            >
              {t('library.table.ocrConfidence', { percent: ocrPercent(doc.ocrConfidence) })}
            </Tag>
          </a>
        </Tooltip>
      )}
      {doc.needsOcr && (
        <Tooltip title={t('library.table.needsOcrHint')}>
          <Tag color="orange" className="ocr-tag" data-testid="needs-ocr-tag">
            {recognised ? t('library.table.ocrPartial') : t('library.table.needsOcr')}
          </Tag>
        </Tooltip>
      )}
    </>
  );
}

function TownCell({ doc }: { doc: DocumentSummary }) {
  const { t } = useTranslation();
  const name = placeName(doc);
  if (name === null) return <Missing />;
  return (
    <WithEdited edited={isEdited(doc, 'town', ...(isCountyLevel(doc) ? ['county' as const] : []))}>
      <span>{name}</span>
      {isCountyLevel(doc) && (
        <Tooltip title={t('metadata.countyLevelHint')}>
          <Tag className="county-level-tag">{t('metadata.countyLevel')}</Tag>
        </Tooltip>
      )}
    </WithEdited>
  );
}

const kindOrder = (kind: string) => (DOCUMENT_KINDS as readonly string[]).indexOf(kind);

function buildColumns(t: TFunction, { number, dateTime }: Formatters) {
  const columns: TableColumnsType<DocumentSummary> = [
    {
      title: t('library.table.title'),
      key: 'title',
      sorter: (a, b) => collator.compare(a.title, b.title),
      render: (_, doc) => <TitleCell doc={doc} />,
    },
    {
      title: t('library.table.town'),
      key: 'town',
      width: 130,
      onCell: testIdCell('cell-town'),
      sorter: (a, b) => compareMaybe(placeName(a), placeName(b), collator.compare),
      render: (_, doc) => <TownCell doc={doc} />,
    },
    {
      title: t('library.table.region'),
      key: 'region',
      width: 140,
      sorter: (a, b) =>
        compareMaybe(
          regionParts(a).join(REGION_SEPARATOR) || null,
          regionParts(b).join(REGION_SEPARATOR) || null,
          collator.compare,
        ),
      render: (_, doc) => {
        const parts = regionParts(doc);
        if (parts.length === 0) return <Missing />;
        return (
          <WithEdited edited={isEdited(doc, 'county', 'city')}>
            {parts.join(REGION_SEPARATOR)}
          </WithEdited>
        );
      },
    },
    {
      title: t('library.table.year'),
      key: 'year',
      width: 84,
      onCell: testIdCell('cell-year'),
      sorter: (a, b) => compareMaybe(a.year, b.year, (x, y) => x - y),
      render: (_, doc) =>
        doc.year === null ? (
          <Missing />
        ) : (
          <WithEdited edited={isEdited(doc, 'year')}>
            <span className="tabular">{doc.year}</span>
          </WithEdited>
        ),
    },
    {
      title: t('library.table.kind'),
      key: 'kind',
      width: 124,
      sorter: (a, b) => compareMaybe(a.kind, b.kind, (x, y) => kindOrder(x) - kindOrder(y)),
      render: (_, doc) =>
        doc.kind === null ? (
          <Missing />
        ) : (
          <WithEdited edited={isEdited(doc, 'kind')}>{t(`kind.${doc.kind}`)}</WithEdited>
        ),
    },
    {
      title: t('library.table.pages'),
      key: 'pages',
      align: 'right',
      width: 72,
      sorter: (a, b) => compareMaybe(a.pages, b.pages, (x, y) => x - y),
      render: (_, doc) =>
        doc.pages === null ? null : <span className="tabular">{number(doc.pages)}</span>,
    },
    {
      title: t('library.table.format'),
      key: 'format',
      width: 80,
      sorter: (a, b) => a.format.localeCompare(b.format),
      render: (_, doc) => <Tag>{doc.format.toUpperCase()}</Tag>,
    },
    {
      title: t('library.table.chars'),
      key: 'chars',
      align: 'right',
      width: 92,
      sorter: (a, b) => a.chars - b.chars,
      render: (_, doc) => <span className="tabular">{number(doc.chars)}</span>,
    },
    {
      title: t('library.table.importedAt'),
      key: 'importedAt',
      width: 156,
      sorter: (a, b) => timeOf(a.importedAt) - timeOf(b.importedAt),
      render: (_, doc) => <span className="tabular">{dateTime(doc.importedAt)}</span>,
    },
    {
      title: <span className="visually-hidden">{t('library.table.actions')}</span>,
      key: 'actions',
      width: 52,
      align: 'center',
      render: (_, doc) => <DeleteDocumentButton doc={doc} />,
    },
  ];
  return columns;
}

/** The Library table's columns, rebuilt only when the language changes. */
export function useDocumentColumns(): TableColumnsType<DocumentSummary> {
  const { t } = useTranslation();
  const formatters = useFormatters();
  return useMemo(() => buildColumns(t, formatters), [t, formatters]);
}

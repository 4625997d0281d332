import { Typography } from 'antd';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain';
import { useFormatters } from '../../format';
import { applyFilters, hasActiveFilters } from './documentFilters';
import { DocumentFilterBar } from './DocumentFilterBar';
import { DocumentGrid } from './DocumentGrid';
import { useLibraryFilters } from './libraryFilters';

interface TableCountProps {
  shown: number;
  total: number;
  filtered: boolean;
}

function TableCount({ shown, total, filtered }: TableCountProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  return (
    <Typography.Text type="secondary" className="document-count" data-testid="doc-count">
      {filtered
        ? t('library.table.shown', { shown: number(shown), total: number(total) })
        : t('library.table.total', { count: total, formatted: number(total) })}
    </Typography.Text>
  );
}

/** The library as a filterable, sortable, paginated table (stays quick at 10,000 rows). */
export function DocumentTable({ documents }: { documents: DocumentSummary[] }) {
  const [filters, setFilters] = useLibraryFilters();
  // The filter inputs answer at once; the table follows as soon as its rows are filtered.
  const deferredFilters = useDeferredValue(filters);
  const visible = useMemo(
    () => applyFilters(documents, deferredFilters),
    [documents, deferredFilters],
  );

  return (
    <div className="document-table">
      <div className="document-table-toolbar">
        <DocumentFilterBar documents={documents} filters={filters} onChange={setFilters} />
        <TableCount
          shown={visible.length}
          total={documents.length}
          filtered={hasActiveFilters(deferredFilters)}
        />
      </div>
      <DocumentGrid rows={visible} />
    </div>
  );
}

import { SearchOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain';
import {
  facetOptions,
  hasActiveFilters,
  type Facet,
  type FacetOption,
  type LibraryFilters,
} from './documentFilters';
import { FacetSelect } from './FacetSelect';

interface DocumentFilterBarProps {
  documents: readonly DocumentSummary[];
  filters: LibraryFilters;
  onChange(change: Partial<LibraryFilters> | null): void;
}

const FACET_WIDTH: Record<Facet, number> = { towns: 168, regions: 168, years: 128, kinds: 160 };
const FACET_LABEL: Record<Facet, string> = {
  towns: 'library.filters.town',
  regions: 'library.filters.region',
  years: 'library.filters.year',
  kinds: 'library.filters.kind',
};
const FACET_ORDER: Facet[] = ['towns', 'regions', 'years', 'kinds'];

/** Text search, the four metadata facets and the OCR switch, above the document table. */
export function DocumentFilterBar({ documents, filters, onChange }: DocumentFilterBarProps) {
  const { t } = useTranslation();
  const options = useMemo(
    (): Record<Facet, FacetOption[]> => ({
      towns: facetOptions(documents, 'towns'),
      regions: facetOptions(documents, 'regions'),
      years: facetOptions(documents, 'years'),
      kinds: facetOptions(documents, 'kinds'),
    }),
    [documents],
  );
  const describers = useMemo((): Record<Facet, (value: string) => string> => {
    const describe = (facet: Facet) => (value: string) => {
      if (value === '') return t('metadata.missing');
      return facet === 'kinds' ? t(`kind.${value}`) : value;
    };
    return {
      towns: describe('towns'),
      regions: describe('regions'),
      years: describe('years'),
      kinds: describe('kinds'),
    };
  }, [t]);

  return (
    <div className="document-filter-bar" role="search" aria-label={t('library.filters.label')}>
      <Input
        allowClear
        className="document-filter"
        prefix={<SearchOutlined />}
        placeholder={t('library.filters.text')}
        aria-label={t('library.filters.text')}
        value={filters.text}
        onChange={(event) => onChange({ text: event.target.value })}
      />
      {FACET_ORDER.map((facet) => (
        <FacetSelect
          key={facet}
          label={t(FACET_LABEL[facet])}
          options={options[facet]}
          value={filters[facet]}
          onChange={(value) => onChange({ [facet]: value })}
          describe={describers[facet]}
          width={FACET_WIDTH[facet]}
          testId={`filter-${facet}`}
        />
      ))}
      <Checkbox
        checked={filters.needsOcrOnly}
        data-testid="filter-needs-ocr"
        onChange={(event) => onChange({ needsOcrOnly: event.target.checked })}
      >
        {t('library.filters.needsOcrOnly')}
      </Checkbox>
      {hasActiveFilters(filters) && (
        <Button type="link" size="small" onClick={() => onChange(null)}>
          {t('library.filters.clear')}
        </Button>
      )}
    </div>
  );
}

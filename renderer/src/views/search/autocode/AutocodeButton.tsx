import { TagsOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFilters } from '../../../../../shared/domain';
import { AutocodeModal } from './AutocodeModal';

/** Opens auto-coding of the current search's results. */
export function AutocodeButton({ query, filters }: { query: string; filters: SearchFilters }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<TagsOutlined />} data-testid="autocode-open" onClick={() => setOpen(true)}>
        {t('autocode.open')}
      </Button>
      {open && <AutocodeModal query={query} filters={filters} onClose={() => setOpen(false)} />}
    </>
  );
}

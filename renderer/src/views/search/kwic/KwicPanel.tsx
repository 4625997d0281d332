import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Input, Segmented, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useKwic, type KwicRequest } from '../../../api/searchQueries';
import { describeError } from '../../../components/describeError';
import { safeFileName } from '../../../../../shared/file-name';
import { downloadText } from '../../../components/download';
import { useDraft } from '../../../components/useDraft';
import { useFormatters } from '../../../format';
import { firstTerm, termAsQuery } from '../queryTerms';
import {
  KWIC_SORTS,
  KWIC_WIDTHS,
  searchFilters,
  type KwicSort,
  type KwicWidth,
  type SearchState,
  type SearchUpdate,
} from '../searchState';
import { kwicCsv } from './kwicCsv';
import { KwicTable } from './KwicTable';

/** Lines fetched at most; the count still reports every occurrence. */
const KWIC_LIMIT = 20_000;

interface KwicPanelProps {
  state: SearchState;
  update: SearchUpdate;
}

function TermInput({ state, update }: KwicPanelProps) {
  const { t } = useTranslation();
  const fallback = firstTerm(state.q);
  const { draft, setDraft, confirm } = useDraft(state.kwicTerm, (kwicTerm) =>
    update({ kwicTerm }, { replace: true }),
  );
  return (
    <Input
      allowClear
      className="kwic-term"
      prefix={<SearchOutlined className="search-box-icon" />}
      data-testid="kwic-term"
      aria-label={t('kwic.term')}
      placeholder={fallback ? t('kwic.termDefault', { term: fallback }) : t('kwic.termPlaceholder')}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onPressEnter={(event) => {
        if (!event.nativeEvent.isComposing) confirm();
      }}
    />
  );
}

/** Keyword in context: every occurrence of one term with the words on either side. */
export function KwicPanel({ state, update }: KwicPanelProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const term = state.kwicTerm.trim() || firstTerm(state.q);
  const request = useMemo(
    (): KwicRequest | null =>
      term === ''
        ? null
        : {
            term: termAsQuery(term),
            width: state.kwicWidth,
            sort: state.kwicSort,
            filters: searchFilters(state),
            limit: KWIC_LIMIT,
          },
    [term, state],
  );
  const kwic = useKwic(request);
  const data = request ? kwic.data : undefined;

  const exportCsv = () => {
    if (!data) return;
    downloadText(`kwic-${safeFileName(term, 'term', 60)}.csv`, kwicCsv(data.lines));
  };

  return (
    <div className="kwic-panel">
      <div className="panel-toolbar">
        <TermInput state={state} update={update} />
        <Segmented<KwicWidth>
          value={state.kwicWidth}
          data-testid="kwic-width"
          options={KWIC_WIDTHS.map((width) => ({
            value: width,
            label: t('kwic.width', { count: width }),
          }))}
          onChange={(kwicWidth) => update({ kwicWidth })}
        />
        <Select<KwicSort>
          className="kwic-sort"
          value={state.kwicSort}
          data-testid="kwic-sort"
          prefix={t('kwic.sort.label')}
          aria-label={t('kwic.sort.label')}
          options={KWIC_SORTS.map((sort) => ({ value: sort, label: t(`kwic.sort.${sort}`) }))}
          onChange={(kwicSort) => update({ kwicSort })}
        />
        <span className="panel-toolbar-spacer" />
        {data && (
          <Typography.Text type="secondary" className="kwic-count" data-testid="kwic-count">
            {data.lines.length < data.total
              ? t('kwic.countLimited', {
                  total: number(data.total),
                  shown: number(data.lines.length),
                })
              : t('kwic.count', { total: number(data.total) })}
          </Typography.Text>
        )}
        <Button
          icon={<DownloadOutlined />}
          data-testid="kwic-export"
          disabled={!data || data.lines.length === 0}
          onClick={exportCsv}
        >
          {t('kwic.export')}
        </Button>
      </div>
      {request === null && (
        <Empty
          className="search-empty"
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('kwic.intro')}
        />
      )}
      {request !== null && kwic.isError && (
        <Alert type="error" showIcon title={describeError(kwic.error).message} />
      )}
      {data && (
        <KwicTable lines={data.lines} query={termAsQuery(term)} stale={kwic.isPlaceholderData} />
      )}
    </div>
  );
}

import { BookOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Segmented, Select, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, FrequencyGroup } from '../../../../../shared/domain';
import { useFrequencies, type FrequencyRequest } from '../../../api/searchQueries';
import { describeError } from '../../../components/describeError';
import { useFormatters } from '../../../format';
import { searchFilterOptions } from '../filterOptions';
import {
  FREQ_SCOPES,
  FREQ_TOPS,
  searchFilters,
  type FreqScope,
  type FreqTop,
  type SearchState,
  type SearchUpdate,
} from '../searchState';
import { FrequencyChart } from './FrequencyChart';
import { orderGroups, sharedAxisMax } from './frequencyModel';
import { FrequencyTable } from './FrequencyTable';
import { StopwordsEditor } from './StopwordsEditor';
import { UserTermsEditor } from './UserTermsEditor';

interface FrequencyPanelProps {
  state: SearchState;
  update: SearchUpdate;
  documents: readonly DocumentSummary[];
}

function frequencyRequest(state: SearchState): FrequencyRequest | null {
  // The panel picks its own towns; the shared filters still narrow years, kinds and regions.
  const filters = searchFilters({ ...state, towns: [] });
  if (state.freqScope === 'library') return { by: 'library', filters, top: state.freqTop };
  if (state.freqTowns.length === 0) return null;
  return { by: 'town', filters: { ...filters, towns: state.freqTowns }, top: state.freqTop };
}

function TownPicker({ state, update, documents }: FrequencyPanelProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const options = useMemo(() => searchFilterOptions(documents).towns, [documents]);
  return (
    <Select<string[]>
      mode="multiple"
      allowClear
      className="freq-towns"
      data-testid="freq-towns"
      placeholder={t('freq.pickTowns')}
      aria-label={t('freq.pickTowns')}
      maxTagCount="responsive"
      value={state.freqTowns}
      options={options.map((option) => ({
        value: option.value,
        label: option.value,
        count: option.count,
      }))}
      optionRender={(option) => (
        <span className="facet-option">
          <span>{option.label}</span>
          <span className="facet-option-count tabular">{number(Number(option.data.count))}</span>
        </span>
      )}
      onChange={(freqTowns) => update({ freqTowns })}
    />
  );
}

type Editor = 'stopwords' | 'dictionary' | null;

/** Top words per town (or of the whole library), as side-by-side charts and one table. */
export default function FrequencyPanel(props: FrequencyPanelProps) {
  const { state, update } = props;
  const { t } = useTranslation();
  const [editor, setEditor] = useState<Editor>(null);
  const request = useMemo(() => frequencyRequest(state), [state]);
  const frequencies = useFrequencies(request);
  const data = request ? frequencies.data : undefined;
  const groups = useMemo(
    () => orderGroups(data?.groups ?? [], state.freqScope === 'towns' ? state.freqTowns : []),
    [data, state.freqScope, state.freqTowns],
  );
  const axisMax = useMemo(() => sharedAxisMax(groups), [groups]);
  const labelOf = useCallback(
    (group: FrequencyGroup) => (group.key === 'library' ? t('freq.library') : group.label),
    [t],
  );

  return (
    <div className="freq-panel">
      <div className="panel-toolbar">
        <Segmented<FreqScope>
          value={state.freqScope}
          data-testid="freq-scope"
          options={FREQ_SCOPES.map((scope) => ({ value: scope, label: t(`freq.scope.${scope}`) }))}
          onChange={(freqScope) => update({ freqScope })}
        />
        {state.freqScope === 'towns' && <TownPicker {...props} />}
        <Segmented<FreqTop>
          value={state.freqTop}
          data-testid="freq-top"
          options={FREQ_TOPS.map((top) => ({ value: top, label: t('freq.top', { count: top }) }))}
          onChange={(freqTop) => update({ freqTop })}
        />
        <span className="panel-toolbar-spacer" />
        <Button
          icon={<StopOutlined />}
          onClick={() => setEditor('stopwords')}
          data-testid="stopwords-open"
        >
          {t('freq.stopwords.open')}
        </Button>
        <Button
          icon={<BookOutlined />}
          onClick={() => setEditor('dictionary')}
          data-testid="dictionary-open"
        >
          {t('freq.dictionary.open')}
        </Button>
      </div>
      {state.freqScope === 'towns' && state.freqTowns.length < 2 && (
        <Typography.Text type="secondary" className="freq-hint">
          {t('freq.pickHint')}
        </Typography.Text>
      )}
      {request === null && (
        <Empty
          className="search-empty"
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('freq.intro')}
        />
      )}
      {request !== null && frequencies.isError && (
        <Alert type="error" showIcon title={describeError(frequencies.error).message} />
      )}
      {data && groups.length === 0 && (
        <Empty
          className="search-empty"
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('freq.noData')}
        />
      )}
      {groups.length > 0 && (
        <div className={frequencies.isPlaceholderData ? 'freq-body freq-body-stale' : 'freq-body'}>
          <div className="freq-charts">
            {groups.map((group) => (
              <FrequencyChart
                key={group.key}
                group={group}
                label={labelOf(group)}
                axisMax={axisMax}
              />
            ))}
          </div>
          <Typography.Text type="secondary" className="freq-note">
            {t('freq.note')}
          </Typography.Text>
          <FrequencyTable groups={groups} labelOf={labelOf} />
        </div>
      )}
      {editor === 'stopwords' && <StopwordsEditor onClose={() => setEditor(null)} />}
      {editor === 'dictionary' && <UserTermsEditor onClose={() => setEditor(null)} />}
    </div>
  );
}

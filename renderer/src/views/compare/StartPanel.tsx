import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Segmented, Tooltip } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, Tag } from '../../../../shared/domain';
import { TagPicker } from '../../codebook/TagPicker';
import { FacetSelect } from '../library/FacetSelect';
import { searchFilterOptions } from '../search/filterOptions';
import { compareTheme, THEME_KINDS, type CompareState, type ThemeKind } from './compareState';
import { YearSelect } from '../../components/YearSelect';

interface StartPanelProps {
  /** What the panel starts from: the comparison on screen, or nothing. */
  seed: CompareState;
  documents: readonly DocumentSummary[];
  tags: readonly Tag[];
  running: boolean;
  onRun(state: CompareState): void;
}

/** The theme's own input: a query, a tag from the codebook, or the section brought along. */
function ThemeInput({
  draft,
  tags,
  onChange,
  onRun,
}: {
  draft: CompareState;
  tags: readonly Tag[];
  onChange(change: Partial<CompareState>): void;
  onRun(): void;
}) {
  const { t } = useTranslation();
  if (draft.kind === 'tag') {
    return (
      <TagPicker
        className="compare-theme-input"
        tags={tags}
        placeholder={tags.length === 0 ? t('compare.start.noTags') : t('compare.start.tag')}
        testId="compare-tag-input"
        value={draft.tag}
        onChange={(tag) => onChange({ tag })}
      />
    );
  }
  if (draft.kind === 'section') {
    return (
      <Tooltip title={t('compare.start.sectionHint')}>
        <Input
          className="compare-theme-input"
          readOnly
          data-testid="compare-section-input"
          value={
            draft.section === null
              ? ''
              : draft.label || t('compare.start.sectionValue', { id: draft.section })
          }
          placeholder={t('compare.start.sectionPlaceholder')}
        />
      </Tooltip>
    );
  }
  return (
    <Input
      className="compare-theme-input"
      allowClear
      prefix={<SearchOutlined className="search-box-icon" />}
      placeholder={t('compare.start.query')}
      aria-label={t('compare.start.query')}
      data-testid="compare-query-input"
      value={draft.q}
      onChange={(event) => onChange({ q: event.target.value })}
      onPressEnter={(event) => {
        if (!event.nativeEvent.isComposing) onRun();
      }}
    />
  );
}

/**
 * 开始比较: what to compare (a query, a tag or a section), across which towns and years. Runs
 * only on 比较 (or Enter), as comparing reads every town's sections.
 */
export function StartPanel({ seed, documents, tags, running, onRun }: StartPanelProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CompareState>({ ...seed, id: null });
  const options = useMemo(() => searchFilterOptions(documents), [documents]);
  const same = useCallback((value: string) => value, []);
  const change = (next: Partial<CompareState>) => setDraft((current) => ({ ...current, ...next }));
  const ready = compareTheme(draft) !== null;
  const run = () => {
    if (ready) onRun(draft);
  };
  const kinds = THEME_KINDS.filter((kind) => kind !== 'section' || draft.section !== null);

  return (
    <section
      className="compare-start"
      data-testid="compare-start"
      aria-label={t('compare.start.label')}
    >
      <div className="compare-start-theme">
        <Segmented<ThemeKind>
          value={draft.kind}
          data-testid="compare-kind"
          options={kinds.map((kind) => ({ value: kind, label: t(`compare.themeKind.${kind}`) }))}
          onChange={(kind) => change({ kind })}
        />
        <ThemeInput draft={draft} tags={tags} onChange={change} onRun={run} />
      </div>
      <div className="compare-start-scope">
        <FacetSelect
          label={t('compare.start.allTowns')}
          options={options.towns}
          value={draft.towns}
          onChange={(towns) => change({ towns })}
          describe={same}
          width={220}
          testId="compare-towns"
        />
        <span className="search-year-range">
          <YearSelect
            years={
              draft.yearTo === null
                ? options.years
                : options.years.filter((y) => y <= (draft.yearTo ?? y))
            }
            value={draft.yearFrom}
            placeholder={t('search.filters.yearFrom')}
            testId="compare-year-from"
            onChange={(yearFrom) => change({ yearFrom })}
          />
          <span className="search-year-dash" aria-hidden>
            –
          </span>
          <YearSelect
            years={
              draft.yearFrom === null
                ? options.years
                : options.years.filter((y) => y >= (draft.yearFrom ?? y))
            }
            value={draft.yearTo}
            placeholder={t('search.filters.yearTo')}
            testId="compare-year-to"
            onChange={(yearTo) => change({ yearTo })}
          />
        </span>
        <Button
          type="primary"
          data-testid="compare-run"
          disabled={!ready}
          loading={running}
          onClick={run}
        >
          {t('compare.start.run')}
        </Button>
      </div>
    </section>
  );
}

import { FolderOpenOutlined } from '@ant-design/icons';
import { Button, Drawer, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/domain';
import { ApiError } from '../../api/client';
import { useTags } from '../../api/codingQueries';
import { useComparison, useComparisons } from '../../api/compareQueries';
import { useDocuments } from '../../api/queries';
import { QueryError } from '../../components/QueryError';
import { navigate, type RouteParams } from '../../router';
import { ComparisonBody } from './ComparisonBody';
import type { SectionLabel } from './compareModel';
import {
  comparisonRequest,
  goToCompare,
  stateOf,
  useCompareState,
  type CompareState,
} from './compareState';
import { rememberCompare } from './lastCompare';
import { SavedComparisons } from './SavedComparisons';
import { StartPanel } from './StartPanel';

const NO_TAGS: readonly Tag[] = [];

/** Before anything is compared: what the view does, and the comparisons saved so far. */
function CompareIntro({ tags }: { tags: ReadonlyMap<number, Tag> }) {
  const { t } = useTranslation();
  return (
    <div className="compare-intro">
      <Typography.Paragraph type="secondary" className="compare-intro-text">
        {t('compare.intro')}
      </Typography.Paragraph>
      <Typography.Title level={5} className="compare-intro-title">
        {t('compare.saved.title')}
      </Typography.Title>
      <SavedComparisons tags={tags} currentId={null} onDeletedCurrent={() => undefined} />
    </div>
  );
}

function isTransient(error: unknown): boolean {
  return !(error instanceof ApiError) || error.code === 'INTERNAL';
}

/** 比较: one theme across towns, side by side. */
export function CompareView({ params }: { params: RouteParams | undefined }) {
  const { t } = useTranslation();
  const state = useCompareState(params);
  const request = useMemo(() => comparisonRequest(state), [state]);
  const comparison = useComparison(request);
  const documents = useDocuments();
  const tagsQuery = useTags();
  const saved = useComparisons();
  const tags = tagsQuery.data ?? NO_TAGS;
  const tagIndex = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags]);
  const [drawer, setDrawer] = useState(false);

  useEffect(() => {
    rememberCompare(window.location.hash);
  }, [params]);

  const result = request ? comparison.data : undefined;
  // A saved comparison fills the start panel with its own theme and scope once it is loaded.
  const seed: CompareState =
    state.id !== null && result && result.id === state.id
      ? stateOf(result.theme, result.scope)
      : state;
  const savedCount = saved.data?.length ?? 0;
  const sectionLabel = useMemo<SectionLabel | null>(
    () =>
      state.kind === 'section' && state.section !== null && state.label !== ''
        ? { value: String(state.section), text: state.label }
        : null,
    [state.kind, state.section, state.label],
  );

  let body;
  if (!request) body = <CompareIntro tags={tagIndex} />;
  else if (result)
    body = (
      <ComparisonBody
        key={result.id ?? 'ad-hoc'}
        result={result}
        tags={tags}
        tagIndex={tagIndex}
        sectionLabel={sectionLabel}
        stale={comparison.isPlaceholderData}
        fetching={comparison.isFetching}
      />
    );
  else if (comparison.isError)
    body = (
      <QueryError
        error={comparison.error}
        title={t('compare.failed')}
        onRetry={isTransient(comparison.error) ? () => void comparison.refetch() : undefined}
      />
    );
  else body = <Skeleton active paragraph={{ rows: 12 }} />;

  return (
    <div className="view compare-view">
      <header className="view-header">
        <Typography.Title level={3} className="view-title">
          {t('compare.title')}
        </Typography.Title>
        {/* The start page lists them already. */}
        {request && (
          <Button
            icon={<FolderOpenOutlined />}
            data-testid="compare-saved-open"
            onClick={() => setDrawer(true)}
          >
            {t('compare.saved.open', { count: savedCount })}
          </Button>
        )}
      </header>
      <StartPanel
        key={JSON.stringify(seed)}
        seed={seed}
        documents={documents.data ?? []}
        tags={tags}
        running={request !== null && comparison.isFetching}
        onRun={(next) => goToCompare(next)}
      />
      {body}
      <Drawer
        open={drawer}
        size={440}
        title={t('compare.saved.title')}
        onClose={() => setDrawer(false)}
      >
        <SavedComparisons
          tags={tagIndex}
          currentId={state.id}
          onOpen={() => setDrawer(false)}
          onDeletedCurrent={() => {
            setDrawer(false);
            navigate({ view: 'compare' }, { replace: true });
          }}
        />
      </Drawer>
    </div>
  );
}

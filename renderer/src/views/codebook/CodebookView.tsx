import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Dropdown, Skeleton, Space, Tabs, Typography } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/domain';
import { useTags } from '../../api/codingQueries';
import { useDocuments } from '../../api/queries';
import { buildTagTree, type TagNode } from '../../codebook/tagTree';
import { QueryError } from '../../components/QueryError';
import type { RouteParams } from '../../router';
import { compareHref } from '../compare/compareState';
import { CodebookPanel } from './CodebookPanel';
import { useCodebookState, type CodebookTab } from './codebookState';
import { EmptyCodebook } from './EmptyCodebook';
import { rememberCodebook } from './lastCodebook';
import { TagDialogs, type TagDialog } from './TagDialogs';
import type { TagAction } from './TagNodeTitle';
import { useTagActions } from './useTagActions';

// The matrix brings ECharts; load it when the tab is opened.
const MatrixTab = lazy(() => import('./matrix/MatrixTab'));

const NO_TAGS: readonly Tag[] = [];

/** 编码: the codebook with each tag's coded passages, and the code × town matrix. */
export function CodebookView({ params }: { params: RouteParams | undefined }) {
  const { t } = useTranslation();
  const [state, update] = useCodebookState(params);
  const tagsQuery = useTags();
  const documents = useDocuments();
  const tags = tagsQuery.data ?? NO_TAGS;
  const tree = useMemo(() => buildTagTree(tags), [tags]);
  const tagIndex = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags]);
  const actions = useTagActions();
  const [dialog, setDialog] = useState<TagDialog>(null);

  useEffect(() => {
    rememberCodebook(window.location.hash);
  }, [params]);

  const onAction = (action: TagAction, node: TagNode) => {
    if (action === 'addChild') setDialog({ kind: 'create', parentId: node.tag.id });
    else if (action === 'edit') setDialog({ kind: 'edit', tag: node.tag });
    else if (action === 'merge') setDialog({ kind: 'merge', node });
    else if (action === 'compare')
      window.location.hash = compareHref({ kind: 'tag', value: String(node.tag.id) });
    else
      actions.confirmDelete(node, () => {
        if (state.tag === node.tag.id) update({ tag: null }, { replace: true });
      });
  };

  const empty = tagsQuery.isSuccess && tags.length === 0;
  const header = (
    <header className="view-header">
      <Typography.Title level={3} className="view-title">
        {t('codebook.title')}
      </Typography.Title>
      {!empty && (
        <Space>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'starter', label: t('codebook.starter'), disabled: actions.addingStarter },
              ],
              onClick: () => actions.addStarter(),
            }}
          >
            <Button data-testid="codebook-more">
              {t('codebook.more')} <DownOutlined />
            </Button>
          </Dropdown>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="tag-create"
            onClick={() => setDialog({ kind: 'create', parentId: state.tag })}
          >
            {t('codebook.create')}
          </Button>
        </Space>
      )}
    </header>
  );

  let body;
  if (tagsQuery.isPending) body = <Skeleton active paragraph={{ rows: 10 }} />;
  else if (tagsQuery.isError && !tagsQuery.data)
    body = <QueryError error={tagsQuery.error} onRetry={() => void tagsQuery.refetch()} />;
  else if (empty)
    body = (
      <EmptyCodebook
        loading={actions.addingStarter}
        onStarter={actions.addStarter}
        onCreate={() => setDialog({ kind: 'create', parentId: null })}
      />
    );
  else
    body = (
      <Tabs
        className="codebook-tabs"
        activeKey={state.tab}
        destroyOnHidden
        onChange={(tab) => update({ tab: tab as CodebookTab })}
        items={[
          {
            key: 'tags',
            label: t('codebook.tabs.tags'),
            children: (
              <CodebookPanel
                tree={tree}
                tagIndex={tagIndex}
                documents={documents.data ?? []}
                selected={state.tag}
                includeChildren={state.includeChildren}
                onSelect={(tag) => update({ tag })}
                onIncludeChildren={(includeChildren) =>
                  update({ includeChildren }, { replace: true })
                }
                onMove={actions.move}
                onAction={onAction}
              />
            ),
          },
          {
            key: 'matrix',
            label: t('codebook.tabs.matrix'),
            children: (
              <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
                <MatrixTab state={state} update={update} tags={tags} tagIndex={tagIndex} />
              </Suspense>
            ),
          },
        ]}
      />
    );

  return (
    <div className="view codebook-view">
      {header}
      {body}
      <TagDialogs
        dialog={dialog}
        tags={tags}
        tagIndex={tagIndex}
        actions={actions}
        onClose={() => setDialog(null)}
        onShow={(tag) => update({ tag, tab: 'tags' })}
      />
    </div>
  );
}

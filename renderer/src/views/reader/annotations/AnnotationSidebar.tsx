import { Empty, Skeleton, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Tag } from '../../../../../shared/domain';
import { useFormatters } from '../../../format';
import { AnnotationEditor } from './AnnotationEditor';
import { AnnotationItem } from './AnnotationItem';
import { byTextOrder } from './annotationMarks';
import { DocumentMemo } from './DocumentMemo';
import type { AnnotationActions } from './useAnnotationActions';

interface AnnotationSidebarProps {
  docId: number;
  annotations: readonly Annotation[] | undefined;
  tags: readonly Tag[];
  tagIndex: ReadonlyMap<number, Tag>;
  activeId: number | null;
  actions: AnnotationActions;
  onJump(annotation: Annotation): void;
}

interface ListProps {
  items: readonly Annotation[];
  tagIndex: ReadonlyMap<number, Tag>;
  activeId: number | null;
  onJump(annotation: Annotation): void;
  onEdit(annotation: Annotation): void;
  onDelete(annotation: Annotation): void;
}

function AnnotationList({ items, tagIndex, activeId, onJump, onEdit, onDelete }: ListProps) {
  return (
    <ul className="annotation-list">
      {items.map((annotation) => (
        <AnnotationItem
          key={annotation.id}
          annotation={annotation}
          tags={tagIndex}
          active={annotation.id === activeId}
          onJump={onJump}
          onEdit={onEdit}
          onDelete={onDelete}
        />
      ))}
    </ul>
  );
}

/**
 * The right-hand column of the Reader: the document memo, then every annotation in text order;
 * those whose passage was lost when the text changed wait in their own group (需要处理).
 */
export function AnnotationSidebar({
  docId,
  annotations,
  tags,
  tagIndex,
  activeId,
  actions,
  onJump,
}: AnnotationSidebarProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const [editing, setEditing] = useState<Annotation | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const { anchored, lost } = useMemo(() => {
    const all = [...(annotations ?? [])].sort(byTextOrder);
    return {
      anchored: all.filter((a) => a.status === 'anchored'),
      lost: all.filter((a) => a.status === 'needs_attention'),
    };
  }, [annotations]);

  useEffect(() => {
    if (activeId === null) return;
    listRef.current
      ?.querySelector(`[data-annotation-id="${activeId}"]`)
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [activeId]);

  const { remove } = actions;
  const onDelete = useCallback((annotation: Annotation) => void remove(annotation.id), [remove]);
  const listProps = { tagIndex, activeId, onJump, onEdit: setEditing, onDelete };

  return (
    <aside
      className="annotation-sidebar"
      data-testid="annotation-sidebar"
      aria-label={t('annotate.sidebar.label')}
    >
      <DocumentMemo docId={docId} />
      <div className="annotation-scroll" ref={listRef}>
        {lost.length > 0 && (
          <section
            className="annotation-group annotation-group-attention"
            data-testid="annotation-attention-group"
          >
            <div className="sidebar-heading sidebar-heading-attention">
              <span>{t('annotate.sidebar.needsAttention')}</span>
              <span className="sidebar-count tabular">{number(lost.length)}</span>
            </div>
            <Typography.Text type="secondary" className="sidebar-note">
              {t('annotate.sidebar.needsAttentionHint')}
            </Typography.Text>
            <AnnotationList items={lost} {...listProps} />
          </section>
        )}
        <section className="annotation-group">
          <div className="sidebar-heading">
            <span>{t('annotate.sidebar.title')}</span>
            <span className="sidebar-count tabular">{number(anchored.length)}</span>
          </div>
          {annotations === undefined ? (
            <Skeleton active paragraph={{ rows: 3 }} title={false} />
          ) : anchored.length === 0 ? (
            <Empty
              className="annotation-empty"
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('annotate.sidebar.empty')}
            />
          ) : (
            <AnnotationList items={anchored} {...listProps} />
          )}
        </section>
      </div>
      {editing && (
        <AnnotationEditor
          title={t('annotate.editor.edit')}
          quote={editing.quote}
          tags={tags}
          initial={{ tagIds: editing.tagIds, comment: editing.comment }}
          requireComment={false}
          busy={actions.updating}
          onSave={(draft) =>
            void actions.update(editing.id, draft).then((ok) => ok && setEditing(null))
          }
          onClose={() => setEditing(null)}
        />
      )}
    </aside>
  );
}

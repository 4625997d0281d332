import { DeleteOutlined, EditOutlined, WarningOutlined } from '@ant-design/icons';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Tag } from '../../../../../shared/domain';
import { UNTAGGED_COLOR } from '../../../codebook/colors';
import { TagChip } from '../../../codebook/TagChip';
import IconButton from '../../../components/IconButton';
import { annotationColor } from './annotationMarks';

interface AnnotationItemProps {
  annotation: Annotation;
  tags: ReadonlyMap<number, Tag>;
  active: boolean;
  onJump(annotation: Annotation): void;
  onEdit(annotation: Annotation): void;
  onDelete(annotation: Annotation): void;
}

/** One annotation in the sidebar: the passage, its tags and comment; click to go there. */
export const AnnotationItem = memo(function AnnotationItem({
  annotation,
  tags,
  active,
  onJump,
  onEdit,
  onDelete,
}: AnnotationItemProps) {
  const { t } = useTranslation();
  const known = annotation.tagIds.map((id) => tags.get(id)).filter((tag): tag is Tag => !!tag);
  const lost = annotation.status === 'needs_attention';
  const color = known.length > 0 ? annotationColor(annotation, tags) : UNTAGGED_COLOR;
  return (
    <li
      className={active ? 'annotation-item annotation-item-active' : 'annotation-item'}
      data-testid="annotation-item"
      data-annotation-id={annotation.id}
      data-status={annotation.status}
      style={{ borderInlineStartColor: color }}
    >
      <button
        type="button"
        className="annotation-item-body"
        onClick={() => onJump(annotation)}
        disabled={lost}
        title={lost ? undefined : t('annotate.sidebar.jump')}
      >
        <span className="annotation-quote" lang="zh-CN">
          {annotation.quote}
        </span>
      </button>
      {lost && annotation.attentionReason && (
        <div className="annotation-attention" data-testid="annotation-attention">
          <WarningOutlined /> {annotation.attentionReason}
        </div>
      )}
      <div className="annotation-item-foot">
        <div className="annotation-item-tags">
          {known.length > 0 ? (
            known.map((tag) => <TagChip key={tag.id} tag={tag} small />)
          ) : (
            <span className="annotation-kind">
              {annotation.comment ? t('annotate.kind.comment') : t('annotate.kind.highlight')}
            </span>
          )}
        </div>
        <span className="annotation-item-actions">
          <IconButton
            label={t('annotate.sidebar.edit')}
            icon={<EditOutlined />}
            onClick={() => onEdit(annotation)}
            testId="annotation-edit"
          />
          <IconButton
            label={t('annotate.sidebar.delete')}
            icon={<DeleteOutlined />}
            onClick={() => onDelete(annotation)}
            testId="annotation-delete"
          />
        </span>
      </div>
      {annotation.comment && (
        <p className="annotation-comment" data-testid="annotation-comment">
          {annotation.comment}
        </p>
      )}
    </li>
  );
});

import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../../shared/domain';
import { MultiTagPicker } from '../../../codebook/TagPicker';

export interface AnnotationDraft {
  tagIds: number[];
  comment: string;
}

interface AnnotationEditorProps {
  title: string;
  quote: string;
  tags: readonly Tag[];
  initial: AnnotationDraft;
  /** A new comment needs text; an edit may clear everything but the passage. */
  requireComment: boolean;
  busy: boolean;
  onSave(draft: AnnotationDraft): void;
  onClose(): void;
}

/**
 * The tags and comment of one passage, for a new comment (批注) or to edit an annotation.
 * Mounted only while open, so every opening starts from `initial`.
 */
export function AnnotationEditor({
  title,
  quote,
  tags,
  initial,
  requireComment,
  busy,
  onSave,
  onClose,
}: AnnotationEditorProps) {
  const { t } = useTranslation();
  const [tagIds, setTagIds] = useState(initial.tagIds);
  const [comment, setComment] = useState(initial.comment);
  const blocked = requireComment && comment.trim() === '';
  return (
    <Modal
      open
      title={title}
      width={520}
      okText={t('annotate.editor.save')}
      cancelText={t('annotate.editor.cancel')}
      okButtonProps={{ disabled: blocked, loading: busy }}
      onOk={() => onSave({ tagIds, comment: comment.trim() })}
      onCancel={onClose}
    >
      <div data-testid="annotation-editor">
        <blockquote className="palette-quote" lang="zh-CN">
          {quote}
        </blockquote>
        <Form layout="vertical" className="annotation-editor-form">
          <Form.Item label={t('annotate.editor.tags')}>
            <MultiTagPicker
              tags={tags}
              placeholder={t('annotate.editor.tagsPlaceholder')}
              value={tagIds}
              onChange={setTagIds}
              testId="annotation-editor-tags"
            />
          </Form.Item>
          <Form.Item label={t('annotate.editor.comment')}>
            <Input.TextArea
              autoFocus
              autoSize={{ minRows: 3, maxRows: 10 }}
              data-testid="annotation-editor-comment"
              value={comment}
              maxLength={20_000}
              onChange={(event) => setComment(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !blocked) {
                  onSave({ tagIds, comment: comment.trim() });
                }
              }}
            />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}

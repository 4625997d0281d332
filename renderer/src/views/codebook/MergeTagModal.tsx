import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/domain';
import { TagPicker } from '../../codebook/TagPicker';
import { subtreeIds, type TagNode } from '../../codebook/tagTree';
import { useFormatters } from '../../format';

interface MergeTagModalProps {
  source: TagNode;
  tags: readonly Tag[];
  busy: boolean;
  onMerge(targetId: number): void;
  onClose(): void;
}

/** Merges a tag into another: pick the target, read what will happen, confirm. */
export function MergeTagModal({ source, tags, busy, onMerge, onClose }: MergeTagModalProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const [target, setTarget] = useState<number | null>(null);
  const excluded = subtreeIds(source);
  const targetTag = tags.find((tag) => tag.id === target);
  return (
    <Modal
      open
      title={t('codebook.merge.title', { name: source.tag.name })}
      okText={t('codebook.merge.confirm')}
      cancelText={t('codebook.form.cancel')}
      okButtonProps={{ disabled: target === null, loading: busy, danger: true }}
      onOk={() => target !== null && onMerge(target)}
      onCancel={onClose}
      width={480}
    >
      <Form layout="vertical" data-testid="merge-form">
        <Form.Item label={t('codebook.merge.target')}>
          <TagPicker
            tags={tags}
            excluded={excluded}
            placeholder={t('codebook.merge.targetPlaceholder')}
            value={target}
            onChange={setTarget}
            testId="merge-target"
          />
        </Form.Item>
      </Form>
      {targetTag && (
        <Alert
          type="warning"
          showIcon
          title={t('codebook.merge.effect', {
            source: source.tag.name,
            target: targetTag.name,
            count: source.tag.passageCount,
            formatted: number(source.tag.passageCount),
          })}
          description={t('codebook.merge.undoHint')}
        />
      )}
    </Modal>
  );
}

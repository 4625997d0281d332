import { Alert, Button, Empty, Modal, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFilters } from '../../../../../shared/domain';
import { useAutocode, useAutocodePreview, useTags } from '../../../api/codingQueries';
import { TagPicker } from '../../../codebook/TagPicker';
import { describeError } from '../../../components/describeError';
import { useUndoableToast } from '../../../components/undo/useUndoRedo';
import { useNotifyError } from '../../../components/useNotifyError';
import { useFormatters } from '../../../format';

interface AutocodeModalProps {
  query: string;
  filters: SearchFilters;
  onClose(): void;
}

/** The preview: how many passages would be coded, how many already are, and a few of them. */
function AutocodePreviewView({
  query,
  filters,
  tagId,
  tagName,
}: {
  query: string;
  filters: SearchFilters;
  tagId: number;
  tagName: string;
}) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const request = useMemo(
    () => ({ query, tagId, ...(Object.keys(filters).length > 0 ? { filters } : {}) }),
    [query, tagId, filters],
  );
  const preview = useAutocodePreview(request);
  if (preview.isPending) return <Skeleton active paragraph={{ rows: 4 }} title={false} />;
  if (preview.isError)
    return <Alert type="error" showIcon title={describeError(preview.error).message} />;
  const { matches, alreadyCoded, documents, sample } = preview.data;
  if (matches === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('autocode.noMatches')} />;
  }
  return (
    <div className="autocode-preview" data-testid="autocode-preview">
      <Alert
        type="info"
        showIcon
        title={t('autocode.summary', {
          added: number(Math.max(matches - alreadyCoded, 0)),
          already: number(alreadyCoded),
          documents: number(documents),
          tag: tagName,
        })}
        description={t('autocode.summaryDetail', { matches: number(matches) })}
      />
      {sample.length > 0 && (
        <>
          <Typography.Text type="secondary" className="autocode-sample-title">
            {t('autocode.sample')}
          </Typography.Text>
          <ul className="autocode-sample">
            {sample.map((item, i) => (
              <li key={`${item.docId}-${i}`}>
                <span className="autocode-sample-where">
                  {[item.town, item.title].filter(Boolean).join(' · ')}
                </span>
                <span className="autocode-sample-quote" lang="zh-CN">
                  {item.quote}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * 将检索结果编码为…: every occurrence of the current search becomes a passage coded with the
 * picked tag. A preview comes first; the change is one undo step.
 */
export function AutocodeModal({ query, filters, onClose }: AutocodeModalProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const tags = useTags();
  const autocode = useAutocode();
  const notifyError = useNotifyError();
  const undoableToast = useUndoableToast();
  const [tagId, setTagId] = useState<number | null>(null);
  const tag = tags.data?.find((item) => item.id === tagId);

  const confirm = () => {
    if (tagId === null) return;
    const request = { query, tagId, ...(Object.keys(filters).length > 0 ? { filters } : {}) };
    autocode.mutate(request, {
      onSuccess: (result) => {
        onClose();
        undoableToast(
          t('autocode.done', {
            created: number(result.created),
            already: number(result.alreadyCoded),
            tag: tag?.name ?? '',
          }),
        );
      },
      onError: (error) => notifyError(error, t('autocode.failed')),
    });
  };

  return (
    <Modal
      open
      title={t('autocode.title', { query })}
      width={600}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('autocode.cancel')}
        </Button>,
        <Button
          key="confirm"
          type="primary"
          disabled={tagId === null}
          loading={autocode.isPending}
          data-testid="autocode-confirm"
          onClick={confirm}
        >
          {t('autocode.confirm')}
        </Button>,
      ]}
      modalRender={(node) => <div data-testid="autocode-modal">{node}</div>}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('autocode.intro')}</Typography.Paragraph>
      <TagPicker
        tags={tags.data ?? []}
        placeholder={t('autocode.pickTag')}
        value={tagId}
        onChange={setTagId}
        testId="autocode-tag"
        className="autocode-tag"
      />
      {tags.data && tags.data.length === 0 && (
        <Typography.Paragraph type="secondary" className="autocode-no-tags">
          {t('autocode.noTags')} <a href="#/codebook">{t('autocode.toCodebook')}</a>
        </Typography.Paragraph>
      )}
      {tagId !== null && (
        <AutocodePreviewView
          query={query}
          filters={filters}
          tagId={tagId}
          tagName={tag?.name ?? ''}
        />
      )}
    </Modal>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Modal, Skeleton, Space, Tag, Typography, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddUserTerm, useRemoveUserTerm, useUserTerms } from '../../../api/searchQueries';
import { describeError } from '../../../components/describeError';

const MIN_TERM = 2;
const MAX_TERM = 20;

function AddTerm() {
  const { t } = useTranslation();
  const add = useAddUserTerm();
  const [term, setTerm] = useState('');
  const length = [...term.trim()].length;
  const valid = length >= MIN_TERM && length <= MAX_TERM;
  const submit = () => {
    if (!valid) return;
    add.mutate(term.trim(), { onSuccess: () => setTerm('') });
  };
  return (
    <div className="user-terms-add">
      <Space.Compact className="user-terms-add-row">
        <Input
          value={term}
          maxLength={MAX_TERM}
          placeholder={t('freq.dictionary.placeholder')}
          aria-label={t('freq.dictionary.placeholder')}
          data-testid="user-term-input"
          onChange={(event) => setTerm(event.target.value)}
          onPressEnter={submit}
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={!valid}
          loading={add.isPending}
          onClick={submit}
          data-testid="user-term-add"
        >
          {t('freq.dictionary.add')}
        </Button>
      </Space.Compact>
      {term.trim() !== '' && !valid && (
        <Typography.Text type="secondary" className="editor-count">
          {t('freq.dictionary.length', { min: MIN_TERM, max: MAX_TERM })}
        </Typography.Text>
      )}
      {add.isError && (
        <Alert
          className="editor-alert"
          type="error"
          showIcon
          title={describeError(add.error).message}
        />
      )}
    </div>
  );
}

function TermList({ terms }: { terms: string[] }) {
  const { t } = useTranslation();
  const remove = useRemoveUserTerm();
  if (terms.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('freq.dictionary.empty')} />;
  }
  return (
    <>
      <div className="user-terms-list" data-testid="user-terms">
        {terms.map((term) => (
          <Tag
            key={term}
            closable
            className="user-term"
            closeIcon={<span aria-label={t('freq.dictionary.remove', { term })}>×</span>}
            onClose={(event) => {
              event.preventDefault();
              remove.mutate(term);
            }}
          >
            {term}
          </Tag>
        ))}
      </div>
      {remove.isError && (
        <Alert
          className="editor-alert"
          type="error"
          showIcon
          title={describeError(remove.error).message}
        />
      )}
    </>
  );
}

/** Words the segmenter should keep whole (place names, programme names), added or removed. */
export function UserTermsEditor({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const terms = useUserTerms();
  return (
    <Modal
      open
      title={t('freq.dictionary.title')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('freq.close')}</Button>}
    >
      <Typography.Paragraph type="secondary" className="editor-intro">
        {t('freq.dictionary.note')}
      </Typography.Paragraph>
      <AddTerm />
      {terms.data && <TermList terms={terms.data} />}
      {terms.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {terms.isError && <Alert type="error" showIcon title={describeError(terms.error).message} />}
    </Modal>
  );
}

import { Alert, App, Input, Modal, Skeleton, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetStopwords, useStopwords } from '../../../api/searchQueries';
import { describeError } from '../../../components/describeError';

const MAX_WORD = 20;
const MAX_WORDS = 5000;
// Typed loosely on purpose: ButtonProps has no room for data-* keys, though antd passes them on.
const SAVE_TEST_ID = { 'data-testid': 'stopwords-save' } as ButtonProps;

/** One word a line; blank lines and repeats dropped. */
export function parseWordList(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map((line) => line.trim()))].filter(Boolean);
}

interface StopwordsFormProps {
  initial: string[];
  onClose(): void;
}

function StopwordsForm({ initial, onClose }: StopwordsFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSetStopwords();
  const [text, setText] = useState(() => initial.join('\n'));
  const words = parseWordList(text);
  const tooLong = words.filter((word) => [...word].length > MAX_WORD);
  const problem =
    tooLong.length > 0
      ? t('freq.stopwords.tooLong', { max: MAX_WORD, words: tooLong.slice(0, 3).join('、') })
      : words.length > MAX_WORDS
        ? t('freq.stopwords.tooMany', { max: MAX_WORDS })
        : null;

  return (
    <Modal
      open
      title={t('freq.stopwords.title')}
      okText={t('freq.stopwords.save')}
      cancelText={t('freq.cancel')}
      okButtonProps={{ ...SAVE_TEST_ID, disabled: problem !== null }}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() =>
        save.mutate(words, {
          onSuccess: () => {
            message.success(t('freq.stopwords.saved'));
            onClose();
          },
        })
      }
    >
      <Typography.Paragraph type="secondary" className="editor-intro">
        {t('freq.stopwords.intro')}
      </Typography.Paragraph>
      <Input.TextArea
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoSize={{ minRows: 8, maxRows: 16 }}
        placeholder={t('freq.stopwords.placeholder')}
        aria-label={t('freq.stopwords.title')}
        data-testid="stopwords-text"
      />
      <Typography.Text type="secondary" className="editor-count">
        {t('freq.stopwords.count', { count: words.length })}
      </Typography.Text>
      {problem && <Alert className="editor-alert" type="warning" showIcon title={problem} />}
      {save.isError && (
        <Alert
          className="editor-alert"
          type="error"
          showIcon
          title={describeError(save.error).message}
        />
      )}
    </Modal>
  );
}

/** The user's own stop words (on top of the built-in list), one a line. */
export function StopwordsEditor({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const stopwords = useStopwords();
  if (stopwords.data) return <StopwordsForm initial={stopwords.data} onClose={onClose} />;
  return (
    <Modal open title={t('freq.stopwords.title')} footer={null} onCancel={onClose}>
      {stopwords.isError ? (
        <Alert type="error" showIcon title={describeError(stopwords.error).message} />
      ) : (
        <Skeleton active paragraph={{ rows: 4 }} />
      )}
    </Modal>
  );
}

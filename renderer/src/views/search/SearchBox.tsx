import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/describeError';
import { useDraft, type CommitKind } from '../../components/useDraft';

interface SearchBoxProps {
  value: string;
  /** Called after a pause in typing, and at once on Enter. */
  onCommit(value: string, kind: CommitKind): void;
  loading: boolean;
  /** The server's answer to a query it could not run, shown under the box. */
  error: unknown;
}

const SYNTAX = ['and', 'phrase', 'exclude', 'or'] as const;

/** How to write a query: each rule as a small example and what it does. */
function SyntaxHint() {
  const { t } = useTranslation();
  return (
    <div className="search-syntax" data-testid="search-syntax">
      {SYNTAX.map((rule) => (
        <span key={rule} className="search-syntax-item">
          <code>{t(`search.syntax.${rule}.example`)}</code>
          {t(`search.syntax.${rule}.text`)}
        </span>
      ))}
      <span className="search-syntax-item">{t('search.syntax.variants')}</span>
    </div>
  );
}

/** The query box: answers every keystroke, searches after a pause or on Enter. */
export function SearchBox({ value, onCommit, loading, error }: SearchBoxProps) {
  const { t } = useTranslation();
  const { draft, setDraft, confirm } = useDraft(value, onCommit);
  return (
    <div className="search-box">
      <Space.Compact className="search-box-row">
        <Input
          size="large"
          allowClear
          autoFocus
          prefix={<SearchOutlined className="search-box-icon" />}
          placeholder={t('search.placeholder')}
          aria-label={t('search.placeholder')}
          data-testid="search-input"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onPressEnter={(event) => {
            // Enter while an input method is composing picks a candidate; it is not a search.
            if (!event.nativeEvent.isComposing) confirm();
          }}
        />
        <Button size="large" type="primary" loading={loading} onClick={confirm}>
          {t('search.submit')}
        </Button>
      </Space.Compact>
      {error !== null && error !== undefined && (
        <Typography.Text
          type="danger"
          className="search-error"
          role="alert"
          data-testid="search-error"
        >
          {describeError(error).message}
        </Typography.Text>
      )}
      <SyntaxHint />
    </div>
  );
}

import { CloseOutlined, DownOutlined, LoadingOutlined, UpOutlined } from '@ant-design/icons';
import { Input, type InputRef } from 'antd';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/describeError';
import { useDraft } from '../../components/useDraft';
import { useFormatters } from '../../format';
import type { Find } from './useFind';
import IconButton from '../../components/IconButton';

function FindCount({ find }: { find: Find }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const total = find.ranges.length;
  const empty = find.query.trim() !== '' && !find.fetching && total === 0;
  return (
    <span
      className={empty ? 'find-count find-count-none' : 'find-count'}
      data-testid="find-count"
      aria-live="polite"
    >
      {find.fetching && total === 0 ? (
        <LoadingOutlined />
      ) : find.query.trim() === '' ? null : (
        t('reader.find.count', {
          current: number(total === 0 ? 0 : find.current + 1),
          total: number(total),
        })
      )}
    </span>
  );
}

/**
 * The Reader's find box, floating over the top of the text: Enter goes to the next occurrence,
 * Shift+Enter to the previous, Esc closes.
 */
export function FindBar({ find }: { find: Find }) {
  const { t } = useTranslation();
  const inputRef = useRef<InputRef>(null);
  const { draft, setDraft, confirm } = useDraft(find.query, find.setQuery);

  useEffect(() => {
    if (find.focusRequest === 0) return;
    inputRef.current?.focus({ cursor: 'all' });
  }, [find.focusRequest]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      find.close();
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      // A query still waiting out the typing pause is searched first, not stepped through.
      if (draft !== find.query) confirm();
      else if (event.shiftKey) find.previous();
      else find.next();
    }
  };

  const stepping = find.ranges.length > 0;
  return (
    <div
      className="find-bar"
      data-testid="find-bar"
      role="search"
      aria-label={t('reader.find.label')}
    >
      <Input
        ref={inputRef}
        size="small"
        variant="borderless"
        className="find-input"
        data-testid="find-input"
        placeholder={t('reader.find.placeholder')}
        aria-label={t('reader.find.placeholder')}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        suffix={<FindCount find={find} />}
      />
      <IconButton
        label={t('reader.find.previous')}
        icon={<UpOutlined />}
        disabled={!stepping}
        onClick={find.previous}
        testId="find-previous"
      />
      <IconButton
        label={t('reader.find.next')}
        icon={<DownOutlined />}
        disabled={!stepping}
        onClick={find.next}
        testId="find-next"
      />
      <IconButton
        label={t('reader.find.close')}
        icon={<CloseOutlined />}
        onClick={find.close}
        testId="find-close"
      />
      {find.error !== null && (
        <div className="find-error" role="alert">
          {describeError(find.error).message}
        </div>
      )}
    </div>
  );
}

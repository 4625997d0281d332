import { Input, Typography } from 'antd';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentMemo, useSetDocumentMemo } from '../../../api/codingQueries';
import { useNotifyError } from '../../../components/useNotifyError';

const SAVE_DELAY_MS = 800;

type Status = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * The document memo (文档备忘): free notes about the whole document, saved while typing (after a
 * pause) and when the box loses focus. There is no save button; the status line says where it is.
 */
export function DocumentMemo({ docId }: { docId: number }) {
  const { t } = useTranslation();
  const memo = useDocumentMemo(docId);
  const save = useSetDocumentMemo(docId);
  const notifyError = useNotifyError();
  const server = memo.data?.memo;
  const [draft, setDraft] = useState<string | null>(null);
  // What the server holds, as last heard; a draft equal to it has nothing left to save.
  const [saved, setSaved] = useState<string | undefined>(server);
  const [status, setStatus] = useState<Status>('idle');
  const focused = useRef(false);

  // The server's memo changed (first load, an undo): follow it unless the user is mid-edit.
  if (server !== undefined && server !== saved && (draft === null || draft === saved)) {
    setSaved(server);
    setDraft(null);
  }
  const value = draft ?? server ?? '';

  const commit = () => {
    if (draft === null || draft === saved) return;
    const text = draft;
    setStatus('saving');
    save.mutate(text, {
      onSuccess: (result) => {
        setSaved(result.memo);
        setStatus('saved');
        if (!focused.current) setDraft(null);
      },
      onError: (error) => {
        setStatus('failed');
        notifyError(error, t('annotate.memo.failed'));
      },
    });
  };
  const commitAfterPause = useEffectEvent(commit);

  useEffect(() => {
    if (draft === null || draft === saved) return;
    const timer = window.setTimeout(() => commitAfterPause(), SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, saved]);

  // Leaving the document within the typing pause still saves what was typed.
  const unsaved = useRef<string | null>(null);
  useEffect(() => {
    unsaved.current = draft !== null && draft !== saved ? draft : null;
  }, [draft, saved]);
  const { mutate } = save;
  useEffect(
    () => () => {
      if (unsaved.current !== null) mutate(unsaved.current);
    },
    [mutate],
  );

  return (
    <section className="document-memo">
      <div className="sidebar-heading">
        <span>{t('annotate.memo.title')}</span>
        <Typography.Text type="secondary" className="memo-status" aria-live="polite">
          {status === 'saving'
            ? t('annotate.memo.saving')
            : status === 'saved'
              ? t('annotate.memo.saved')
              : status === 'failed'
                ? t('annotate.memo.unsaved')
                : ''}
        </Typography.Text>
      </div>
      <Input.TextArea
        data-testid="document-memo"
        aria-label={t('annotate.memo.title')}
        placeholder={t('annotate.memo.placeholder')}
        autoSize={{ minRows: 2, maxRows: 10 }}
        maxLength={200_000}
        disabled={memo.isPending}
        value={value}
        onFocus={() => {
          focused.current = true;
        }}
        onChange={(event) => {
          setDraft(event.target.value);
          setStatus('idle');
        }}
        onBlur={() => {
          focused.current = false;
          commit();
        }}
      />
    </section>
  );
}

import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentMemo, useSetDocumentMemo } from '../../../api/codingQueries';
import { useAutosavedText } from '../../../components/useAutosavedText';
import { useNotifyError } from '../../../components/useNotifyError';
import { AutosaveStatus } from '../../../components/AutosaveStatus';

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
  const text = useAutosavedText(
    server,
    (value, callbacks) =>
      save.mutate(
        value,
        callbacks && {
          onSuccess: (result) => callbacks.onSuccess(result.memo),
          onError: callbacks.onError,
        },
      ),
    (error) => notifyError(error, t('annotate.memo.failed')),
  );
  const { status } = text;
  return (
    <section className="document-memo">
      <div className="sidebar-heading">
        <span>{t('annotate.memo.title')}</span>
        <AutosaveStatus status={status} keys="annotate.memo" className="memo-status" />
      </div>
      <Input.TextArea
        data-testid="document-memo"
        aria-label={t('annotate.memo.title')}
        placeholder={t('annotate.memo.placeholder')}
        autoSize={{ minRows: 2, maxRows: 10 }}
        maxLength={200_000}
        disabled={memo.isPending}
        value={text.value}
        onFocus={text.onFocus}
        onChange={(event) => text.onChange(event.target.value)}
        onBlur={text.onBlur}
      />
    </section>
  );
}

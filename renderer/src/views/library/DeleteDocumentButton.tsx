import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain';
import { useDeleteDocument } from '../../api/searchQueries';
import { useRestoreDeletedDocument } from '../../api/trashQueries';
import { useNotifyError } from '../../components/useNotifyError';

/**
 * A row's delete action, behind a confirmation; the document goes to the trash (the message
 * offers to undo) and the original file on disk is not touched.
 */
export function DeleteDocumentButton({ doc }: { doc: DocumentSummary }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const remove = useDeleteDocument();
  const restore = useRestoreDeletedDocument();
  return (
    <Popconfirm
      title={t('library.delete.confirm')}
      description={
        <span className="delete-confirm-detail">
          {t('library.delete.detail', { title: doc.title })}
        </span>
      }
      okText={t('library.delete.ok')}
      cancelText={t('library.delete.cancel')}
      okButtonProps={{ danger: true, loading: remove.isPending }}
      placement="left"
      onConfirm={() =>
        remove.mutateAsync(doc.id).then(
          () => {
            const key = `doc-deleted-${doc.id}`;
            const undo = () => {
              message.destroy(key);
              restore.mutateAsync(doc.id).then(
                () => void message.success(t('library.delete.restored')),
                (error: unknown) => notifyError(error, t('library.delete.restoreFailed')),
              );
            };
            void message.success({
              key,
              duration: 8,
              content: (
                <span className="doc-deleted-message">
                  {t('library.delete.done')}
                  <Button type="link" size="small" onClick={undo} data-testid="doc-delete-undo">
                    {t('library.delete.undo')}
                  </Button>
                </span>
              ),
            });
          },
          (error: unknown) => notifyError(error, t('library.delete.failed')),
        )
      }
    >
      <Tooltip title={t('library.delete.action')} mouseEnterDelay={0.4}>
        <Button
          type="text"
          size="small"
          className="doc-delete"
          icon={<DeleteOutlined />}
          aria-label={t('library.delete.action')}
          data-testid="doc-delete"
        />
      </Tooltip>
    </Popconfirm>
  );
}

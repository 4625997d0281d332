import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain';
import { useDeleteDocument } from '../../api/searchQueries';
import { useNotifyError } from '../../components/useNotifyError';

/** A row's delete action, behind a confirmation; the original file on disk is not touched. */
export function DeleteDocumentButton({ doc }: { doc: DocumentSummary }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const remove = useDeleteDocument();
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
          () => void message.success(t('library.delete.done')),
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

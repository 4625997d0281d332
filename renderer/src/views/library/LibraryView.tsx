import { DeleteOutlined } from '@ant-design/icons';
import { Button, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isJobActive } from '../../api/jobs';
import { useDocuments, useJobs } from '../../api/queries';
import { QueryError } from '../../components/QueryError';
import { navigate } from '../../router';
import { DocumentTable } from './DocumentTable';
import { DropZone } from './DropZone';
import { EmptyLibrary } from './EmptyLibrary';
import { ImportToolbar } from './ImportToolbar';
import { JobsPanel } from './JobsPanel';
import { useImportActions, type ImportActions } from './useImportActions';

interface LibraryBodyProps {
  actions: ImportActions;
  importing: boolean;
}

function LibraryBody({ actions, importing }: LibraryBodyProps) {
  const documents = useDocuments();
  if (documents.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (documents.isError) {
    return <QueryError error={documents.error} onRetry={() => void documents.refetch()} />;
  }
  if (documents.data.length === 0) return <EmptyLibrary actions={actions} importing={importing} />;
  return <DocumentTable documents={documents.data} />;
}

export function LibraryView() {
  const { t } = useTranslation();
  const actions = useImportActions();
  const { data: jobs } = useJobs();
  const importing = (jobs ?? []).some((job) => job.kind === 'import' && isJobActive(job));

  return (
    <DropZone onFiles={actions.importFiles}>
      <div className="view library-view">
        <header className="view-header">
          <Typography.Title level={3} className="view-title">
            {t('library.title')}
          </Typography.Title>
          <Space>
            <ImportToolbar actions={actions} />
            <Button
              icon={<DeleteOutlined />}
              onClick={() => navigate({ view: 'trash' })}
              data-testid="open-trash"
            >
              {t('library.trashButton')}
            </Button>
          </Space>
        </header>
        <JobsPanel />
        <LibraryBody actions={actions} importing={importing} />
      </div>
    </DropZone>
  );
}

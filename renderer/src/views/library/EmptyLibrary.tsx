import { BookOutlined } from '@ant-design/icons';
import { Button, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ImportFilesButton } from './ImportFilesButton';
import type { ImportActions } from './useImportActions';

interface EmptyLibraryProps {
  actions: ImportActions;
  /** An import is already under way; its documents will arrive shortly. */
  importing: boolean;
}

const FORMAT_KEYS = ['text', 'html', 'docx', 'pdf', 'image'] as const;

/** What the importer reads, stated as plainly as the readers behave. */
function AcceptedFormats() {
  const { t } = useTranslation();
  return (
    <div className="accepted-formats" data-testid="accepted-formats">
      <div className="accepted-formats-title">{t('library.empty.formatsTitle')}</div>
      <ul>
        {FORMAT_KEYS.map((key) => (
          <li key={key}>{t(`library.empty.formats.${key}`)}</li>
        ))}
      </ul>
    </div>
  );
}

export function EmptyLibrary({ actions, importing }: EmptyLibraryProps) {
  const { t } = useTranslation();
  return (
    <Result
      className="empty-library"
      icon={<BookOutlined className="empty-library-icon" />}
      title={t('library.empty.title')}
      subTitle={t('library.empty.description')}
      extra={
        <Space wrap>
          <Button
            type="primary"
            size="large"
            data-testid="load-samples"
            loading={actions.samplesPending || importing}
            onClick={actions.importSamples}
          >
            {t('library.empty.loadSamples')}
          </Button>
          <ImportFilesButton actions={actions} />
        </Space>
      }
    >
      <AcceptedFormats />
    </Result>
  );
}

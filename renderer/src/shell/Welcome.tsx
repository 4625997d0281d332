import { BookOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUpdatePreferences } from '../api/preferenceQueries';
import { navigate } from '../router';
import { runCommand } from '../commands/runCommand';
import { useImportActions } from '../views/library/useImportActions';

const POINTS = ['collect', 'analyse', 'report'] as const;

/**
 * The first-run greeting: what the app does, and the two ways to begin. Any choice (skipping
 * too) marks the welcome as seen; Help ▸ Welcome brings it back.
 */
export function Welcome({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const imports = useImportActions();
  const updatePreferences = useUpdatePreferences();

  const finish = () => {
    updatePreferences.mutate({ welcomeDone: true });
    navigate({ view: 'library' });
    onClose();
  };

  const loadSamples = () => {
    imports.importSamples();
    finish();
  };

  const importMine = () => {
    // Ctrl+O's picker, held by the app (it outlives this dialog); this click is the user's
    // gesture the browser asks for before opening it.
    runCommand('import-files');
    finish();
  };

  return (
    <Modal open width={560} footer={null} onCancel={finish} className="welcome" title={null}>
      <div className="welcome-body" data-testid="welcome">
        <Typography.Title level={3} className="welcome-title">
          {t('welcome.title')}
        </Typography.Title>
        <ul className="welcome-points">
          {POINTS.map((point) => (
            <li key={point}>{t(`welcome.points.${point}`)}</li>
          ))}
        </ul>
        <Space wrap className="welcome-actions">
          <Button
            type="primary"
            size="large"
            icon={<BookOutlined />}
            data-testid="welcome-samples"
            onClick={loadSamples}
          >
            {t('welcome.samples')}
          </Button>
          <Button
            size="large"
            icon={<UploadOutlined />}
            data-testid="welcome-import"
            onClick={importMine}
          >
            {t('welcome.import')}
          </Button>
          <Button type="link" data-testid="welcome-skip" onClick={finish}>
            {t('welcome.skip')}
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" className="welcome-note">
          {t('welcome.note')}
        </Typography.Paragraph>
      </div>
    </Modal>
  );
}

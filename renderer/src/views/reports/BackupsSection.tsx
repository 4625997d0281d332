import { CloudUploadOutlined, HistoryOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Empty,
  Form,
  Switch,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, Settings } from '../../../../shared/domain';
import { useBackups, useSettings, useUpdateSettings } from '../../api/exportQueries';
import { QueryError } from '../../components/QueryError';
import { useNotifyError } from '../../components/useNotifyError';
import { useFormatters } from '../../format';
import { humanSize } from './fileSize';
import { FolderSetting } from './FolderSetting';
import { OpenFileButton } from './OpenFileButton';
import { RestoreModal } from './RestoreModal';
import { useStartBackup } from './useStartBackup';

function BackupSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const { message } = App.useApp();
  const update = useUpdateSettings();
  const save = (changes: Partial<Settings>) =>
    update.mutate(changes, {
      onSuccess: () => message.success(t('reports.settings.saved')),
      onError: (error) => notifyError(error),
    });
  return (
    <Form
      layout="horizontal"
      labelCol={{ flex: '120px' }}
      labelAlign="left"
      labelWrap
      colon={false}
    >
      <Form.Item label={t('reports.settings.autoBackup')} className="reports-setting">
        <Switch
          checked={settings.autoBackup}
          loading={update.isPending && update.variables.autoBackup !== undefined}
          data-testid="auto-backup-switch"
          onChange={(autoBackup) => save({ autoBackup })}
        />
        <Typography.Text type="secondary" className="export-field-note">
          {t('reports.settings.autoBackupHint')}
        </Typography.Text>
      </Form.Item>
      <Form.Item label={t('reports.settings.backupDir')} className="reports-setting">
        <FolderSetting
          key={settings.backupDir}
          value={settings.backupDir}
          testId="backup-dir-input"
          saving={update.isPending}
          onSave={(backupDir) => save({ backupDir })}
        />
      </Form.Item>
      <Form.Item
        label={t('reports.settings.exportsDir')}
        className="reports-setting"
        extra={t('reports.settings.exportsDirHint')}
      >
        <FolderSetting
          key={settings.exportsDir}
          value={settings.exportsDir}
          testId="exports-dir-input"
          saving={update.isPending}
          onSave={(exportsDir) => save({ exportsDir })}
        />
      </Form.Item>
    </Form>
  );
}

function BackupTable() {
  const { t, i18n } = useTranslation();
  const { dateTime } = useFormatters();
  const backups = useBackups();
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const columns: TableColumnsType<BackupInfo> = [
    {
      key: 'createdAt',
      title: t('reports.backups.createdAt'),
      render: (_, backup) => (
        <span className="tabular" data-testid="backup-date" title={backup.path}>
          {dateTime(backup.createdAt)}
        </span>
      ),
    },
    {
      key: 'kind',
      title: t('reports.backups.kind'),
      width: 110,
      render: (_, backup) =>
        backup.automatic ? (
          <Tag>{t('reports.backups.automatic')}</Tag>
        ) : (
          <Tag color="blue">{t('reports.backups.manual')}</Tag>
        ),
    },
    {
      key: 'bytes',
      title: t('reports.backups.size'),
      width: 100,
      align: 'right',
      render: (_, backup) => (
        <span className="tabular" data-testid="backup-size">
          {humanSize(backup.bytes, i18n.language)}
        </span>
      ),
    },
    {
      key: 'actions',
      title: t('reports.files.actions'),
      width: 240,
      render: (_, backup) => (
        <span className="reports-row-actions">
          <OpenFileButton path={backup.path} size="small" />
          <Button
            size="small"
            icon={<HistoryOutlined />}
            data-testid="restore-open"
            onClick={() => setRestoring(backup)}
          >
            {t('restore.open')}
          </Button>
        </span>
      ),
    },
  ];

  if (backups.isError && !backups.data) {
    return <QueryError error={backups.error} onRetry={() => void backups.refetch()} />;
  }
  return (
    <>
      <Table<BackupInfo>
        size="small"
        rowKey="path"
        data-testid="backups-table"
        loading={backups.isPending}
        columns={columns}
        dataSource={backups.data ?? []}
        pagination={false}
        onRow={() => ({ 'data-testid': 'backup-row' }) as HTMLAttributes<HTMLElement>}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.backups.empty')} />
          ),
        }}
      />
      {restoring && <RestoreModal backup={restoring} onClose={() => setRestoring(null)} />}
    </>
  );
}

/** Backups: now or daily, where they go, which exist, and restoring one into a new folder. */
export function BackupsSection() {
  const { t } = useTranslation();
  const settings = useSettings();

  const backup = useStartBackup();

  return (
    <section className="reports-section" aria-label={t('reports.backups.title')}>
      <div className="reports-section-head">
        <Typography.Title level={5} className="reports-section-title">
          {t('reports.backups.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          data-testid="backup-now"
          loading={backup.isPending}
          onClick={() => backup.mutate()}
        >
          {t('reports.backups.now')}
        </Button>
      </div>
      <Card size="small" className="reports-card reports-settings-card">
        {settings.data ? (
          <BackupSettings settings={settings.data} />
        ) : settings.isError ? (
          <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
        ) : null}
      </Card>
      <BackupTable />
    </section>
  );
}

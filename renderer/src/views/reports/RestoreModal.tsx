import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/domain';
import { call } from '../../api/client';
import { useJob, useJobStarted } from '../../api/exportQueries';
import { isJobActive } from '../../api/jobs';
import { useLibraryInfo } from '../../api/queries';
import { useNotifyError } from '../../components/useNotifyError';
import { useFormatters } from '../../format';
import { FileJobCard } from './FileJobCard';
import { fileName, folderOf, joinPath } from './filePath';

function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
}

/** Unpacks a backup into a new folder beside the open library; never over it. */
export function RestoreModal({ backup, onClose }: { backup: BackupInfo; onClose(): void }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const notifyError = useNotifyError();
  const jobStarted = useJobStarted();
  const library = useLibraryInfo();
  const suggested = library.data
    ? joinPath(folderOf(library.data.path), `PolicyLens-restored-${stamp(new Date())}`)
    : '';
  const [target, setTarget] = useState<string | null>(null);
  const targetDir = (target ?? suggested).trim();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const running = job !== undefined && isJobActive(job);

  const start = useMutation({
    mutationFn: () => call('startRestore', { file: backup.path, targetDir }),
    onSuccess: ({ jobId: id }) => {
      setJobId(id);
      jobStarted();
    },
    onError: (error) => notifyError(error, t('restore.failed')),
  });

  return (
    <Modal
      open
      width={620}
      title={t('restore.title')}
      onCancel={onClose}
      maskClosable={false}
      // The test id wraps the whole dialog, footer buttons included.
      modalRender={(node) => <div data-testid="restore-dialog">{node}</div>}
      footer={
        jobId === null
          ? [
              <Button key="cancel" onClick={onClose}>
                {t('exports.cancel')}
              </Button>,
              <Button
                key="restore"
                type="primary"
                data-testid="restore-submit"
                disabled={targetDir === ''}
                loading={start.isPending}
                onClick={() => start.mutate()}
              >
                {t('restore.submit')}
              </Button>,
            ]
          : [
              <Button key="close" type="primary" data-testid="restore-close" onClick={onClose}>
                {running ? t('exports.background') : t('exports.close')}
              </Button>,
            ]
      }
    >
      <div className="restore-dialog">
        {jobId !== null ? (
          job ? (
            <FileJobCard job={job} />
          ) : (
            <Card size="small">{t('fileJobs.preparing')}</Card>
          )
        ) : (
          <>
            <Typography.Paragraph>
              {t('restore.from', { name: fileName(backup.path), date: dateTime(backup.createdAt) })}
            </Typography.Paragraph>
            <Alert type="info" showIcon className="restore-note" title={t('restore.note')} />
            <Form layout="vertical">
              <Form.Item label={t('restore.target')} extra={t('restore.targetHint')}>
                <Input
                  value={target ?? suggested}
                  data-testid="restore-target"
                  spellCheck={false}
                  onChange={(event) => setTarget(event.target.value)}
                />
              </Form.Item>
            </Form>
          </>
        )}
      </div>
    </Modal>
  );
}

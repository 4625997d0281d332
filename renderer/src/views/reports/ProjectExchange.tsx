import { ImportOutlined, ShareAltOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Typography } from 'antd';
import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, choosePaths, isDesktop, stageFile } from '../../api/client';
import { startReplacing, useJobStarted } from '../../api/exportQueries';
import { useNotifyError } from '../../components/useNotifyError';
import { ExportButton } from './ExportButton';
import { TABLE_FORMATS } from './exportOptions';
import { useConfirmReplace } from './useConfirmReplace';

const QDPX = /\.qdpx$/i;

/** Picks a .qdpx file: the native dialog in the app, the browser's picker and an upload otherwise. */
function useQdpxImport() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const jobStarted = useJobStarted();
  const input = useRef<HTMLInputElement>(null);

  const start = useMutation({
    mutationFn: async (source: { path: string } | { file: File }) => {
      const path = 'path' in source ? source.path : await stageFile(source.file);
      return call('startQdpxImport', { path });
    },
    onSuccess: () => {
      jobStarted();
      message.success(t('reports.exchange.importStarted'));
    },
    onError: (error) => notifyError(error, t('reports.exchange.importFailed')),
  });

  const choose = async () => {
    if (!isDesktop()) {
      input.current?.click();
      return;
    }
    try {
      const [path] = await choosePaths('files');
      if (path === undefined) return;
      if (!QDPX.test(path)) {
        message.warning(t('reports.exchange.notQdpx'));
        return;
      }
      start.mutate({ path });
    } catch (error) {
      notifyError(error);
    }
  };

  const onPicked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Let the same file be picked again later.
    event.target.value = '';
    if (!file) return;
    if (!QDPX.test(file.name)) {
      message.warning(t('reports.exchange.notQdpx'));
      return;
    }
    start.mutate({ file });
  };

  const picker = (
    <input
      ref={input}
      type="file"
      accept=".qdpx"
      hidden
      data-testid="qdpx-import-input"
      onChange={onPicked}
    />
  );
  return { choose, picker, pending: start.isPending };
}

/** REFI-QDA in and out, and every coded passage as one table. */
export function ProjectExchange() {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const confirmReplace = useConfirmReplace();
  const jobStarted = useJobStarted();
  const { message } = App.useApp();
  const qdpxImport = useQdpxImport();

  const qdpxExport = useMutation({
    mutationFn: () =>
      startReplacing(
        (overwrite) => call('startQdpxExport', overwrite ? { overwrite: true } : {}),
        confirmReplace,
      ),
    onSuccess: (started) => {
      if (started) jobStarted();
      else message.info(t('exports.replace.kept'));
    },
    onError: (error) => notifyError(error, t('exports.failed')),
  });

  return (
    <section className="reports-section" aria-label={t('reports.exchange.title')}>
      <Typography.Title level={5} className="reports-section-title">
        {t('reports.exchange.title')}
      </Typography.Title>
      <div className="reports-cards">
        <Card size="small" title={t('reports.exchange.qdpxTitle')} className="reports-card">
          <Typography.Paragraph type="secondary" className="reports-card-text">
            {t('reports.exchange.qdpxHint')}
          </Typography.Paragraph>
          <div className="reports-card-actions">
            <Button
              icon={<ShareAltOutlined />}
              data-testid="qdpx-export"
              loading={qdpxExport.isPending}
              onClick={() => qdpxExport.mutate()}
            >
              {t('reports.exchange.qdpxExport')}
            </Button>
            <Button
              icon={<ImportOutlined />}
              data-testid="qdpx-import"
              loading={qdpxImport.pending}
              onClick={() => void qdpxImport.choose()}
            >
              {t('reports.exchange.qdpxImport')}
            </Button>
            {qdpxImport.picker}
          </div>
        </Card>
        <Card size="small" title={t('reports.exchange.tableTitle')} className="reports-card">
          <Typography.Paragraph type="secondary" className="reports-card-text">
            {t('reports.exchange.tableHint')}
          </Typography.Paragraph>
          <div className="reports-card-actions">
            <ExportButton
              source={{ kind: 'codebook' }}
              formats={TABLE_FORMATS}
              defaultTitle={t('reports.exchange.allCoded')}
              label={t('reports.exchange.tableExport')}
              testId="codebook-export"
              claimsShortcut={false}
            />
          </div>
        </Card>
      </div>
    </section>
  );
}

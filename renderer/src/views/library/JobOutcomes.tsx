import { Alert, Button, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileOutcome } from '../../../../shared/domain';
import { routeHref } from '../../router';
import { baseName } from './baseName';

/** Failures are listed up front (the user must act on them); the rest waits behind a toggle. */
const FAILURES_SHOWN = 10;

const STATUS_COLOR: Record<FileOutcome['status'], string> = {
  imported: 'success',
  duplicate: 'gold',
  failed: 'error',
};

function FileName({ path }: { path: string }) {
  return (
    <span className="outcome-file" title={path}>
      {baseName(path)}
    </span>
  );
}

function FailureList({ failures }: { failures: FileOutcome[] }) {
  const { t } = useTranslation();
  const hidden = failures.length - FAILURES_SHOWN;
  return (
    <Alert
      type="error"
      showIcon
      className="job-failures"
      title={t('jobs.summary.failed', { count: failures.length })}
      description={
        <ul className="job-failure-list">
          {failures.slice(0, FAILURES_SHOWN).map((outcome, index) => (
            <li key={`${outcome.file}-${index}`}>
              <FileName path={outcome.file} />
              <Typography.Text type="danger">{outcome.error?.message ?? ''}</Typography.Text>
            </li>
          ))}
          {hidden > 0 && <li>{t('jobs.failuresMore', { count: hidden })}</li>}
        </ul>
      }
    />
  );
}

function OutcomeDetail({ outcome }: { outcome: FileOutcome }) {
  const { t } = useTranslation();
  if (outcome.status === 'failed') {
    return <Typography.Text type="danger">{outcome.error?.message ?? ''}</Typography.Text>;
  }
  const target = outcome.status === 'duplicate' ? outcome.duplicateOf : outcome.docId;
  return (
    <>
      {outcome.status === 'duplicate' && (
        <Typography.Text type="secondary">{t('jobs.duplicateOf')} </Typography.Text>
      )}
      {target !== undefined && (
        <a href={routeHref({ view: 'doc', id: target })}>{t('jobs.openDocument')}</a>
      )}
    </>
  );
}

function OutcomeStatus({ outcome }: { outcome: FileOutcome }) {
  const { t } = useTranslation();
  return (
    <span className="outcome-status">
      <Tag color={STATUS_COLOR[outcome.status]}>{t(`jobs.outcome.${outcome.status}`)}</Tag>
      {outcome.needsOcr && (
        <Tooltip title={t('jobs.needsOcrHint')}>
          <Tag color="orange" data-testid="outcome-needs-ocr">
            {t('jobs.needsOcr')}
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}

type OutcomeRow = FileOutcome & { key: number };

function OutcomeTable({ outcomes }: { outcomes: FileOutcome[] }) {
  const { t } = useTranslation();
  // The same file may be listed twice in one batch, so rows are keyed by position.
  const rows = useMemo(() => outcomes.map((outcome, key) => ({ ...outcome, key })), [outcomes]);
  const columns: TableColumnsType<OutcomeRow> = [
    {
      title: t('jobs.column.file'),
      dataIndex: 'file',
      ellipsis: true,
      render: (file: string) => <FileName path={file} />,
    },
    {
      title: t('jobs.column.status'),
      dataIndex: 'status',
      width: 170,
      render: (_, outcome) => <OutcomeStatus outcome={outcome} />,
    },
    {
      title: t('jobs.column.detail'),
      key: 'detail',
      render: (_, outcome) => <OutcomeDetail outcome={outcome} />,
    },
  ];
  return (
    <Table<OutcomeRow>
      size="small"
      className="job-outcome-table"
      columns={columns}
      dataSource={rows}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
    />
  );
}

export function JobOutcomes({ outcomes }: { outcomes: FileOutcome[] }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const failures = outcomes.filter((outcome) => outcome.status === 'failed');
  return (
    <div className="job-outcomes" data-testid="job-outcomes">
      {failures.length > 0 && <FailureList failures={failures} />}
      {outcomes.length > 0 && (
        <Button
          type="link"
          size="small"
          className="job-outcomes-toggle"
          aria-expanded={expanded}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded ? t('jobs.hideAll') : t('jobs.showAll', { count: outcomes.length })}
        </Button>
      )}
      {expanded && <OutcomeTable outcomes={outcomes} />}
    </div>
  );
}

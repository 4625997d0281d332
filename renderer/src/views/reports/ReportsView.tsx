import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BackupsSection } from './BackupsSection';
import { ExportedFiles } from './ExportedFiles';
import { ProjectExchange } from './ProjectExchange';
import { ReportJobs } from './ReportJobs';
import './reports.css';

/** 报告: exports in progress, the files written, project exchange and backups. */
export function ReportsView() {
  const { t } = useTranslation();
  return (
    <div className="view reports-view" data-testid="reports-view">
      <header className="view-header">
        <Typography.Title level={3} className="view-title">
          {t('reports.title')}
        </Typography.Title>
      </header>
      <Typography.Paragraph type="secondary" className="reports-intro">
        {t('reports.intro')}
      </Typography.Paragraph>
      <ReportJobs />
      <ExportedFiles />
      <ProjectExchange />
      <BackupsSection />
    </div>
  );
}

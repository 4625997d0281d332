import { DatabaseOutlined, WarningOutlined } from '@ant-design/icons';
import { Layout, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLibraryInfo } from '../api/queries';
import { useFormatters } from '../format';
import { HeaderActions } from '../shell/HelpMenu';
import { LanguageSwitch } from './LanguageSwitch';

function LibraryLocation() {
  const { t } = useTranslation();
  const { data } = useLibraryInfo();
  if (!data) return null;
  return (
    <>
      <LibraryPath />
      {data.warnings.length > 0 && (
        <Tooltip title={data.warnings.join('\n')}>
          <Tag color="warning" icon={<WarningOutlined />} data-testid="library-location-warning">
            {t('app.locationWarning')}
          </Tag>
        </Tooltip>
      )}
    </>
  );
}

function LibraryPath() {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const { data } = useLibraryInfo();
  if (!data) return null;
  return (
    <Tooltip title={`${t('app.libraryPath')}: ${data.path}`}>
      <span className="app-header-library">
        <DatabaseOutlined aria-hidden />
        <Typography.Text className="app-header-path" ellipsis>
          {data.path}
        </Typography.Text>
        <Typography.Text type="secondary" className="app-header-count">
          {t('app.documentCount', {
            count: data.documentCount,
            formatted: number(data.documentCount),
          })}
        </Typography.Text>
      </span>
    </Tooltip>
  );
}

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <Layout.Header className="app-header">
      <a className="app-brand" href="#/library">
        {t('app.name')}
      </a>
      <LibraryLocation />
      <LanguageSwitch />
      <HeaderActions />
    </Layout.Header>
  );
}

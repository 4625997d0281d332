import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate, type SectionName } from '../../router';

/** Stands in for a section that a later version fills, so the nav already shows the whole app. */
export function ComingSoonView({ section }: { section: SectionName }) {
  const { t } = useTranslation();
  return (
    <Result
      className="coming-soon"
      icon={<ClockCircleOutlined className="coming-soon-icon" />}
      title={t('placeholder.title', { view: t(`nav.${section}`) })}
      subTitle={t('placeholder.description')}
      extra={
        <Button type="primary" onClick={() => navigate({ view: 'library' })}>
          {t('placeholder.back')}
        </Button>
      }
    />
  );
}

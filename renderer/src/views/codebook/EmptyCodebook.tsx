import { PlusOutlined, TagsOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

interface EmptyCodebookProps {
  loading: boolean;
  onStarter(): void;
  onCreate(): void;
}

/** No tags yet: start from the starter codebook for town policy analysis, or from scratch. */
export function EmptyCodebook({ loading, onStarter, onCreate }: EmptyCodebookProps) {
  const { t } = useTranslation();
  return (
    <Result
      className="empty-codebook"
      icon={<TagsOutlined className="empty-codebook-icon" />}
      title={t('codebook.empty.title')}
      subTitle={t('codebook.empty.description')}
      extra={[
        <Button
          key="starter"
          type="primary"
          size="large"
          loading={loading}
          data-testid="starter-codebook"
          onClick={onStarter}
        >
          {t('codebook.starter')}
        </Button>,
        <Button
          key="create"
          size="large"
          icon={<PlusOutlined />}
          onClick={onCreate}
          data-testid="tag-create"
        >
          {t('codebook.create')}
        </Button>,
      ]}
    />
  );
}

import { LoadingOutlined, RedoOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OcrPageInfo } from '../../../../../shared/domain';
import { useFormatters } from '../../../format';
import { OCR_LEVEL_COLOR, ocrLevel, ocrPercent } from './ocrConfidence';

interface OcrPageListProps {
  pages: readonly OcrPageInfo[];
  current: number;
  onPick(page: number): void;
  /** Recognise a page again (offered for failed pages). */
  onRetry(page: number): void;
  retrying: boolean;
}

function PageState({ info }: { info: OcrPageInfo }) {
  const { t } = useTranslation();
  if (info.status === 'done') {
    if (info.confidence === null) return null;
    return (
      <Tag
        color={OCR_LEVEL_COLOR[ocrLevel(info.confidence)]}
        className="ocr-page-confidence tabular"
        data-testid="ocr-page-confidence"
      >
        {ocrPercent(info.confidence)}%
      </Tag>
    );
  }
  return (
    <Tag
      color={
        info.status === 'failed' ? 'error' : info.status === 'running' ? 'processing' : 'default'
      }
      icon={info.status === 'running' ? <LoadingOutlined /> : undefined}
      className="ocr-page-status"
    >
      {t(`ocr.status.${info.status}`)}
    </Tag>
  );
}

/** Every page OCR handles, with how it went: confidence, waiting, or why it failed. */
export function OcrPageList({ pages, current, onPick, onRetry, retrying }: OcrPageListProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  return (
    <nav className="ocr-pages" aria-label={t('ocr.pages.title')}>
      <Typography.Text type="secondary" className="ocr-pages-title">
        {t('ocr.pages.title')}
      </Typography.Text>
      <ol className="ocr-page-list" data-testid="ocr-page-list">
        {pages.map((info) => (
          <li
            key={info.page}
            className="ocr-page-item"
            data-testid="ocr-page-item"
            data-page={info.page}
            data-status={info.status}
            aria-current={info.page === current ? 'page' : undefined}
          >
            <button type="button" className="ocr-page-pick" onClick={() => onPick(info.page)}>
              <span className="ocr-page-number">
                {t('ocr.pages.item', { number: number(info.page) })}
              </span>
              <PageState info={info} />
              {info.edited && (
                <Tag color="blue" className="ocr-page-edited">
                  {t('ocr.edited')}
                </Tag>
              )}
            </button>
            {info.status === 'failed' && (
              <div className="ocr-page-failure">
                {info.reason && (
                  <Typography.Paragraph
                    type="danger"
                    className="ocr-page-reason"
                    ellipsis={{ rows: 2, tooltip: info.reason }}
                  >
                    {info.reason}
                  </Typography.Paragraph>
                )}
                <Button
                  size="small"
                  icon={<RedoOutlined />}
                  data-testid="ocr-retry-page"
                  loading={retrying}
                  onClick={() => onRetry(info.page)}
                >
                  {t('ocr.retryPage')}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

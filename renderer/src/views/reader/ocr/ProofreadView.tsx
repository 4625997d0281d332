import { ScanOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Empty,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail, OcrLanguageChoice, OcrPageInfo } from '../../../../../shared/domain';
import { useOcrPages, useSetOcrLanguage, useStartOcr } from '../../../api/ocrQueries';
import { QueryError } from '../../../components/QueryError';
import { useNotifyError } from '../../../components/useNotifyError';
import { useFormatters } from '../../../format';
import {
  LANGUAGE_CHOICES,
  OCR_LEVEL_COLOR,
  ocrLevel,
  ocrPercent,
  storedThreshold,
  storeThreshold,
  THRESHOLDS,
} from './ocrConfidence';
import { OcrPageList } from './OcrPageList';
import { ProofreadPage } from './ProofreadPage';
import type { LeaveGuard } from './useLeaveGuard';

/** The language the pages were read in, when they agree (shown while the document says 'auto'). */
function commonLanguage(pages: readonly OcrPageInfo[]): OcrLanguageChoice | null {
  const languages = new Set(pages.flatMap((page) => (page.lang ? [page.lang] : [])));
  return languages.size === 1 ? ([...languages][0] ?? null) : null;
}

interface ToolbarProps {
  doc: DocumentDetail;
  pages: readonly OcrPageInfo[];
  page: number;
  threshold: number;
  onThreshold(value: number): void;
}

/** The document's figures, the marking threshold, and recognising again in another language. */
function ProofreadToolbar({ doc, pages, page, threshold, onThreshold }: ToolbarProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { number } = useFormatters();
  const notifyError = useNotifyError();
  const [choice, setChoice] = useState<OcrLanguageChoice | null>(null);
  const language =
    choice ?? (doc.ocrLanguage !== 'auto' ? doc.ocrLanguage : commonLanguage(pages)) ?? 'auto';
  const setLanguage = useSetOcrLanguage(doc.id);
  const startOcr = useStartOcr();
  const recognised = pages.filter((info) => info.status === 'done').length;
  const pageEdited = pages.some((info) => info.page === page && info.edited);
  const anyEdited = pages.some((info) => info.edited);

  const changeLanguage = (lang: OcrLanguageChoice) => {
    setChoice(lang);
    setLanguage.mutate(lang, {
      onSuccess: () => void message.success(t('ocr.lang.saved')),
      onError: (error) => notifyError(error),
    });
  };
  const rerun = (pagesToRead?: number[]) =>
    startOcr.mutate(
      { docIds: [doc.id], lang: language, ...(pagesToRead ? { pages: pagesToRead } : {}) },
      {
        onSuccess: () => void message.success(t('ocr.rerun.started')),
        onError: (error) => notifyError(error, t('ocr.rerun.failed')),
      },
    );

  // Re-reading a page replaces its correction (so ask first); re-reading the whole document
  // leaves corrected pages as they are.
  const rerunPage = (onClick?: () => void) => (
    <Button
      size="small"
      loading={startOcr.isPending}
      data-testid="ocr-rerun-page"
      onClick={onClick}
    >
      {t('ocr.rerun.page')}
    </Button>
  );
  const rerunDocument = (
    <Button
      size="small"
      loading={startOcr.isPending}
      data-testid="ocr-rerun-document"
      onClick={() => rerun()}
    >
      {t('ocr.rerun.document')}
    </Button>
  );

  return (
    <div className="proofread-toolbar" data-testid="proofread-toolbar">
      <Space size={8} wrap className="proofread-summary">
        <Typography.Text type="secondary">{t('ocr.summary.label')}</Typography.Text>
        {doc.ocrConfidence !== null ? (
          <Tag
            color={OCR_LEVEL_COLOR[ocrLevel(doc.ocrConfidence)]}
            className="tabular"
            data-testid="ocr-doc-confidence"
          >
            {t('ocr.summary.confidence', { percent: ocrPercent(doc.ocrConfidence) })}
          </Tag>
        ) : (
          <Tag>{t('ocr.summary.none')}</Tag>
        )}
        <Typography.Text type="secondary" className="tabular">
          {t('ocr.summary.pages', { done: number(recognised), total: number(pages.length) })}
        </Typography.Text>
      </Space>
      <Space size={12} wrap className="proofread-controls">
        <span className="proofread-control">
          <span>{t('ocr.threshold.label')}</span>
          <Select<number>
            size="small"
            aria-label={t('ocr.threshold.label')}
            value={threshold}
            data-testid="ocr-threshold"
            popupMatchSelectWidth={false}
            options={THRESHOLDS.map((value) => ({
              value,
              label: t('ocr.threshold.option', { value }),
            }))}
            onChange={onThreshold}
          />
        </span>
        <span className="proofread-control">
          <span>{t('ocr.lang.label')}</span>
          <Select<OcrLanguageChoice>
            size="small"
            aria-label={t('ocr.lang.label')}
            value={language}
            data-testid="ocr-language"
            popupMatchSelectWidth={false}
            options={LANGUAGE_CHOICES.map((value) => ({
              value,
              label: t(`ocr.lang.${value}`),
            }))}
            onChange={changeLanguage}
          />
        </span>
        {pageEdited ? (
          <Popconfirm
            title={t('ocr.rerun.confirmTitle')}
            description={t('ocr.rerun.confirmEdited')}
            okText={t('ocr.rerun.confirmOk')}
            cancelText={t('ocr.edit.cancel')}
            onConfirm={() => rerun([page])}
          >
            {rerunPage()}
          </Popconfirm>
        ) : (
          rerunPage(() => rerun([page]))
        )}
        {anyEdited ? (
          <Tooltip title={t('ocr.rerun.keepsEdited')}>{rerunDocument}</Tooltip>
        ) : (
          rerunDocument
        )}
      </Space>
    </div>
  );
}

interface ProofreadViewProps {
  doc: DocumentDetail;
  /** The page asked for in the address; the first page when null or not an OCR page. */
  page: number | null;
  onPage(page: number): void;
  /** Back to reading, where annotations that lost their place wait under 需要处理. */
  onRead(): void;
  /** Asks before unsaved edits are dropped (shared with the Reader's mode switch). */
  leave: LeaveGuard;
}

/**
 * 校对识别文本: the scan and its recognised text side by side, page by page. Low-confidence words
 * are marked on both; a word picked on one side is shown on the other; the text can be corrected,
 * and the core re-indexes the document and moves the annotations along.
 */
export function ProofreadView({ doc, page, onPage, onRead, leave }: ProofreadViewProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const pages = useOcrPages(doc.id);
  const startOcr = useStartOcr();
  const [threshold, setThreshold] = useState(storedThreshold);

  const start = (pagesToRead?: number[]) =>
    startOcr.mutate(
      { docIds: [doc.id], ...(pagesToRead ? { pages: pagesToRead } : {}) },
      {
        onSuccess: () => void message.success(t('ocr.rerun.started')),
        onError: (error) => notifyError(error, t('ocr.rerun.failed')),
      },
    );

  const changeThreshold = (value: number) => {
    setThreshold(value);
    storeThreshold(value);
  };

  const body = () => {
    if (pages.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
    if (pages.isError) {
      return <QueryError error={pages.error} onRetry={() => void pages.refetch()} />;
    }
    const list = pages.data;
    const info = list.find((item) => item.page === page) ?? list[0];
    if (!info) {
      return (
        <Empty
          className="proofread-empty"
          image={<ScanOutlined className="proofread-empty-icon" />}
          description={doc.needsOcr ? t('ocr.empty.waiting') : t('ocr.empty.none')}
        >
          {doc.needsOcr && (
            <Button
              type="primary"
              loading={startOcr.isPending}
              data-testid="ocr-start"
              onClick={() => start()}
            >
              {t('ocr.empty.start')}
            </Button>
          )}
        </Empty>
      );
    }
    return (
      <>
        <ProofreadToolbar
          doc={doc}
          pages={list}
          page={info.page}
          threshold={threshold}
          onThreshold={changeThreshold}
        />
        <div className="proofread-layout">
          <OcrPageList
            pages={list}
            current={info.page}
            onPick={(next) => next !== info.page && leave.guard(() => onPage(next))}
            onRetry={(retry) => start([retry])}
            retrying={startOcr.isPending}
          />
          <ProofreadPage
            key={info.page}
            docId={doc.id}
            info={info}
            threshold={threshold}
            onDirtyChange={leave.setDirty}
            onShowAttention={onRead}
            onRetry={() => start([info.page])}
            retrying={startOcr.isPending}
          />
        </div>
      </>
    );
  };

  return (
    <div className="proofread" data-testid="proofread">
      <h1 className="proofread-title" data-testid="reader-title">
        {doc.title}
      </h1>
      {body()}
    </div>
  );
}

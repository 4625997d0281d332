import { DownOutlined, EditOutlined, RedoOutlined, UpOutlined } from '@ant-design/icons';
import { Alert, App, Button, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OcrPage, OcrPageInfo } from '../../../../../shared/domain';
import { useOcrPage, useSaveOcrPageText } from '../../../api/ocrQueries';
import { QueryError } from '../../../components/QueryError';
import { useNotifyError } from '../../../components/useNotifyError';
import { useFormatters } from '../../../format';
import { alignWords, type TextSegment } from './ocrAlign';
import { OCR_LEVEL_COLOR, ocrLevel, ocrPercent } from './ocrConfidence';
import { OcrPageImage } from './OcrPageImage';
import { OcrPageText } from './OcrPageText';
import { OcrTextEditor } from './OcrTextEditor';
import { revealWord } from './revealWord';

const NO_WORDS: OcrPage['words'] = [];

/** Where each aligned word sits in the page text, in UTF-16 units (for the editor's selection). */
function wordRanges(segments: readonly TextSegment[]): Map<number, readonly [number, number]> {
  const ranges = new Map<number, readonly [number, number]>();
  let at = 0;
  for (const segment of segments) {
    if (segment.kind === 'word') ranges.set(segment.index, [at, at + segment.text.length]);
    at += segment.text.length;
  }
  return ranges;
}

interface PageBarProps {
  info: OcrPageInfo;
  lowCount: number | null;
  threshold: number;
  onStep: ((direction: 1 | -1) => void) | null;
}

/** The page's own figures: confidence, language, corrected or not, low-confidence words. */
function PageBar({ info, lowCount, threshold, onStep }: PageBarProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  return (
    <div className="ocr-page-bar" data-testid="ocr-page-bar">
      <Space size={8} wrap>
        <Typography.Text strong>
          {t('ocr.pages.item', { number: number(info.page) })}
        </Typography.Text>
        {info.confidence !== null && (
          <Tag color={OCR_LEVEL_COLOR[ocrLevel(info.confidence)]} className="tabular">
            {t('ocr.page.confidence', { percent: ocrPercent(info.confidence) })}
          </Tag>
        )}
        {info.lang && <Tag>{t(`ocr.lang.${info.lang}`)}</Tag>}
        {info.edited && <Tag color="blue">{t('ocr.edited')}</Tag>}
      </Space>
      {lowCount !== null && (
        <Space size={4} className="ocr-low-nav">
          <Typography.Text type="secondary" data-testid="ocr-low-count">
            {lowCount > 0
              ? t('ocr.lowCount', { count: number(lowCount) })
              : t('ocr.lowNone', { threshold })}
          </Typography.Text>
          {onStep && lowCount > 0 && (
            <>
              <Tooltip title={t('ocr.prevLow')}>
                <Button
                  size="small"
                  type="text"
                  icon={<UpOutlined />}
                  aria-label={t('ocr.prevLow')}
                  onClick={() => onStep(-1)}
                />
              </Tooltip>
              <Tooltip title={t('ocr.nextLow')}>
                <Button
                  size="small"
                  type="text"
                  icon={<DownOutlined />}
                  aria-label={t('ocr.nextLow')}
                  data-testid="ocr-next-low"
                  onClick={() => onStep(1)}
                />
              </Tooltip>
            </>
          )}
        </Space>
      )}
    </div>
  );
}

interface ProofreadPageProps {
  docId: number;
  info: OcrPageInfo;
  threshold: number;
  /** Unsaved edits: the view asks before leaving the page. */
  onDirtyChange(dirty: boolean): void;
  /** Shows the annotations that lost their place (the Reader's 需要处理 group). */
  onShowAttention(): void;
  onRetry(): void;
  retrying: boolean;
}

/** One page side by side: the scan with its word boxes, and the text to check and correct. */
export function ProofreadPage({
  docId,
  info,
  threshold,
  onDirtyChange,
  onShowAttention,
  onRetry,
  retrying,
}: ProofreadPageProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { number } = useFormatters();
  const notifyError = useNotifyError();
  const done = info.status === 'done';
  const query = useOcrPage(docId, info.page, done);
  const page = done ? query.data : undefined;
  const words = page?.words ?? NO_WORDS;
  const segments = useMemo(() => (page ? alignWords(page.text, page.words) : []), [page]);
  const ranges = useMemo(() => wordRanges(segments), [segments]);
  const low = useMemo(
    () => words.flatMap((word, index) => (word.confidence < threshold ? [index] : [])),
    [words, threshold],
  );

  const [selected, setSelected] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [editSelection, setEditSelection] = useState<readonly [number, number] | null>(null);
  const [attention, setAttention] = useState(0);
  const imageRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const save = useSaveOcrPageText(docId);

  const editing = draft !== null && page !== undefined;
  const dirty = editing && draft !== page.text;

  const selectFromText = useCallback((index: number) => {
    setSelected(index);
    revealWord(imageRef.current, index);
  }, []);
  const selectFromImage = useCallback((index: number) => {
    setSelected(index);
    revealWord(textRef.current, index);
  }, []);

  const step = (direction: 1 | -1) => {
    if (low.length === 0) return;
    const from = selected ?? (direction === 1 ? -1 : words.length);
    const next =
      direction === 1
        ? (low.find((index) => index > from) ?? low[0])
        : (low.findLast((index) => index < from) ?? low[low.length - 1]);
    if (next === undefined) return;
    setSelected(next);
    revealWord(imageRef.current, next);
    revealWord(textRef.current, next);
  };

  const startEditing = useCallback(
    (index: number | null) => {
      if (!page) return;
      setEditSelection(index === null ? null : (ranges.get(index) ?? null));
      setDraft(page.text);
      setAttention(0);
    },
    [page, ranges],
  );

  const changeDraft = (value: string) => {
    setDraft(value);
    onDirtyChange(page !== undefined && value !== page.text);
  };

  const stopEditing = () => {
    setDraft(null);
    onDirtyChange(false);
  };

  const saveDraft = () => {
    if (draft === null || !dirty) return;
    save.mutate(
      { page: info.page, text: draft },
      {
        onSuccess: (result) => {
          stopEditing();
          setAttention(result.needsAttention);
          message.success(
            result.anchored > 0
              ? t('ocr.edit.savedAnchored', { count: number(result.anchored) })
              : t('ocr.edit.saved'),
          );
        },
        onError: (error) => notifyError(error, t('ocr.edit.saveFailed')),
      },
    );
  };

  const textBody = () => {
    if (info.status === 'failed') {
      return (
        <Alert
          type="error"
          showIcon
          data-testid="ocr-page-failed"
          title={t('ocr.pageState.failed')}
          description={info.reason ?? undefined}
          action={
            <Button size="small" icon={<RedoOutlined />} loading={retrying} onClick={onRetry}>
              {t('ocr.retryPage')}
            </Button>
          }
        />
      );
    }
    if (!done) {
      return (
        <div className="reader-page-notice" data-testid="ocr-page-waiting">
          {t(`ocr.pageState.${info.status}`)}
        </div>
      );
    }
    if (query.isError) {
      return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
    }
    if (!page) return <Skeleton active paragraph={{ rows: 10 }} />;
    if (editing) {
      return (
        <OcrTextEditor
          value={draft}
          onChange={changeDraft}
          initialSelection={editSelection}
          saving={save.isPending}
          dirty={dirty}
          onSave={saveDraft}
          onCancel={stopEditing}
        />
      );
    }
    if (page.text.trim() === '') {
      return <div className="reader-page-notice">{t('ocr.pageState.empty')}</div>;
    }
    return (
      <OcrPageText
        segments={segments}
        words={words}
        threshold={threshold}
        selected={selected}
        hovered={hovered}
        onSelect={selectFromText}
        onHover={setHovered}
        onEditAt={startEditing}
        textRef={textRef}
      />
    );
  };

  return (
    <div className="proofread-page" data-testid="proofread-page" data-page={info.page}>
      <PageBar
        info={info}
        lowCount={page ? low.length : null}
        threshold={threshold}
        onStep={editing ? null : step}
      />
      <div className="proofread-panes">
        <OcrPageImage
          docId={docId}
          page={info.page}
          paneRef={imageRef}
          words={words}
          threshold={threshold}
          selected={selected}
          hovered={hovered}
          onSelect={selectFromImage}
          onHover={setHovered}
        />
        <section className="ocr-pane ocr-text-pane" aria-label={t('ocr.text.title')}>
          <div className="ocr-pane-head">
            <Typography.Text strong>{t('ocr.text.title')}</Typography.Text>
            {page && !editing && (
              <Tooltip title={t('ocr.edit.hint')}>
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  data-testid="ocr-edit"
                  onClick={() => startEditing(selected)}
                >
                  {t('ocr.edit.open')}
                </Button>
              </Tooltip>
            )}
          </div>
          <div className="ocr-pane-body ocr-text-scroll">
            {attention > 0 && (
              <Alert
                type="warning"
                showIcon
                className="ocr-attention"
                data-testid="ocr-attention"
                title={t('ocr.edit.attention', { count: number(attention) })}
                description={t('ocr.edit.attentionHint')}
                action={
                  <Button size="small" onClick={onShowAttention} data-testid="ocr-show-attention">
                    {t('ocr.edit.showAttention')}
                  </Button>
                }
              />
            )}
            {textBody()}
          </div>
        </section>
      </div>
    </div>
  );
}

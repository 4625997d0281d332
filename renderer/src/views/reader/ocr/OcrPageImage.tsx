import { ColumnWidthOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Button, Skeleton, Tooltip, Typography } from 'antd';
import {
  memo,
  useEffect,
  useEffectEvent,
  useRef,
  useState,
  type CSSProperties,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { OcrWord } from '../../../../../shared/domain';
import { useOcrPageImage } from '../../../api/ocrQueries';
import { QueryError } from '../../../components/QueryError';
import { ocrPercent } from './ocrConfidence';
import { revealWord } from './revealWord';

const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
const FIT = 2; // index of 1 (the pane's width)

interface WordBoxesProps {
  words: readonly OcrWord[];
  threshold: number;
  selected: number | null;
  hovered: number | null;
  onSelect(index: number): void;
  onHover(index: number | null): void;
}

function boxStyle([x0, y0, x1, y1]: OcrWord['box']): CSSProperties {
  return {
    left: `${x0 * 100}%`,
    top: `${y0 * 100}%`,
    width: `${Math.max(0, x1 - x0) * 100}%`,
    height: `${Math.max(0, y1 - y0) * 100}%`,
  };
}

/**
 * A box over every recognised word, placed in fractions of the image so it follows the zoom:
 * the low-confidence ones are drawn, the rest only show when hovered or picked.
 */
const WordBoxes = memo(function WordBoxes({
  words,
  threshold,
  selected,
  hovered,
  onSelect,
  onHover,
}: WordBoxesProps) {
  const { t } = useTranslation();
  return (
    <div className="ocr-boxes" onMouseLeave={() => onHover(null)}>
      {words.map((word, index) => (
        <div
          // Words are a fixed list for the page; their order is their identity.
          key={index}
          className="ocr-box"
          data-testid="ocr-box"
          data-word={index}
          data-low={word.confidence < threshold || undefined}
          data-selected={index === selected || undefined}
          data-hovered={index === hovered || undefined}
          style={boxStyle(word.box)}
          title={t('ocr.word.title', { text: word.text, percent: ocrPercent(word.confidence) })}
          onMouseEnter={() => onHover(index)}
          onClick={() => onSelect(index)}
        />
      ))}
    </div>
  );
});

interface OcrPageImageProps extends WordBoxesProps {
  docId: number;
  page: number;
  paneRef?: Ref<HTMLDivElement>;
}

/** After zooming, the picked word's box is brought back into view. */
function useRevealOnZoom(zoom: number, selected: number | null) {
  const frame = useRef<HTMLDivElement>(null);
  const reveal = useEffectEvent(() => {
    if (selected !== null) revealWord(frame.current, selected);
  });
  useEffect(() => reveal(), [zoom]);
  return frame;
}

/** The scanned page, fit to the pane's width (zoomable), with the words' boxes over it. */
export function OcrPageImage({ docId, page, paneRef, ...boxes }: OcrPageImageProps) {
  const { t } = useTranslation();
  const image = useOcrPageImage(docId, page);
  const [zoom, setZoom] = useState<number>(FIT);
  const scale = ZOOM_STEPS[zoom] ?? 1;
  const frame = useRevealOnZoom(zoom, boxes.selected);
  return (
    <section className="ocr-pane ocr-image-pane" aria-label={t('ocr.image.title')}>
      <div className="ocr-pane-head">
        <Typography.Text strong>{t('ocr.image.title')}</Typography.Text>
        <span className="ocr-legend">
          <span className="ocr-legend-swatch" aria-hidden />
          {t('ocr.legend', { threshold: boxes.threshold })}
        </span>
        <span className="ocr-zoom">
          <Tooltip title={t('ocr.image.zoomOut')}>
            <Button
              size="small"
              type="text"
              icon={<ZoomOutOutlined />}
              aria-label={t('ocr.image.zoomOut')}
              disabled={zoom === 0}
              onClick={() => setZoom((z) => Math.max(0, z - 1))}
            />
          </Tooltip>
          <span className="ocr-zoom-value tabular">{Math.round(scale * 100)}%</span>
          <Tooltip title={t('ocr.image.zoomIn')}>
            <Button
              size="small"
              type="text"
              icon={<ZoomInOutlined />}
              aria-label={t('ocr.image.zoomIn')}
              data-testid="ocr-zoom-in"
              disabled={zoom === ZOOM_STEPS.length - 1}
              onClick={() => setZoom((z) => Math.min(ZOOM_STEPS.length - 1, z + 1))}
            />
          </Tooltip>
          <Tooltip title={t('ocr.image.fit')}>
            <Button
              size="small"
              type="text"
              icon={<ColumnWidthOutlined />}
              aria-label={t('ocr.image.fit')}
              disabled={zoom === FIT}
              onClick={() => setZoom(FIT)}
            />
          </Tooltip>
        </span>
      </div>
      <div className="ocr-pane-body ocr-image-scroll" ref={paneRef}>
        {image.isPending && <Skeleton.Image active className="ocr-image-skeleton" />}
        {image.isError && (
          <QueryError
            error={image.error}
            title={t('ocr.image.loadFailed')}
            onRetry={() => void image.refetch()}
          />
        )}
        {image.data && (
          <div
            ref={frame}
            className="ocr-image-frame"
            data-testid="ocr-page-image"
            style={{
              width: `${scale * 100}%`,
              aspectRatio: `${image.data.width} / ${image.data.height}`,
            }}
          >
            <img
              src={`data:image/png;base64,${image.data.png}`}
              alt={t('ocr.image.alt', { number: page })}
              draggable={false}
            />
            <WordBoxes {...boxes} />
          </div>
        )}
      </div>
    </section>
  );
}

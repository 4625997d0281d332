import { ScanOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OcrPageInfo, Page } from '../../../../shared/domain';
import { ocrLevel, ocrPercent } from './ocr/ocrConfidence';

interface PageMarkerProps {
  page: Page;
  empty: boolean;
  /** The page's OCR state, when it is a scanned page. */
  ocr?: OcrPageInfo | null;
  /** Opens the page in the proofreading view. */
  onProofread?: ((page: number) => void) | null;
}

/** A recognised page's confidence, as a link to proofread it. */
function ProofreadLink({ info, onOpen }: { info: OcrPageInfo; onOpen(): void }) {
  const { t } = useTranslation();
  const label =
    info.status === 'done' && info.confidence !== null
      ? t('ocr.marker.confidence', { percent: ocrPercent(info.confidence) })
      : t(`ocr.status.${info.status}`);
  return (
    <Tooltip title={t('ocr.marker.proofread')}>
      <button
        type="button"
        className="reader-page-ocr"
        data-testid="page-proofread"
        data-level={
          info.status === 'done' && info.confidence !== null
            ? ocrLevel(info.confidence)
            : info.status
        }
        onClick={onOpen}
      >
        <ScanOutlined /> {label}
      </button>
    </Tooltip>
  );
}

/**
 * Where a page of the original begins. A page waiting for OCR, or one with no text at all (a
 * scan the importer did not flag), says so in place of the text it lacks. A scanned page offers
 * its OCR confidence, which opens it for proofreading.
 */
export function PageMarker({ page, empty, ocr = null, onProofread = null }: PageMarkerProps) {
  const { t } = useTranslation();
  const waiting = page.needsOcr || empty;
  const reason = ocr?.reason ?? page.ocrReason ?? (page.needsOcr ? null : t('reader.page.empty'));
  return (
    <>
      <div
        className="reader-page-marker"
        data-testid="page-marker"
        data-page={page.number}
        tabIndex={-1}
      >
        <span className="reader-page-label">
          {t('reader.page.marker', { number: page.number })}
        </span>
        {ocr && onProofread && <ProofreadLink info={ocr} onOpen={() => onProofread(page.number)} />}
      </div>
      {waiting && (
        <Tooltip title={reason}>
          <div className="reader-page-notice" data-testid="page-needs-ocr">
            {ocr
              ? t(`ocr.pageState.${ocr.status === 'done' ? 'empty' : ocr.status}`)
              : t('reader.page.needsOcr')}
          </div>
        </Tooltip>
      )}
    </>
  );
}

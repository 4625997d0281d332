import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../../shared/domain';

/**
 * Where a page of the original begins. A page waiting for OCR, or one with no text at all (a
 * scan the importer did not flag), says so in place of the text it lacks.
 */
export function PageMarker({ page, empty }: { page: Page; empty: boolean }) {
  const { t } = useTranslation();
  const waiting = page.needsOcr || empty;
  const reason = page.ocrReason ?? (page.needsOcr ? null : t('reader.page.empty'));
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
      </div>
      {waiting && (
        <Tooltip title={reason}>
          <div className="reader-page-notice" data-testid="page-needs-ocr">
            {t('reader.page.needsOcr')}
          </div>
        </Tooltip>
      )}
    </>
  );
}

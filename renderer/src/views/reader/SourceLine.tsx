import { LinkOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain';

/** Only web addresses become links; anything else a document claims is shown as plain text. */
function webUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function SourceLink({ value }: { value: string }) {
  const url = webUrl(value);
  if (!url) return <span className="reader-source-text">{value}</span>;
  return (
    <a
      className="reader-source-link"
      href={url.href}
      target="_blank"
      rel="noreferrer"
      title={url.href}
      data-testid="source-url"
    >
      <LinkOutlined aria-hidden /> {url.host + (url.pathname === '/' ? '' : url.pathname)}
    </a>
  );
}

/** Where a web clipping came from and when it was published, when the document says so. */
export function SourceLine({ doc }: { doc: DocumentSummary }) {
  const { t } = useTranslation();
  if (!doc.sourceUrl && !doc.published) return null;
  return (
    <div className="reader-source-line">
      {doc.sourceUrl && (
        <span className="reader-source-item">
          <span className="reader-source-label">{t('reader.meta.source')}</span>
          <SourceLink value={doc.sourceUrl} />
        </span>
      )}
      {doc.published && (
        <span className="reader-source-item" data-testid="published">
          <span className="reader-source-label">{t('reader.meta.published')}</span>
          <span className="tabular">{doc.published}</span>
        </span>
      )}
    </div>
  );
}

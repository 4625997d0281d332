import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '../../../../shared/domain';
import { useFormatters } from '../../format';

function MetaItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="reader-meta-item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The file behind the document: name, format, encoding, size, pages, when and where from. */
export function ReaderMeta({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const { number, dateTime } = useFormatters();
  const unknown = t('reader.meta.unknown');
  return (
    <dl className="reader-meta" data-testid="reader-meta">
      <MetaItem label={t('reader.meta.fileName')}>{doc.fileName}</MetaItem>
      <MetaItem label={t('reader.meta.format')}>{doc.format.toUpperCase()}</MetaItem>
      <MetaItem label={t('reader.meta.encoding')}>{doc.encoding ?? unknown}</MetaItem>
      <MetaItem label={t('reader.meta.chars')}>
        {t('reader.charsValue', { count: doc.chars, formatted: number(doc.chars) })}
      </MetaItem>
      {doc.pages !== null && (
        <MetaItem label={t('reader.meta.pages')}>
          {t('reader.meta.pagesValue', { count: doc.pages })}
        </MetaItem>
      )}
      {doc.province && <MetaItem label={t('reader.meta.province')}>{doc.province}</MetaItem>}
      <MetaItem label={t('reader.meta.importedAt')}>{dateTime(doc.importedAt)}</MetaItem>
      <MetaItem label={t('reader.meta.sourcePath')}>
        {doc.sourcePath ? (
          <Typography.Text className="reader-source-path" copyable={{ text: doc.sourcePath }}>
            {doc.sourcePath}
          </Typography.Text>
        ) : (
          unknown
        )}
      </MetaItem>
    </dl>
  );
}

import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Skeleton } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail, Section } from '../../../../shared/domain';
import { ApiError } from '../../api/client';
import { useDocument } from '../../api/queries';
import { QueryError } from '../../components/QueryError';
import { navigate, routeHref } from '../../router';
import { paragraphAt, paragraphId, splitParagraphs } from './paragraphs';
import { ReaderMeta } from './ReaderMeta';
import { ReaderText } from './ReaderText';
import { SectionOutline } from './SectionOutline';

/** A missing document stays missing; only a transport hiccup is worth a retry button. */
function isTransient(error: unknown): boolean {
  return !(error instanceof ApiError) || error.code === 'INTERNAL';
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <a className="reader-back" href={routeHref({ view: 'library' })} data-testid="reader-back">
      <ArrowLeftOutlined /> {t('reader.back')}
    </a>
  );
}

function ReaderDocument({ doc }: { doc: DocumentDetail }) {
  const paragraphs = useMemo(() => splitParagraphs(doc.text), [doc.text]);

  const jumpTo = useCallback(
    (section: Section) => {
      const paragraph = paragraphs[paragraphAt(paragraphs, section.start)];
      const element = paragraph ? document.getElementById(paragraphId(paragraph)) : null;
      if (!element) return;
      element.scrollIntoView({ behavior: 'smooth', block: 'start' });
      // Move focus too, so keyboard and screen-reader users land where the eye does.
      element.focus({ preventScroll: true });
    },
    [paragraphs],
  );

  return (
    <div className="reader-layout">
      <aside className="reader-aside">
        <SectionOutline sections={doc.sections} onJump={jumpTo} />
      </aside>
      <div className="reader-main">
        <h1 className="reader-title" data-testid="reader-title">
          {doc.title}
        </h1>
        <ReaderMeta doc={doc} />
        <ReaderText paragraphs={paragraphs} />
      </div>
    </div>
  );
}

export function ReaderView({ id }: { id: number }) {
  const { t } = useTranslation();
  const query = useDocument(id);

  return (
    <div className="view reader-view">
      <BackLink />
      {query.isPending && <Skeleton active title paragraph={{ rows: 12 }} />}
      {query.isError && (
        <QueryError
          error={query.error}
          title={t('reader.notFound')}
          onRetry={isTransient(query.error) ? () => void query.refetch() : undefined}
          extra={
            <Button type="primary" onClick={() => navigate({ view: 'library' })}>
              {t('reader.back')}
            </Button>
          }
        />
      )}
      {query.isSuccess && <ReaderDocument doc={query.data} />}
    </div>
  );
}

import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Skeleton } from 'antd';
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail, Section } from '../../../../shared/domain';
import { ApiError } from '../../api/client';
import { useDocument } from '../../api/queries';
import { QueryError } from '../../components/QueryError';
import { navigate, routeHref } from '../../router';
import { ReaderHeader } from './ReaderHeader';
import { ReaderText } from './ReaderText';
import { SectionOutline } from './SectionOutline';
import { groupByPage, splitBlocks } from './textBlocks';
import { useJumpToOffset } from './useJumpToOffset';

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
  const { text, pageList } = doc;
  const blocks = useMemo(
    () =>
      splitBlocks(
        text,
        pageList.map((page) => page.start),
      ),
    [text, pageList],
  );
  const groups = useMemo(() => groupByPage(blocks, pageList), [blocks, pageList]);
  const textRef = useRef<HTMLElement>(null);
  const jumpToOffset = useJumpToOffset(textRef, blocks, pageList);
  const jumpTo = useCallback((section: Section) => jumpToOffset(section.start), [jumpToOffset]);

  return (
    <div className="reader-layout">
      <aside className="reader-aside">
        <SectionOutline sections={doc.sections} onJump={jumpTo} />
      </aside>
      <div className="reader-main">
        <ReaderHeader doc={doc} />
        <ReaderText groups={groups} needsOcr={doc.needsOcr} articleRef={textRef} />
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
      {query.isError && !query.data && (
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
      {/* A failed refetch keeps the document on screen; only a failed first load replaces it. */}
      {query.data && <ReaderDocument doc={query.data} />}
    </div>
  );
}

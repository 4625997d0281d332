import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Skeleton } from 'antd';
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail, Section } from '../../../../shared/domain';
import { ApiError } from '../../api/client';
import { useDocument } from '../../api/queries';
import { QueryError } from '../../components/QueryError';
import { navigate, routeHref, type RouteParams } from '../../router';
import { lastSearchHref } from '../search/lastSearch';
import { FindBar } from './FindBar';
import { ReaderHeader } from './ReaderHeader';
import { ReaderText } from './ReaderText';
import { marksByBlock } from './readerMarks';
import { SectionOutline } from './SectionOutline';
import { groupByPage, splitBlocks } from './textBlocks';
import { useFind, type FindArrival } from './useFind';
import { useJumpToOffset } from './useJumpToOffset';

/** A missing document stays missing; only a transport hiccup is worth a retry button. */
function isTransient(error: unknown): boolean {
  return !(error instanceof ApiError) || error.code === 'INTERNAL';
}

/** `?at=<offset>&q=<query>`: where to open the document, and what to find in it. */
function arrivalOf(params: RouteParams | undefined): FindArrival {
  const at = Number(params?.at);
  return {
    query: params?.q?.trim() ?? '',
    at: params?.at !== undefined && Number.isSafeInteger(at) && at >= 0 ? at : null,
  };
}

/** Back to the search that led here, when there was one; otherwise to the library. */
function BackLink({ fromSearch }: { fromSearch: boolean }) {
  const { t } = useTranslation();
  const searchHref = fromSearch ? lastSearchHref() : null;
  return (
    <a
      className="reader-back"
      href={searchHref ?? routeHref({ view: 'library' })}
      data-testid="reader-back"
    >
      <ArrowLeftOutlined /> {searchHref ? t('reader.backToSearch') : t('reader.back')}
    </a>
  );
}

/** Ctrl+F (Cmd+F on a Mac) opens the Reader's own find instead of the browser's. */
function useFindShortcut(open: () => void): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const modifier = event.ctrlKey || event.metaKey;
    if (modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      open();
    }
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

interface ReaderDocumentProps {
  doc: DocumentDetail;
  arrival: FindArrival;
  /** Where the find bar floats: a sticky spot at the top of the view, beside the back link. */
  findSlot: HTMLElement | null;
}

function ReaderDocument({ doc, arrival, findSlot }: ReaderDocumentProps) {
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
  const find = useFind(doc.id, arrival, jumpToOffset);
  const marks = useMemo(() => marksByBlock(blocks, find.ranges), [blocks, find.ranges]);
  useFindShortcut(find.show);

  // Sent to an offset: find scrolls to the occurrence there; without one, go to the offset itself.
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current || arrival.at === null) return;
    if (arrival.query !== '' && find.fetching) return;
    arrived.current = true;
    if (arrival.query === '' || find.ranges.length === 0) jumpToOffset(arrival.at);
  }, [arrival, find.fetching, find.ranges, jumpToOffset]);

  return (
    <div className="reader-layout">
      <aside className="reader-aside">
        <SectionOutline sections={doc.sections} onJump={jumpTo} />
      </aside>
      <div className="reader-main">
        {find.open && findSlot && createPortal(<FindBar find={find} />, findSlot)}
        <ReaderHeader doc={doc} onFind={find.show} />
        <ReaderText
          groups={groups}
          needsOcr={doc.needsOcr}
          articleRef={textRef}
          marks={marks}
          current={find.ranges.length > 0 ? find.current : null}
        />
      </div>
    </div>
  );
}

export function ReaderView({ id, params }: { id: number; params?: RouteParams | undefined }) {
  const { t } = useTranslation();
  const query = useDocument(id);
  const arrival = useMemo(() => arrivalOf(params), [params]);
  const [findSlot, setFindSlot] = useState<HTMLDivElement | null>(null);

  return (
    <div className="view reader-view">
      <div className="reader-find-anchor" ref={setFindSlot} />
      <BackLink fromSearch={arrival.query !== ''} />
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
      {query.data && (
        // A new arrival (another hit in the same document) starts the Reader afresh.
        <ReaderDocument
          key={`${arrival.at ?? ''}:${arrival.query}`}
          doc={query.data}
          arrival={arrival}
          findSlot={findSlot}
        />
      )}
    </div>
  );
}

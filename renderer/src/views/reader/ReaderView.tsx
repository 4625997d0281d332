import { ArrowLeftOutlined, ReadOutlined, ScanOutlined } from '@ant-design/icons';
import { Button, Segmented, Skeleton } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Annotation, DocumentDetail, Section } from '../../../../shared/domain';
import { ApiError } from '../../api/client';
import { useDocument } from '../../api/queries';
import { useCommandOverride } from '../../commands/commandOverrides';
import { QueryError } from '../../components/QueryError';
import { navigate, routeHref, type RouteParams } from '../../router';
import { lastCodebookHref } from '../codebook/lastCodebook';
import { compareHref } from '../compare/compareState';
import { lastCompareHref } from '../compare/lastCompare';
import { lastSearchHref } from '../search/lastSearch';
import { AnnotationHoverCard } from './annotations/AnnotationHoverCard';
import { AnnotationSidebar } from './annotations/AnnotationSidebar';
import { ReaderAnnotator } from './annotations/ReaderAnnotator';
import { useMarkClick, useReaderAnnotations } from './annotations/useReaderAnnotations';
import { FindBar } from './FindBar';
import { ReaderHeader } from './ReaderHeader';
import { ReaderText } from './ReaderText';
import { marksByBlock } from './readerMarks';
import { readingPosition, sectionToCompare } from './sectionAt';
import { SectionOutline } from './SectionOutline';
import { groupByPage, splitBlocks } from './textBlocks';
import { useFind, type FindArrival } from './useFind';
import { useJumpToOffset } from './useJumpToOffset';
import { ProofreadView } from './ocr/ProofreadView';
import { useLeaveGuard } from './ocr/useLeaveGuard';
import { useOcrPageMap } from './ocr/useOcrPageMap';

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

type ReaderOrigin = 'search' | 'codebook' | 'compare' | null;

function originOf(params: RouteParams | undefined, arrival: FindArrival): ReaderOrigin {
  if (params?.from === 'codebook' || params?.from === 'compare') return params.from;
  return arrival.query !== '' ? 'search' : null;
}

type ReaderMode = 'read' | 'proofread';

/** `?mode=ocr&page=<n>`: the proofreading view, at a page. */
function modeOf(params: RouteParams | undefined): { mode: ReaderMode; page: number | null } {
  const page = Number(params?.page);
  return {
    mode: params?.mode === 'ocr' ? 'proofread' : 'read',
    page: Number.isSafeInteger(page) && page > 0 ? page : null,
  };
}

/** Documents with scanned pages (recognised, or waiting) can be proofread. */
function hasOcr(doc: DocumentDetail): boolean {
  return doc.ocrPages > 0 || doc.needsOcr;
}

/**
 * Back to the search (or the codebook, or the comparison) that led here, when there was one;
 * else to the library.
 */
function BackLink({ from }: { from: ReaderOrigin }) {
  const { t } = useTranslation();
  const searchHref = from === 'search' ? lastSearchHref() : null;
  const codebookHref =
    from === 'codebook' ? (lastCodebookHref() ?? routeHref({ view: 'codebook' })) : null;
  const compareBackHref =
    from === 'compare' ? (lastCompareHref() ?? routeHref({ view: 'compare' })) : null;
  const label = searchHref
    ? t('reader.backToSearch')
    : codebookHref
      ? t('reader.backToCodebook')
      : compareBackHref
        ? t('reader.backToCompare')
        : t('reader.back');
  return (
    <a
      className="reader-back"
      href={searchHref ?? codebookHref ?? compareBackHref ?? routeHref({ view: 'library' })}
      data-testid="reader-back"
    >
      <ArrowLeftOutlined /> {label}
    </a>
  );
}

/**
 * Ctrl+F (Cmd+F on a Mac, Edit ▸ Find in the desktop menu) opens the Reader's own find instead
 * of going to the Search view: the app's command keys deliver it here while the Reader is open.
 */
function useFindShortcut(open: () => void): void {
  useCommandOverride('find', true, open);
}

interface ReaderDocumentProps {
  doc: DocumentDetail;
  arrival: FindArrival;
  /** Where the find bar floats: a sticky spot at the top of the view, beside the back link. */
  findSlot: HTMLElement | null;
  /** Opens the proofreading view at a page (documents with scanned pages only). */
  onProofread: ((page: number) => void) | null;
}

function ReaderDocument({ doc, arrival, findSlot, onProofread }: ReaderDocumentProps) {
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
  const mainRef = useRef<HTMLDivElement>(null);
  const jumpToOffset = useJumpToOffset(textRef, blocks, pageList);
  // The outline node picked last: 以此章节比较 prefers it while the reader stays within it.
  const picked = useRef<Section | null>(null);
  const jumpTo = useCallback(
    (section: Section) => {
      picked.current = section;
      jumpToOffset(section.start);
    },
    [jumpToOffset],
  );
  const compareSection = useCallback(
    (section?: Section) => {
      const article = textRef.current;
      const target =
        section ??
        (article
          ? sectionToCompare(doc.sections, picked.current, readingPosition(article))
          : (doc.sections[0] ?? null));
      if (!target) return;
      const place = doc.town ?? doc.county;
      window.location.hash = compareHref(
        { kind: 'section', value: String(target.id) },
        undefined,
        [place, target.title.trim()].filter(Boolean).join(' · '),
      );
    },
    [doc.sections, doc.town, doc.county],
  );
  const find = useFind(doc.id, arrival, jumpToOffset);
  const marks = useMemo(() => marksByBlock(blocks, find.ranges), [blocks, find.ranges]);
  const coding = useReaderAnnotations(doc.id, blocks);
  const ocrPages = useOcrPageMap(doc.id, onProofread !== null);
  const { setActiveId, annotations, settled } = coding;
  useMarkClick(textRef, setActiveId);
  useFindShortcut(find.show);
  const jumpToAnnotation = useCallback(
    (annotation: Annotation) => {
      setActiveId(annotation.id);
      jumpToOffset(annotation.start);
    },
    [setActiveId, jumpToOffset],
  );

  // Sent to an offset: find scrolls to the occurrence there; without one, go to the offset itself
  // (once the annotations are drawn, so a coded passage starting there can be centred and picked).
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current || arrival.at === null) return;
    if (arrival.query !== '' && find.fetching) return;
    if (!settled) return;
    arrived.current = true;
    const coded = annotations?.find((annotation) => annotation.start === arrival.at);
    if (coded) setActiveId(coded.id);
    if (arrival.query === '' || find.ranges.length === 0) jumpToOffset(arrival.at);
  }, [arrival, find.fetching, find.ranges, jumpToOffset, annotations, settled, setActiveId]);

  return (
    <div className="reader-layout">
      <aside className="reader-aside">
        <SectionOutline sections={doc.sections} onJump={jumpTo} onCompare={compareSection} />
      </aside>
      <div className="reader-main" ref={mainRef}>
        {find.open && findSlot && createPortal(<FindBar find={find} />, findSlot)}
        <ReaderHeader
          doc={doc}
          onFind={find.show}
          onCompareSection={doc.sections.length > 0 ? () => compareSection() : null}
        />
        <ReaderText
          groups={groups}
          needsOcr={doc.needsOcr}
          articleRef={textRef}
          marks={marks}
          current={find.ranges.length > 0 ? find.current : null}
          annotations={coding.marks}
          activeAnnotation={coding.activeId}
          ocrPages={ocrPages}
          onProofread={onProofread}
        />
        <ReaderAnnotator
          text={text}
          articleRef={textRef}
          containerRef={mainRef}
          tags={coding.tags}
          tagNodes={coding.tagNodes}
          actions={coding.actions}
          onPendingChange={coding.setPending}
        />
        <AnnotationHoverCard
          articleRef={textRef}
          containerRef={mainRef}
          annotations={annotations ?? []}
          tags={coding.tagIndex}
        />
      </div>
      <AnnotationSidebar
        docId={doc.id}
        annotations={annotations}
        tags={coding.tags}
        tagIndex={coding.tagIndex}
        activeId={coding.activeId}
        actions={coding.actions}
        onJump={jumpToAnnotation}
      />
    </div>
  );
}

interface ModeSwitchProps {
  mode: ReaderMode;
  onChange(mode: ReaderMode): void;
}

/** 阅读 | 校对识别文本, for documents with scanned pages. */
function ModeSwitch({ mode, onChange }: ModeSwitchProps) {
  const { t } = useTranslation();
  return (
    <Segmented<ReaderMode>
      className="reader-mode-switch"
      value={mode}
      onChange={onChange}
      options={[
        {
          value: 'read',
          icon: <ReadOutlined />,
          label: <span data-testid="reader-mode-read">{t('ocr.mode.read')}</span>,
        },
        {
          value: 'proofread',
          icon: <ScanOutlined />,
          label: <span data-testid="reader-mode-proofread">{t('ocr.mode.proofread')}</span>,
        },
      ]}
    />
  );
}

export function ReaderView({ id, params }: { id: number; params?: RouteParams | undefined }) {
  const { t } = useTranslation();
  const query = useDocument(id);
  const arrival = useMemo(() => arrivalOf(params), [params]);
  const [findSlot, setFindSlot] = useState<HTMLDivElement | null>(null);
  const leave = useLeaveGuard();
  const doc = query.data;
  const ocr = doc !== undefined && hasOcr(doc);
  const { mode: asked, page: ocrPage } = modeOf(params);
  const mode: ReaderMode = ocr ? asked : 'read';

  // The mode and page ride in the address, so a reload (or a link) opens the same page.
  const goTo = useCallback(
    (next: { mode: ReaderMode; page?: number }, replace = false) => {
      const rest = Object.entries(params ?? {}).filter(([key]) => key !== 'mode' && key !== 'page');
      const extra: [string, string][] =
        next.mode === 'proofread'
          ? [
              ['mode', 'ocr'],
              ...(next.page ? [['page', String(next.page)] as [string, string]] : []),
            ]
          : [];
      navigate({ view: 'doc', id, params: Object.fromEntries([...rest, ...extra]) }, { replace });
    },
    [id, params],
  );

  const proofreadAt = useCallback((page: number) => goTo({ mode: 'proofread', page }), [goTo]);

  return (
    <div className="view reader-view" data-mode={mode}>
      <div className="reader-find-anchor" ref={setFindSlot} />
      <div className="reader-topbar">
        <BackLink from={originOf(params, arrival)} />
        {ocr && (
          <ModeSwitch
            mode={mode}
            onChange={(next) => leave.guard(() => goTo({ mode: next, page: ocrPage ?? undefined }))}
          />
        )}
      </div>
      {query.isPending && <Skeleton active title paragraph={{ rows: 12 }} />}
      {query.isError && !doc && (
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
      {doc && mode === 'proofread' && (
        <ProofreadView
          doc={doc}
          page={ocrPage}
          onPage={(page) => goTo({ mode: 'proofread', page }, true)}
          onRead={() => goTo({ mode: 'read' })}
          leave={leave}
        />
      )}
      {doc && mode === 'read' && (
        // A new arrival (another hit in the same document) starts the Reader afresh.
        <ReaderDocument
          key={`${arrival.at ?? ''}:${arrival.query}`}
          doc={doc}
          arrival={arrival}
          findSlot={findSlot}
          onProofread={ocr ? proofreadAt : null}
        />
      )}
    </div>
  );
}

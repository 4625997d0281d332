import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PageMarker } from './PageMarker';
import type { PageGroup, TextBlock } from './textBlocks';

interface ReaderTextProps {
  groups: PageGroup[];
  /** The document waits for OCR as a whole (an image), which explains an empty text. */
  needsOcr: boolean;
  articleRef?: Ref<HTMLElement>;
}

function Block({ block }: { block: TextBlock }) {
  return (
    <p data-offset={block.start} tabIndex={-1}>
      {block.text}
    </p>
  );
}

/**
 * The document's full text in paragraph blocks, each tagged with its code point offset, and page
 * markers between the pages of a paged original. Text is always rendered as React text nodes:
 * imported documents are untrusted, and markup in them must show as characters.
 */
export const ReaderText = memo(function ReaderText({
  groups,
  needsOcr,
  articleRef,
}: ReaderTextProps) {
  const { t } = useTranslation();
  const empty = groups.every((group) => group.blocks.length === 0 && group.page === null);
  return (
    <article className="reader-text" data-testid="reader-text" lang="zh-CN" ref={articleRef}>
      {empty && (
        <div className="reader-page-notice" data-testid="reader-empty">
          {needsOcr ? t('reader.emptyText.needsOcr') : t('reader.emptyText.none')}
        </div>
      )}
      {groups.map((group) => (
        <div
          key={group.page === null ? 'lead' : `page-${group.page.number}`}
          className="reader-page"
        >
          {group.page && <PageMarker page={group.page} empty={group.blocks.length === 0} />}
          {group.blocks.map((block) => (
            <Block key={block.start} block={block} />
          ))}
        </div>
      ))}
    </article>
  );
});

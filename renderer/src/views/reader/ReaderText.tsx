import { memo } from 'react';
import { paragraphId, type Paragraph } from './paragraphs';

/**
 * The document's full text. Text is always rendered as React text nodes: imported documents are
 * untrusted, and markup in them must show as characters, never be interpreted.
 */
export const ReaderText = memo(function ReaderText({ paragraphs }: { paragraphs: Paragraph[] }) {
  return (
    <article className="reader-text" data-testid="reader-text" lang="zh-CN">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} id={paragraphId(paragraph)} tabIndex={-1}>
          {paragraph.text}
        </p>
      ))}
    </article>
  );
});

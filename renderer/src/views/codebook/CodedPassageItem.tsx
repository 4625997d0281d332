import { Tag as AntTag } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodedPassage, Tag } from '../../../../shared/domain';
import { withAlpha } from '../../codebook/colors';
import { TagChip } from '../../codebook/TagChip';
import { PATH_SEPARATOR } from '../../codebook/tagTree';
import { passageHref } from './passageLink';

/** Context shown on each side of the quote, in characters. */
const CONTEXT_CHARS = 40;

function tail(text: string, count: number): string {
  const chars = Array.from(text);
  return chars.length > count ? `…${chars.slice(-count).join('')}` : text;
}

function head(text: string, count: number): string {
  const chars = Array.from(text);
  return chars.length > count ? `${chars.slice(0, count).join('')}…` : text;
}

interface CodedPassageItemProps {
  passage: CodedPassage;
  tags: ReadonlyMap<number, Tag>;
  /** The colour the quote is marked in (the tag being retrieved). */
  color: string;
}

/**
 * One coded passage: where it is (town · year · title, section), the quote marked in its
 * context, the comment and the tags. The whole card leads to the passage in the Reader.
 */
export const CodedPassageItem = memo(function CodedPassageItem({
  passage,
  tags,
  color,
}: CodedPassageItemProps) {
  const { t } = useTranslation();
  const href = passageHref(passage.docId, passage.start);
  const place = passage.town ?? passage.county;
  const known = passage.tagIds.map((id) => tags.get(id)).filter((tag): tag is Tag => !!tag);
  return (
    <article className="coded-item" data-testid="coded-item" data-annotation-id={passage.id}>
      <header className="coded-item-head">
        <span className="coded-item-where">
          {place && <span className="coded-item-place">{place}</span>}
          {passage.year !== null && (
            <span className="coded-item-year tabular">
              {t('metadata.yearValue', { year: passage.year })}
            </span>
          )}
          <a className="coded-item-title" href={href} data-testid="coded-item-link">
            {passage.title}
          </a>
        </span>
        {passage.kind && <AntTag className="search-hit-tag">{t(`kind.${passage.kind}`)}</AntTag>}
      </header>
      {passage.sectionPath.length > 0 && (
        <div className="coded-item-path" title={passage.sectionPath.join(PATH_SEPARATOR)}>
          {passage.sectionPath.join(PATH_SEPARATOR)}
        </div>
      )}
      <a className="coded-item-quote" href={href} tabIndex={-1} lang="zh-CN">
        <span className="coded-item-context">{tail(passage.prefix, CONTEXT_CHARS)}</span>
        <mark
          className="coded-item-mark"
          style={{ backgroundColor: withAlpha(color, 0.16), boxShadow: `inset 0 -2px ${color}` }}
        >
          {passage.quote}
        </mark>
        <span className="coded-item-context">{head(passage.suffix, CONTEXT_CHARS)}</span>
      </a>
      {passage.status === 'needs_attention' && passage.attentionReason && (
        <div className="annotation-attention">{passage.attentionReason}</div>
      )}
      {passage.comment && <p className="coded-item-comment">{passage.comment}</p>}
      {known.length > 0 && (
        <div className="coded-item-tags">
          {known.map((tag) => (
            <TagChip key={tag.id} tag={tag} small />
          ))}
        </div>
      )}
    </article>
  );
});

import { Tag } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/domain';
import { HighlightedText } from '../../components/HighlightedText';
import { readerHref } from './readerLink';

const PATH_SEPARATOR = ' › ';

/** Town · year · kind of the document a hit is in. */
function HitTags({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const place = hit.town ?? hit.county;
  return (
    <span className="search-hit-tags">
      {place && <Tag className="search-hit-tag">{place}</Tag>}
      {hit.year !== null && (
        <Tag className="search-hit-tag tabular">{t('metadata.yearValue', { year: hit.year })}</Tag>
      )}
      {hit.kind && <Tag className="search-hit-tag">{t(`kind.${hit.kind}`)}</Tag>}
    </span>
  );
}

/** One matching passage: where it is, a snippet with the matches marked, and a way in. */
export const SearchHitItem = memo(function SearchHitItem({
  hit,
  query,
}: {
  hit: SearchHit;
  query: string;
}) {
  const { t } = useTranslation();
  const href = readerHref(hit.docId, hit.start, query);
  return (
    <article className="search-hit" data-testid="search-result" data-doc-id={hit.docId}>
      <header className="search-hit-head">
        <a className="search-hit-title" href={href} data-testid="search-result-title">
          {hit.title}
        </a>
        <span className="search-hit-count tabular" data-testid="search-hit-count">
          {t('search.hitCount', { count: hit.hitCount })}
        </span>
      </header>
      <div className="search-hit-meta">
        <HitTags hit={hit} />
        {hit.sectionPath.length > 0 && (
          <span className="search-hit-path" title={hit.sectionPath.join(PATH_SEPARATOR)}>
            {hit.sectionPath.join(PATH_SEPARATOR)}
          </span>
        )}
      </div>
      {/* The snippet leads to the same place; a second tab stop would only repeat the title. */}
      <a className="search-hit-snippet" href={href} tabIndex={-1} lang="zh-CN">
        <HighlightedText
          text={hit.snippet.text}
          ranges={hit.snippet.highlights}
          markTestId="search-mark"
        />
      </a>
    </article>
  );
});

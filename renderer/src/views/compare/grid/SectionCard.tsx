import { CloseOutlined, ExportOutlined, PushpinFilled, PushpinOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { memo, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparedSection, Tag } from '../../../../../shared/domain';
import { TagChip } from '../../../codebook/TagChip';
import { PATH_SEPARATOR } from '../../../codebook/tagTree';
import { sliceCodePoints } from '../../../text/codePoints';
import { compareReaderHref } from '../compareLink';
import { phraseLetters, phraseOf } from '../compareModel';
import { useCompareDisplay } from './displayContext';
import { ScoreBar } from './ScoreBar';
import { SectionText } from './SectionText';
import { useOverflow } from './useOverflow';

/** Matched terms listed (on one line that fades out at the column's edge). */
const TERMS_SHOWN = 8;
/** Tag chips shown before the rest fold into "+n". */
const CHIPS_SHOWN = 4;

export type SectionChoice = 'pinned' | 'removed' | null;

interface SectionCardProps {
  section: ComparedSection;
  onChoice(section: ComparedSection, choice: SectionChoice): void;
}

/** The tags coded anywhere in the section, each once, in the order they first appear. */
function useSectionTags(section: ComparedSection): Tag[] {
  const { tags } = useCompareDisplay();
  return useMemo(() => {
    const seen = new Set<number>();
    const found: Tag[] = [];
    const ordered = [...section.annotations].sort((a, b) => a.start - b.start);
    for (const annotation of ordered) {
      for (const id of annotation.tagIds) {
        const tag = tags.get(id);
        if (tag && !seen.has(id)) {
          seen.add(id);
          found.push(tag);
        }
      }
    }
    return found;
  }, [section.annotations, tags]);
}

/** Unfolds the section when the phrase picked in the panel occurs in it. */
function useFlashUnfold(section: ComparedSection, unfold: () => void): void {
  const { flash, phrases } = useCompareDisplay();
  const [seen, setSeen] = useState<number | null>(null);
  if (flash && flash.nonce !== seen) {
    setSeen(flash.nonce);
    const holds = section.sharedPhrases.some((range) => {
      const written = sliceCodePoints(section.text, range.start, range.end);
      // A longer shared run holds the phrase too.
      return (phraseOf(written, phrases)?.text ?? phraseLetters(written)).includes(flash.text);
    });
    if (holds) unfold();
  }
}

function MatchedTerms({ terms }: { terms: readonly string[] }) {
  const { t } = useTranslation();
  if (terms.length === 0) return null;
  const shown = terms.slice(0, TERMS_SHOWN);
  return (
    <div className="compare-section-terms" title={terms.join('、')}>
      <span className="compare-section-terms-label">{t('compare.section.because')}</span>
      {shown.map((term) => (
        <span key={term} className="compare-term">
          {term}
        </span>
      ))}
      {terms.length > shown.length && (
        <span className="compare-term-more">+{terms.length - shown.length}</span>
      )}
    </div>
  );
}

function TagChips({ tags }: { tags: readonly Tag[] }) {
  if (tags.length === 0) return null;
  const shown = tags.slice(0, CHIPS_SHOWN);
  return (
    <div className="compare-section-tags">
      {shown.map((tag) => (
        <TagChip key={tag.id} tag={tag} small />
      ))}
      {tags.length > shown.length && (
        <span
          className="compare-term-more"
          title={tags
            .slice(CHIPS_SHOWN)
            .map((tag) => tag.name)
            .join('、')}
        >
          +{tags.length - shown.length}
        </span>
      )}
    </div>
  );
}

/**
 * One section proposed (or pinned) for a town: where it sits, why it was proposed, its text
 * folded to a few lines with the shared phrases marked, its codes, and what can be done with it.
 */
export const SectionCard = memo(function SectionCard({ section, onChoice }: SectionCardProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  const overflowing = useOverflow(textRef, !expanded);
  const tags = useSectionTags(section);
  useFlashUnfold(section, () => setExpanded(true));
  const path =
    section.sectionPath.length > 0
      ? section.sectionPath.join(PATH_SEPARATOR)
      : t('compare.section.wholeDocument');
  const href = compareReaderHref(section.docId, section.start);

  return (
    <article
      className={section.pinned ? 'compare-section compare-section-pinned' : 'compare-section'}
      data-testid="compare-section"
      data-section-id={section.sectionId}
      data-pinned={section.pinned}
    >
      <header className="compare-section-head">
        <span className="compare-section-path" title={path}>
          {section.pinned && (
            <PushpinFilled
              className="compare-pin-icon"
              aria-label={t('compare.section.pinned')}
              data-testid="compare-pinned"
            />
          )}
          {path}
        </span>
        {section.pinned ? (
          <span className="compare-pinned-label">{t('compare.section.pinned')}</span>
        ) : (
          <ScoreBar score={section.score} />
        )}
      </header>
      <div className="compare-section-doc">
        <a href={href} className="compare-section-title" title={section.title}>
          {section.title}
        </a>
        {section.year !== null && (
          <span className="compare-section-year tabular">
            {t('metadata.yearValue', { year: section.year })}
          </span>
        )}
      </div>
      <MatchedTerms terms={section.matchedTerms} />
      <div
        ref={textRef}
        className={expanded ? 'compare-section-text' : 'compare-section-text is-folded'}
        lang="zh-CN"
        data-testid="compare-section-text"
      >
        <SectionText text={section.text} ranges={section.sharedPhrases} />
      </div>
      {(expanded || overflowing) && (
        <button
          type="button"
          className="compare-fold"
          aria-expanded={expanded}
          data-testid="compare-fold"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('compare.section.collapse') : t('compare.section.expand')}
        </button>
      )}
      <TagChips tags={tags} />
      <footer className="compare-section-actions">
        <Tooltip
          title={section.pinned ? t('compare.section.unpinHint') : t('compare.section.pinHint')}
        >
          <Button
            size="small"
            type="text"
            className={section.pinned ? 'compare-action is-on' : 'compare-action'}
            icon={section.pinned ? <PushpinFilled /> : <PushpinOutlined />}
            data-testid="compare-pin"
            aria-pressed={section.pinned}
            onClick={() => onChoice(section, section.pinned ? null : 'pinned')}
          >
            {section.pinned ? t('compare.section.unpin') : t('compare.section.pin')}
          </Button>
        </Tooltip>
        <Tooltip title={t('compare.section.removeHint')}>
          <Button
            size="small"
            type="text"
            className="compare-action"
            icon={<CloseOutlined />}
            data-testid="compare-remove"
            onClick={() => onChoice(section, 'removed')}
          >
            {t('compare.section.remove')}
          </Button>
        </Tooltip>
        <Tooltip title={t('compare.section.open')}>
          <a
            className="compare-action compare-open"
            href={href}
            aria-label={t('compare.section.open')}
            data-testid="compare-open"
          >
            <ExportOutlined />
          </a>
        </Tooltip>
      </footer>
    </article>
  );
});

import { Empty, Switch, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharedPhrase } from '../../../../shared/domain';
import { useFormatters } from '../../format';
import { sortPhrases } from './compareModel';

/** Phrases listed before 显示全部. */
const FIRST_SHOWN = 24;

/** Phrases longer than this (in letters) say how long they are. */
const LONG_PHRASE = 40;

type Wordings = ReadonlyMap<string, { written: string; occurrences: number }>;

interface SharedPhrasesPanelProps {
  phrases: readonly SharedPhrase[];
  /** Each phrase as the sections write it (with punctuation). */
  wordings: Wordings;
  hideBoilerplate: boolean;
  onHideBoilerplate(value: boolean): void;
  /** Picks a phrase: its occurrences in the grid come into view and blink. */
  onFlash(text: string): void;
}

function PhraseItem({
  phrase,
  written,
  onFlash,
}: {
  phrase: SharedPhrase;
  written: string;
  onFlash(text: string): void;
}) {
  const { t } = useTranslation();
  const length = Array.from(phrase.text).length;
  return (
    <li className="phrase-item">
      <button
        type="button"
        className="phrase-text"
        data-testid="shared-phrase-item"
        data-phrase={phrase.text}
        title={length > LONG_PHRASE ? written : t('compare.phrases.flash')}
        onClick={() => onFlash(phrase.text)}
      >
        <span className="shared-phrase" lang="zh-CN">
          {written}
        </span>
      </button>
      <span className="phrase-towns">
        {length > LONG_PHRASE && (
          <span className="phrase-length tabular">
            {t('compare.phrases.length', { count: length })}
          </span>
        )}
        {phrase.boilerplate && (
          <Tooltip title={t('compare.phrases.boilerplateHint')}>
            <Tag className="phrase-boilerplate">{t('compare.phrases.boilerplate')}</Tag>
          </Tooltip>
        )}
        {phrase.towns.map((town) => (
          <Tag key={town} className="phrase-town">
            {town}
          </Tag>
        ))}
      </span>
    </li>
  );
}

/**
 * 共享表述: word-for-word phrases that several towns' sections share, the most widely shared
 * first. Slogans found across most of the library (套话) are hidden unless asked for.
 */
export function SharedPhrasesPanel({
  phrases,
  wordings,
  hideBoilerplate,
  onHideBoilerplate,
  onFlash,
}: SharedPhrasesPanelProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const [showAll, setShowAll] = useState(false);
  const sorted = useMemo(() => sortPhrases(phrases), [phrases]);
  const visible = hideBoilerplate ? sorted.filter((phrase) => !phrase.boilerplate) : sorted;
  const hidden = sorted.length - visible.length;
  const shown = showAll ? visible : visible.slice(0, FIRST_SHOWN);

  return (
    <section
      className="compare-panel"
      data-testid="shared-phrases-panel"
      aria-labelledby="compare-phrases-title"
    >
      <header className="compare-panel-head">
        <div className="compare-panel-title-row">
          <Typography.Title level={5} className="compare-panel-title" id="compare-phrases-title">
            {t('compare.phrases.title')}
          </Typography.Title>
          <Typography.Text type="secondary" className="compare-panel-count">
            {t('compare.phrases.count', {
              count: visible.length,
              formatted: number(visible.length),
            })}
            {hidden > 0 && ` · ${t('compare.phrases.hidden', { count: hidden })}`}
          </Typography.Text>
        </div>
        <label className="compare-switch">
          <Switch
            size="small"
            checked={hideBoilerplate}
            data-testid="hide-boilerplate"
            onChange={onHideBoilerplate}
          />
          <span>{t('compare.phrases.hideBoilerplate')}</span>
        </label>
      </header>
      <Typography.Paragraph type="secondary" className="compare-panel-intro">
        {t('compare.phrases.intro')}
      </Typography.Paragraph>
      {visible.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('compare.phrases.none')} />
      ) : (
        <ul className="phrase-list">
          {shown.map((phrase) => (
            <PhraseItem
              key={phrase.text}
              phrase={phrase}
              written={wordings.get(phrase.text)?.written ?? phrase.text}
              onFlash={onFlash}
            />
          ))}
        </ul>
      )}
      {visible.length > FIRST_SHOWN && (
        <button type="button" className="compare-link-button" onClick={() => setShowAll(!showAll)}>
          {showAll
            ? t('compare.phrases.showFewer')
            : t('compare.phrases.showAll', { count: visible.length })}
        </button>
      )}
    </section>
  );
}

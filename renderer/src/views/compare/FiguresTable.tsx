import { Empty, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../../shared/domain';
import { useFormatters } from '../../format';
import { compareReaderHref } from './compareLink';
import { groupFigures, type FigureGroup } from './compareModel';

/** Up to this many measures are all listed; beyond, the first FIRST_SHOWN, then 显示全部. */
const ALL_UP_TO = 40;
const FIRST_SHOWN = 30;

function KindTag({ kind }: { kind: Figure['kind'] }) {
  const { t } = useTranslation();
  if (kind === 'unknown') return null;
  return (
    <Tag className="figure-kind" color={kind === 'achievement' ? 'green' : 'blue'} data-kind={kind}>
      {t(`compare.figures.kind.${kind}`)}
    </Tag>
  );
}

/** One figure as written, what it counts on hover, the Reader at it on click. */
function FigureLink({ figure, max }: { figure: Figure; max: number | null }) {
  const { t } = useTranslation();
  const share = max && max > 0 ? Math.max(0.04, Math.abs(figure.value) / max) : null;
  return (
    <Tooltip
      title={
        figure.subject
          ? t('compare.figures.subject', { subject: figure.subject })
          : t('compare.figures.noSubject')
      }
      mouseEnterDelay={0.25}
    >
      <a
        className="figure"
        href={compareReaderHref(figure.docId, figure.start, figure.original)}
        data-testid="figure-cell"
        data-town={figure.town}
        data-kind={figure.kind}
      >
        <span className="figure-line">
          <span className="figure-value tabular">{figure.original}</span>
          <KindTag kind={figure.kind} />
        </span>
        {share !== null && (
          <span className="figure-bar" aria-hidden>
            <span
              className={`figure-bar-fill figure-bar-${figure.kind}`}
              style={{ width: `${share * 100}%` }}
            />
          </span>
        )}
      </a>
    </Tooltip>
  );
}

function MeasureCell({ group }: { group: FigureGroup }) {
  const { t } = useTranslation();
  const subjects = group.subjects.slice(0, 2);
  return (
    <th scope="row" className="figures-measure">
      <span className="figures-measure-name">{group.measure}</span>
      <span className="figures-measure-meta">
        {subjects.length > 0 && (
          <span className="figures-measure-subject" title={group.subjects.join('、')}>
            {subjects.join('、')}
            {group.subjects.length > subjects.length && '…'}
          </span>
        )}
        {group.unit && !group.measure.includes(group.unit) && (
          <span className="figures-measure-unit">
            {t('compare.figures.unit', { unit: group.unit })}
          </span>
        )}
      </span>
    </th>
  );
}

interface FiguresTableProps {
  figures: readonly Figure[];
  towns: readonly string[];
}

/**
 * 数字指标: the figures the compared sections state, one row per measure and one column per
 * town, each as written (3001.84畝) and marked as achieved or targeted; a bar shows its size
 * against the largest of the row.
 */
export function FiguresTable({ figures, towns }: FiguresTableProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const [showAll, setShowAll] = useState(false);
  const groups = useMemo(() => groupFigures(figures), [figures]);
  const folds = groups.length > ALL_UP_TO;
  const shown = showAll || !folds ? groups : groups.slice(0, FIRST_SHOWN);

  return (
    <section className="compare-panel" aria-labelledby="compare-figures-title">
      <header className="compare-panel-head">
        <div className="compare-panel-title-row">
          <Typography.Title level={5} className="compare-panel-title" id="compare-figures-title">
            {t('compare.figures.title')}
          </Typography.Title>
          <Typography.Text type="secondary" className="compare-panel-count">
            {t('compare.figures.count', {
              figures: number(figures.length),
              measures: number(groups.length),
            })}
          </Typography.Text>
        </div>
        <span className="figures-legend">
          <KindTag kind="achievement" />
          <KindTag kind="target" />
          <span className="figures-legend-note">{t('compare.figures.legend')}</span>
        </span>
      </header>
      <div className="figures-scroll" data-testid="figures-table">
        {groups.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('compare.figures.none')} />
        ) : (
          <table className="figures-table" style={{ minWidth: 200 + towns.length * 150 }}>
            <thead>
              <tr>
                <th scope="col" className="figures-measure">
                  {t('compare.figures.measure')}
                </th>
                {towns.map((town) => (
                  <th key={town} scope="col" className="figures-town">
                    {town}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((group) => (
                <tr key={group.measure} data-testid="figures-row">
                  <MeasureCell group={group} />
                  {towns.map((town) => {
                    const list = group.byTown.get(town) ?? [];
                    return (
                      <td key={town} className="figures-cell">
                        {list.length === 0 ? (
                          <span className="figures-empty" aria-label={t('compare.figures.empty')}>
                            —
                          </span>
                        ) : (
                          list.map((figure) => (
                            <FigureLink
                              key={`${figure.docId}-${figure.start}`}
                              figure={figure}
                              // Bars compare towns; a measure only one town states has none.
                              max={group.byTown.size > 1 ? group.max : null}
                            />
                          ))
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {folds && (
        <button type="button" className="compare-link-button" onClick={() => setShowAll(!showAll)}>
          {showAll
            ? t('compare.figures.showFewer')
            : t('compare.figures.showAll', { count: groups.length })}
        </button>
      )}
    </section>
  );
}

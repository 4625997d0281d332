import { EnvironmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ComparisonRow } from '../../../../../shared/domain';
import { TagDot } from '../../../codebook/TagDot';
import { useFormatters } from '../../../format';
import { describeTheme, type TownInfo } from '../compareModel';
import { useCompareDisplay } from './displayContext';

/** A town's column head: its name, the county (or city) it lies in, and its documents in scope. */
export function TownHeader({ town, info }: { town: string; info: TownInfo | undefined }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const years = info?.years;
  return (
    <div
      className="compare-column-head"
      role="columnheader"
      data-testid="compare-column"
      data-town={town}
    >
      <span className="compare-town" title={town}>
        {town}
      </span>
      <span className="compare-town-meta">
        {info?.region && (
          <span className="compare-town-region">
            <EnvironmentOutlined aria-hidden /> {info.region}
          </span>
        )}
        {info && info.documents > 0 && (
          <span className="compare-town-docs tabular">
            {t('compare.grid.documents', {
              count: info.documents,
              formatted: number(info.documents),
            })}
            {years && ` · ${years[0] === years[1] ? years[0] : `${years[0]}–${years[1]}`}`}
          </span>
        )}
      </span>
    </div>
  );
}

/** A row's head at the left: the sub-theme's label and what it looks for. */
export function RowLabel({ row }: { row: ComparisonRow }) {
  const { t } = useTranslation();
  const { tags, sectionLabel } = useCompareDisplay();
  const theme = describeTheme(row.theme, tags, sectionLabel);
  const found = row.cells.filter((cell) => cell.sections.length > 0).length;
  // A section row the core could only number is shown by the name the Reader sent.
  const named = row.theme.kind === 'section' && theme.text !== `#${row.theme.value}`;
  return (
    <div className="compare-row-label" role="rowheader" data-testid="compare-row-label">
      <span className="compare-row-name">{named ? theme.text : row.label}</span>
      {!named && !row.label.includes(theme.text) && (
        <span className="compare-row-theme">
          {theme.color && <TagDot color={theme.color} size={7} />}
          {t(`compare.themeKind.${theme.kind}`)}：{theme.text}
        </span>
      )}
      <span className="compare-row-count tabular">
        {t('compare.grid.coverage', { found, total: row.cells.length })}
      </span>
    </div>
  );
}

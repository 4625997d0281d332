import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** How closely a section matches the row's theme (0..1), as a short bar and a percentage. */
export function ScoreBar({ score }: { score: number }) {
  const { t } = useTranslation();
  const percent = Math.round(Math.min(1, Math.max(0, score)) * 100);
  return (
    <Tooltip title={t('compare.section.scoreHint')} mouseEnterDelay={0.4}>
      <span
        className="compare-score"
        data-testid="compare-score"
        aria-label={t('compare.section.score', { percent })}
      >
        <span className="compare-score-track" aria-hidden>
          <span className="compare-score-fill" style={{ width: `${percent}%` }} />
        </span>
        <span className="compare-score-value tabular">{percent}%</span>
      </span>
    </Tooltip>
  );
}

import { EditOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Spin, Tag as AntTag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComparisonResult, Tag } from '../../../../shared/domain';
import { TagDot } from '../../codebook/TagDot';
import { useFormatters } from '../../format';
import { ExportButton } from '../reports/ExportButton';
import { REPORT_FORMATS } from '../reports/exportOptions';
import { comparisonExportSource } from '../reports/exportSources';
import { allNotices, describeTheme, type SectionLabel } from './compareModel';

interface ComparisonHeadProps {
  result: ComparisonResult;
  tags: ReadonlyMap<number, Tag>;
  sectionLabel: SectionLabel | null;
  fetching: boolean;
  onSave(): void;
  onEditRows(): void;
}

/** The comparison's name (or theme), its extent, and what can be done with it as a whole. */
export function ComparisonHead({
  result,
  tags,
  sectionLabel,
  fetching,
  onSave,
  onEditRows,
}: ComparisonHeadProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const theme = describeTheme(result.theme, tags, sectionLabel);
  const saved = result.id !== null;
  const { yearFrom, yearTo } = result.scope;
  const years =
    yearFrom !== undefined || yearTo !== undefined ? `${yearFrom ?? '…'}–${yearTo ?? '…'}` : null;
  return (
    <div className="compare-result-head">
      <div className="compare-result-title-block">
        <div className="compare-result-title-row">
          <Typography.Title level={4} className="compare-result-title" data-testid="compare-title">
            {saved ? result.name : theme.text}
          </Typography.Title>
          {saved ? (
            <AntTag className="compare-saved-tag" color="blue">
              {t('compare.head.saved')}
            </AntTag>
          ) : (
            <AntTag className="compare-saved-tag">{t('compare.head.adHoc')}</AntTag>
          )}
          {fetching && <Spin size="small" />}
        </div>
        <div className="compare-result-meta">
          <span className="compare-result-theme">
            {theme.color && <TagDot color={theme.color} size={8} />}
            {t(`compare.themeKind.${theme.kind}`)}：{theme.text}
          </span>
          <span className="tabular">
            {t('compare.head.towns', {
              count: result.towns.length,
              formatted: number(result.towns.length),
            })}
          </span>
          <span className="tabular">
            {t('compare.head.rows', {
              count: result.rows.length,
              formatted: number(result.rows.length),
            })}
          </span>
          {years && <span className="tabular">{years}</span>}
          <span className="tabular">
            {t('compare.head.took', { ms: number(Math.round(result.tookMs)) })}
          </span>
        </div>
      </div>
      <div className="compare-result-actions">
        <ExportButton
          source={comparisonExportSource(result)}
          disabledReason={t('exports.saveFirst')}
          testId="compare-export"
          label={t('exports.openReport')}
          defaultTitle={saved ? result.name : theme.text}
          towns={result.towns}
          rows={saved ? result.rows : undefined}
          formats={REPORT_FORMATS}
        />
        {saved ? (
          <Button icon={<EditOutlined />} data-testid="compare-edit-rows" onClick={onEditRows}>
            {t('compare.rows.open')}
          </Button>
        ) : (
          <Button
            type="primary"
            icon={<SaveOutlined />}
            data-testid="compare-save"
            onClick={onSave}
          >
            {t('compare.save.action')}
          </Button>
        )}
      </div>
    </div>
  );
}

/** Something the comparison could not do as saved (a deleted document, a lost pin). */
export function CompareNotices({ result }: { result: ComparisonResult }) {
  const { t } = useTranslation();
  const notices = allNotices(result);
  if (notices.length === 0) return null;
  return (
    <Alert
      className="compare-notices"
      type="warning"
      showIcon
      data-testid="compare-notices"
      title={
        notices.length === 1 ? notices[0] : t('compare.notices.title', { count: notices.length })
      }
      description={
        notices.length > 1 ? (
          <ul className="compare-notice-list">
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}

/** How to read the grid's marks. */
export function GridLegend({ hideBoilerplate }: { hideBoilerplate: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="compare-legend" aria-label={t('compare.legend.label')}>
      <span className="compare-legend-item">
        <span className="shared-phrase">{t('compare.legend.phraseSample')}</span>
        {t('compare.legend.phrase')}
        {hideBoilerplate && (
          <span className="compare-legend-note">{t('compare.legend.boilerplateHidden')}</span>
        )}
      </span>
      <span className="compare-legend-item">
        <span className="compare-term">{t('compare.legend.termSample')}</span>
        {t('compare.legend.term')}
      </span>
      <span className="compare-legend-item">
        <span className="compare-score-track" aria-hidden>
          <span className="compare-score-fill" style={{ width: '70%' }} />
        </span>
        {t('compare.legend.score')}
      </span>
    </div>
  );
}

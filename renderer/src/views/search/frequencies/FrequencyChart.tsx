import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrequencyGroup } from '../../../../../shared/domain';
import { UI_FONT } from '../../../fonts';
import { useFormatters } from '../../../format';
import { useEChart } from '../../../components/charts/useEChart';
import type { BarChartOption } from './echarts';
// Registers the bar-chart pieces of ECharts this chart uses.
import './echarts';

const ROW_HEIGHT = 20;
const CHROME_HEIGHT = 84;
const BAR_COLOR = '#6f97bd';
const BAR_EMPHASIS = '#2b5f8a';

interface FrequencyChartProps {
  group: FrequencyGroup;
  label: string;
  /** The rate axis' upper end, shared by every chart so their bars compare. */
  axisMax: number;
}

interface BarDatum {
  value: number;
  count: number;
  term: string;
}

/** ECharts' tooltip is HTML; words come from imported documents, so they are escaped. */
function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}

export function chartHeight(rows: number): number {
  return CHROME_HEIGHT + Math.max(rows, 1) * ROW_HEIGHT;
}

function useChartOption({ group, label, axisMax }: FrequencyChartProps): BarChartOption {
  const { t } = useTranslation();
  const { number } = useFormatters();
  return useMemo(() => {
    const data: BarDatum[] = group.terms.map((term) => ({
      value: term.per10k,
      count: term.count,
      term: term.term,
    }));
    return {
      textStyle: { fontFamily: UI_FONT },
      animationDuration: 300,
      title: {
        text: label,
        subtext: t('freq.chartSubtitle', {
          documents: number(group.documents),
          words: number(group.totalWords),
        }),
        left: 0,
        top: 0,
        textStyle: { fontFamily: UI_FONT, fontSize: 14, fontWeight: 600, color: '#1f2328' },
        subtextStyle: { fontFamily: UI_FONT, fontSize: 12, color: '#8a919c' },
      },
      grid: { left: 0, right: 40, top: 56, bottom: 24, containLabel: true },
      tooltip: {
        trigger: 'item',
        textStyle: { fontFamily: UI_FONT, fontSize: 12 },
        formatter: (params) => {
          const datum = (Array.isArray(params) ? params[0] : params)?.data as BarDatum | undefined;
          if (!datum) return '';
          return `<strong>${escapeHtml(datum.term)}</strong><br/>${escapeHtml(
            t('freq.tooltip', { per10k: number(datum.value), count: number(datum.count) }),
          )}`;
        },
      },
      xAxis: {
        type: 'value',
        max: axisMax,
        splitNumber: 4,
        axisLabel: { fontFamily: UI_FONT, color: '#8a919c', fontSize: 11 },
        splitLine: { lineStyle: { color: '#eef0f3' } },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: data.map((datum) => datum.term),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: '#d5dbe3' } },
        axisLabel: {
          fontFamily: UI_FONT,
          color: '#1f2328',
          fontSize: 12,
          width: 96,
          overflow: 'truncate',
        },
      },
      series: [
        {
          type: 'bar',
          data,
          barMaxWidth: 14,
          itemStyle: { color: BAR_COLOR, borderRadius: [0, 2, 2, 0] },
          emphasis: { itemStyle: { color: BAR_EMPHASIS } },
          label: {
            show: true,
            position: 'right',
            fontFamily: UI_FONT,
            fontSize: 11,
            color: '#5b6472',
            formatter: (params: { value: unknown }) => number(Number(params.value)),
          },
        },
      ],
    };
  }, [group, label, axisMax, t, number]);
}

/** One group's top words as horizontal bars, per 10,000 words (raw counts in the tooltip). */
export function FrequencyChart(props: FrequencyChartProps) {
  const option = useChartOption(props);
  const containerRef = useEChart(option);

  return (
    <div
      ref={containerRef}
      className="freq-chart"
      data-testid="freq-chart"
      data-group={props.group.key}
      role="img"
      aria-label={props.label}
      style={{ height: chartHeight(props.group.terms.length) }}
    />
  );
}

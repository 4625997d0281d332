import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_FONT } from '../../../fonts';
import { useFormatters } from '../../../format';
import { useEChart } from '../../../components/charts/useEChart';
import type { HeatmapOption } from './heatmapCharts';
// Registers the heatmap pieces of ECharts this chart uses.
import './heatmapCharts';
import type { MatrixView } from './matrixModel';

const ROW_HEIGHT = 28;
const CHROME_HEIGHT = 150;
/** Values are written in the cells while they fit. */
const MAX_LABELLED_COLUMNS = 24;

/** ECharts' tooltip is HTML; tag names and towns come from the user and imports, so escape. */
function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}

interface MatrixHeatmapProps {
  view: MatrixView;
  measureLabel: string;
  onCell(row: number, column: number): void;
}

export function heatmapHeight(rows: number): number {
  return CHROME_HEIGHT + Math.max(rows, 1) * ROW_HEIGHT;
}

function useHeatmapOption({ view, measureLabel }: MatrixHeatmapProps): HeatmapOption {
  const { number } = useFormatters();
  const { t } = useTranslation();
  return useMemo(() => {
    const data = view.rows.flatMap((row, y) => row.cells.map((value, x) => [x, y, value]));
    const labelled = view.columns.length <= MAX_LABELLED_COLUMNS;
    return {
      textStyle: { fontFamily: UI_FONT },
      animation: false,
      grid: { left: 8, right: 16, top: 16, bottom: 72, containLabel: true },
      tooltip: {
        position: 'top',
        textStyle: { fontFamily: UI_FONT, fontSize: 12 },
        formatter: (params) => {
          const item = Array.isArray(params) ? params[0] : params;
          const [x, y, value] = (item?.data as number[] | undefined) ?? [];
          const row = view.rows[y ?? -1];
          const column = view.columns[x ?? -1];
          if (!row || !column) return '';
          return `<strong>${escapeHtml(row.path)}</strong><br/>${escapeHtml(column.label)}：${escapeHtml(
            t('matrix.tooltip', { value: number(value ?? 0), measure: measureLabel }),
          )}`;
        },
      },
      xAxis: {
        type: 'category',
        data: view.columns.map((column) => column.label),
        splitArea: { show: false },
        axisTick: { show: false },
        axisLine: { lineStyle: { color: '#d5dbe3' } },
        axisLabel: {
          fontFamily: UI_FONT,
          color: '#1f2328',
          fontSize: 12,
          interval: 0,
          rotate: view.columns.length > 8 ? 35 : 0,
          width: 96,
          overflow: 'truncate',
        },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: view.rows.map((row) => `${'\u3000'.repeat(row.depth)}${row.name}`),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: '#d5dbe3' } },
        axisLabel: {
          fontFamily: UI_FONT,
          color: '#1f2328',
          fontSize: 12,
          width: 160,
          overflow: 'truncate',
        },
      },
      visualMap: {
        min: 0,
        max: Math.max(view.max, 1),
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 8,
        itemWidth: 12,
        itemHeight: 160,
        text: [t('matrix.legendHigh'), t('matrix.legendLow')],
        textStyle: { fontFamily: UI_FONT, color: '#5b6472', fontSize: 11 },
        inRange: { color: ['#f3f6f9', '#a9c1d8', '#2b5f8a'] },
      },
      series: [
        {
          type: 'heatmap',
          data,
          label: {
            show: labelled,
            fontFamily: UI_FONT,
            fontSize: 11,
            formatter: (params: { data: unknown }) => {
              const value = (params.data as number[])[2] ?? 0;
              return value === 0 ? '' : number(value);
            },
          },
          itemStyle: { borderColor: '#ffffff', borderWidth: 2, borderRadius: 3 },
          emphasis: { itemStyle: { borderColor: '#1f2328', borderWidth: 1 } },
        },
      ],
    };
  }, [view, measureLabel, number, t]);
}

/** The same matrix as a heatmap; a click on a cell lists its passages like the table does. */
export function MatrixHeatmap(props: MatrixHeatmapProps) {
  const option = useHeatmapOption(props);
  const containerRef = useEChart(option, (data) => {
    const [x, y, value] = (data as number[] | undefined) ?? [];
    if (x !== undefined && y !== undefined && (value ?? 0) > 0) props.onCell(y, x);
  });

  return (
    <div
      ref={containerRef}
      className="matrix-heatmap"
      data-testid="matrix-heatmap"
      role="img"
      aria-label={props.measureLabel}
      style={{ height: heatmapHeight(props.view.rows.length) }}
    />
  );
}

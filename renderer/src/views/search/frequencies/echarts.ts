import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TitleComponent,
  TooltipComponent,
  type GridComponentOption,
  type TitleComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * ECharts, only the pieces the word-frequency charts use: a fraction of the full build, and
 * nothing that evaluates code (the page's CSP forbids it).
 */
echarts.use([BarChart, GridComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export type BarChartOption = echarts.ComposeOption<
  BarSeriesOption | GridComponentOption | TitleComponentOption | TooltipComponentOption
>;

export { echarts };

import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useEffectEvent, useRef } from 'react';

/**
 * Mounts an ECharts chart on the returned div: resized with its container, disposed on
 * unmount, and given `option` whenever it changes. The caller's module registers the chart
 * types it uses (echarts.use), so each chart loads only its own pieces.
 */
export function useEChart(
  option: EChartsCoreOption,
  onClick?: (data: unknown) => void,
): React.RefObject<HTMLDivElement | null> {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const click = useEffectEvent((data: unknown) => onClick?.(data));

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = echarts.init(container, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (params) => click(params.data));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      chartRef.current = null;
      chart.dispose();
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return containerRef;
}

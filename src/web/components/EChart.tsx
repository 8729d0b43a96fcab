import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { ECharts, EChartsCoreOption } from 'echarts/core';

export type EChartOption = EChartsCoreOption;

/**
 * A small ECharts wrapper: initialises on mount, applies the option whenever it changes, follows the container's size
 * and disposes on unmount. `onEvents` maps ECharts event names (e.g. 'click') to handlers.
 */
export function EChart({
  option,
  height = 320,
  style,
  onEvents,
  testId,
}: {
  option: EChartOption;
  height?: number | string;
  style?: CSSProperties;
  onEvents?: Record<string, (params: any) => void>;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ECharts | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let instance: ECharts | null = null;
    let observer: ResizeObserver | null = null;
    let disposed = false;
    // ECharts is its own chunk, fetched when the first chart mounts (see echartsParts.ts).
    void import('./echartsParts.js').then(({ echarts }) => {
      if (disposed) return;
      instance = echarts.init(el, undefined, { renderer: 'canvas' });
      observer = new ResizeObserver(() => instance?.resize());
      observer.observe(el);
      setChart(instance);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      instance?.dispose();
      setChart(null);
    };
  }, []);

  useEffect(() => {
    // notMerge: a changed option replaces the old one, so removed series do not linger.
    chart?.setOption(option, { notMerge: true });
  }, [chart, option]);

  useEffect(() => {
    const instance = chart;
    if (!instance || !onEvents) return;
    for (const [name, handler] of Object.entries(onEvents)) instance.on(name, handler);
    return () => {
      for (const [name, handler] of Object.entries(onEvents)) instance.off(name, handler);
    };
  }, [chart, onEvents]);

  return <div ref={ref} data-testid={testId} style={{ width: '100%', height, ...style }} />;
}

import { useEffect, useRef, type CSSProperties } from 'react';
import * as echarts from 'echarts';

export type EChartOption = echarts.EChartsCoreOption;

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
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a changed option replaces the old one, so removed series do not linger.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onEvents) return;
    for (const [name, handler] of Object.entries(onEvents)) instance.on(name, handler);
    return () => {
      for (const [name, handler] of Object.entries(onEvents)) instance.off(name, handler);
    };
  }, [onEvents]);

  return <div ref={ref} data-testid={testId} style={{ width: '100%', height, ...style }} />;
}

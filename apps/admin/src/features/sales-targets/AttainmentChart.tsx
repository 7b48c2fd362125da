import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';

// Bars only (tree-shaken); SVG needs no canvas. Loaded with the targets page, never before.
echarts.use([BarChart, GridComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export interface AttainmentPoint {
  name: string;
  /** Percent, e.g. 87.5; null when the territory has no actual. */
  percent: number | null;
}

/** One bar per territory: its attainment in percent, with the 100% line the bars are read against. */
export default function AttainmentChart({ title, points }: { title: string; points: AttainmentPoint[] }) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      style={{ height: 300 }}
      notMerge
      opts={{ renderer: 'svg' }}
      option={{
        aria: { enabled: true, label: { description: title } },
        tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => `${String(value)}%` },
        grid: { left: 48, right: 16, top: 24, bottom: 48 },
        xAxis: { type: 'category', data: points.map((p) => p.name), axisLabel: { interval: 0, rotate: 30 } },
        yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
        series: [
          {
            type: 'bar',
            name: title,
            data: points.map((p) => p.percent),
            markLine: { silent: true, symbol: 'none', data: [{ yAxis: 100 }] },
          },
        ],
      }}
    />
  );
}

import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';

// Only what a grouped bar chart needs (tree-shaken: about a quarter of the full build); SVG renders crisply and
// needs no canvas.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface MetricsSeries {
  name: string;
  values: Array<number | null>;
}

/** Grouped bars: one group per agent, queue or team, one bar per measure. Loaded only with the metrics page. */
export default function MetricsChart({
  title,
  categories,
  series,
}: {
  title: string;
  categories: string[];
  series: MetricsSeries[];
}) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      style={{ height: 320 }}
      notMerge
      opts={{ renderer: 'svg' }}
      option={{
        aria: { enabled: true, label: { description: title } },
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 48, right: 16, top: 40, bottom: 32 },
        xAxis: { type: 'category', data: categories },
        yAxis: { type: 'value' },
        series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values })),
      }}
    />
  );
}

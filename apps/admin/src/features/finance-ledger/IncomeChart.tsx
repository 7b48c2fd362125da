import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';

// Only what a grouped bar chart needs (tree-shaken); SVG renders crisply and needs no canvas.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface IncomeSeries {
  name: string;
  /** Yuan, for the axis: the chart only shows proportions, the table keeps the exact 分. */
  values: number[];
}

/** The income statement's lines as grouped bars (this period, year to date). Loaded only with the report. */
export default function IncomeChart({
  title,
  categories,
  series,
}: {
  title: string;
  categories: string[];
  series: IncomeSeries[];
}) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      style={{ height: 300 }}
      notMerge
      opts={{ renderer: 'svg' }}
      option={{
        aria: { enabled: true, label: { description: title } },
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 64, right: 16, top: 40, bottom: 64 },
        xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: 30 } },
        yAxis: { type: 'value' },
        series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values })),
      }}
    />
  );
}

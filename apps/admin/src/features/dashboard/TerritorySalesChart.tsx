import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';

// Only what the bars need, tree-shaken; loaded with the dashboard, never in the initial bundle.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Sales per territory in yuan, one bar per series (today, this month); a click picks the territory. */
export default function TerritorySalesChart({
  title,
  categories,
  series,
  onPick,
}: {
  title: string;
  categories: string[];
  series: Array<{ name: string; values: number[] }>;
  onPick(index: number): void;
}) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      style={{ height: 320 }}
      notMerge
      opts={{ renderer: 'svg' }}
      onEvents={{ click: (event: { dataIndex: number }) => onPick(event.dataIndex) }}
      option={{
        aria: { enabled: true, label: { description: title } },
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 64, right: 16, top: 40, bottom: 32 },
        xAxis: { type: 'category', data: categories },
        yAxis: { type: 'value' },
        series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, cursor: 'pointer' })),
      }}
    />
  );
}

import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';

// Tree-shaken like the general manager's charts, and like them loaded only when a dashboard shows one.
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** A department chart: bars (one per series) or a pie of the first series; a click picks a category. */
export default function DepartmentChart({
  kind,
  title,
  categories,
  series,
  onPick,
}: {
  kind: 'bar' | 'pie';
  title: string;
  categories: string[];
  series: Array<{ name: string; values: number[] }>;
  onPick(index: number): void;
}) {
  const option =
    kind === 'pie'
      ? {
          tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
          legend: { bottom: 0 },
          series: [
            {
              type: 'pie',
              name: series[0]?.name,
              radius: ['35%', '65%'],
              data: categories.map((name, i) => ({ name, value: series[0]?.values[i] ?? 0 })),
              cursor: 'pointer',
            },
          ],
        }
      : {
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { left: 64, right: 16, top: 40, bottom: 48 },
          xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, hideOverlap: true } },
          yAxis: { type: 'value' },
          series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, cursor: 'pointer' })),
        };
  return (
    <ReactEChartsCore
      echarts={echarts}
      style={{ height: 320 }}
      notMerge
      opts={{ renderer: 'svg' }}
      onEvents={{ click: (event: { dataIndex: number }) => onPick(event.dataIndex) }}
      option={{ aria: { enabled: true, label: { description: title } }, ...option }}
    />
  );
}

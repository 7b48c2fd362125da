import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';

// Bars and a line only (tree-shaken); SVG needs no canvas. Loaded with the campaign page, never before.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface EffectChartLabels {
  title: string;
  visits: string;
  orders: string;
  revenue: string;
}

/** Per day: visits and orders as bars (left axis), revenue in yuan as a line (right axis). */
export default function CampaignEffectChart({
  labels,
  days,
}: {
  labels: EffectChartLabels;
  days: Array<{ date: string; visits: number; orders: number; revenue: number }>;
}) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      style={{ height: 300 }}
      notMerge
      opts={{ renderer: 'svg' }}
      option={{
        aria: { enabled: true, label: { description: labels.title } },
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 48, right: 64, top: 40, bottom: 32 },
        xAxis: { type: 'category', data: days.map((d) => d.date.slice(5)) },
        yAxis: [{ type: 'value' }, { type: 'value', position: 'right' }],
        series: [
          { type: 'bar', name: labels.visits, data: days.map((d) => d.visits) },
          { type: 'bar', name: labels.orders, data: days.map((d) => d.orders) },
          {
            type: 'line',
            name: labels.revenue,
            yAxisIndex: 1,
            data: days.map((d) => d.revenue / 100),
          },
        ],
      }}
    />
  );
}

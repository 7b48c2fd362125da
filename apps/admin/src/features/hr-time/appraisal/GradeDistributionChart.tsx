import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { DistributionRow } from './appraisal-rules';

echarts.use([BarChart, GridComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

/** People per grade; a bar over its forced-distribution cap is red. Loaded only with the cycle page. */
export default function GradeDistributionChart({ title, rows }: { title: string; rows: DistributionRow[] }) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      style={{ height: 260 }}
      notMerge
      opts={{ renderer: 'svg' }}
      option={{
        aria: { enabled: true, label: { description: title } },
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 16, top: 16, bottom: 32 },
        xAxis: { type: 'category', data: rows.map((r) => r.grade) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            type: 'bar',
            name: title,
            data: rows.map((r) => ({ value: r.count, itemStyle: { color: r.over ? '#cf1322' : '#1677ff' } })),
          },
        ],
      }}
    />
  );
}

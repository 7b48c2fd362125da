import { FunnelChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';

echarts.use([FunnelChart, TooltipComponent, SVGRenderer]);

/** The month's orders by the furthest stage reached, in the stages' order; a click picks a stage. */
export default function OrderFunnelChart({
  title,
  stages,
  onPick,
}: {
  title: string;
  stages: Array<{ name: string; value: number }>;
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
        tooltip: { trigger: 'item', formatter: '{b}: {c}' },
        series: [
          {
            type: 'funnel',
            // Keeps the business order (placed → returned) rather than sorting by size.
            sort: 'none',
            left: '10%',
            width: '80%',
            label: { show: true, position: 'inside', formatter: '{b} {c}' },
            data: stages,
            cursor: 'pointer',
          },
        ],
      }}
    />
  );
}

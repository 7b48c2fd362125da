import { lazy, Suspense } from 'react';

// Like the charts, antd's Empty (with its illustration) comes after the figures, and only when a chart is empty.
const EmptyChart = lazy(() => import('./EmptyChart'));

/** In place of a chart with nothing to draw. */
export function NoChartData({ description }: { description: string }) {
  return (
    <Suspense fallback={null}>
      <EmptyChart description={description} />
    </Suspense>
  );
}

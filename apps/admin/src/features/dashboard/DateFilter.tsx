import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { DayPickerProps } from './DayPicker';

// The date picker (with dayjs) is about a third of the dashboard's code, and the figures of today do not need
// it: it arrives a moment after them, in its own chunk, while a placeholder of its size holds its place.
const DayPicker = lazy(() => import('./DayPicker'));

export function DateFilter(props: DayPickerProps) {
  return (
    <Suspense fallback={<Skeleton.Input active style={{ width: 150 }} />}>
      <DayPicker {...props} />
    </Suspense>
  );
}

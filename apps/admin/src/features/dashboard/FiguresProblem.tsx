import { lazy, Suspense } from 'react';

// Only shown when the figures fail: the "no access" page behind it carries antd's Result with its
// illustrations, which the dashboard's first screen should not download.
const QueryProblem = lazy(() =>
  import('../../shared/ui/QueryProblem').then((m) => ({ default: m.QueryProblem })),
);

export function FiguresProblem(props: { error: unknown; onRetry(): void }) {
  return (
    <Suspense fallback={null}>
      <QueryProblem {...props} />
    </Suspense>
  );
}

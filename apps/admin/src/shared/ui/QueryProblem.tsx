import { ApiProblem } from '../../api/problem';
import { NoAccessResult } from './NoAccessResult';
import { ProblemAlert } from './ProblemAlert';

/** A page's data could not be loaded: a refusal (403) becomes the "no access" page, anything else an alert. */
export function QueryProblem({ error, onRetry }: { error: unknown; onRetry(): void }) {
  if (error instanceof ApiProblem && error.status === 403) return <NoAccessResult />;
  return <ProblemAlert error={error} onRetry={onRetry} />;
}

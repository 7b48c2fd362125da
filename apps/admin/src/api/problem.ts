import type { components } from './schema';

type ProblemDetails = components['schemas']['ProblemDetailsSchema'];
export type FieldProblem = components['schemas']['FieldProblemSchema'];

/**
 * An RFC 9457 problem answered by the API, as an Error: a client branches on `code` and `status`, a person
 * reads `detail`, and support finds the request by `requestId`.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: readonly FieldProblem[];
  readonly requestId: string | undefined;
  /** From a `Retry-After` header (e.g. SIGN_IN_LOCKED): how many seconds to wait before trying again. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: ProblemDetails, retryAfterSeconds?: number) {
    super(problem.detail || problem.title);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.requestId = problem.requestId;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Turns a failed response and its parsed body into an ApiProblem. Bodies that are not problem+json (a proxy's
 * HTML error page, an empty 502) still become one, named after the HTTP status.
 */
export function problemFromResponse(response: Response, body: unknown): ApiProblem {
  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
  if (isProblemDetails(body)) return new ApiProblem({ requestId, ...body }, retryAfter);
  return new ApiProblem(
    {
      type: 'about:blank',
      title: response.statusText || `HTTP ${response.status}`,
      status: response.status,
      code: `HTTP_${response.status}`,
      detail:
        typeof body === 'string' && body.length > 0 && body.length < 300 ? body : `HTTP ${response.status}`,
      requestId,
    },
    retryAfter,
  );
}

/** `Retry-After` is either a number of seconds or an HTTP date (RFC 9110); either becomes seconds from now. */
function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function isProblemDetails(body: unknown): body is ProblemDetails {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<Record<keyof ProblemDetails, unknown>>;
  return (
    typeof candidate.status === 'number' &&
    typeof candidate.code === 'string' &&
    typeof candidate.title === 'string' &&
    typeof candidate.detail === 'string' &&
    (candidate.errors === undefined || Array.isArray(candidate.errors))
  );
}

/** What a failed fetch (offline, DNS, connection refused) becomes, so every failure has one shape. */
export function networkProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  return new ApiProblem({
    type: 'about:blank',
    title: 'Network error',
    status: 0,
    code: 'NETWORK_ERROR',
    detail: error instanceof Error ? error.message : String(error),
  });
}

import { Operation, Resolve } from './openapi-document';
import { FuzzRequest } from './requests';
import { violations } from './strict-schema';

/** One answer of the app, however it was obtained. */
export interface Reply {
  status: number;
  contentType: string;
  body: unknown;
}

const LEAKS = /\bat .+\.(js|ts):\d+|SELECT |INSERT |QueryFailedError/;

/** A reported field names the broken one when it is that field, or a parent or child of it. */
const names = (reported: string, expected: string) =>
  reported === expected || expected.startsWith(`${reported}.`) || reported.startsWith(`${expected}.`);

function problemShape(response: Reply, request: FuzzRequest): string[] {
  const found: string[] = [];
  const body = response.body as Record<string, unknown>;
  if (!/^application\/problem\+json/.test(response.contentType))
    return [`${response.status} is not problem+json (${response.contentType})`];
  if (typeof body.type !== 'string' || typeof body.title !== 'string' || body.status !== response.status)
    found.push(`${response.status} problem lacks type/title/status: ${JSON.stringify(body).slice(0, 200)}`);
  if (LEAKS.test(JSON.stringify(body))) found.push(`${response.status} problem leaks internals`);
  if (body.code === 'VALIDATION_FAILED') {
    const errors = (body.errors ?? []) as Array<{ field?: unknown }>;
    if (errors.length === 0 || errors.some((e) => typeof e.field !== 'string'))
      found.push('VALIDATION_FAILED without the fields named');
    else if (
      request.kind === 'invalid-body' &&
      request.field &&
      !errors.some((e) => names(e.field as string, request.field!))
    )
      found.push(
        `refused ${request.why} but named ${errors.map((e) => e.field).join(', ')}, not ${request.field}`,
      );
  }
  return found;
}

/** What is wrong with one response, as lines; empty when it keeps every promise of the contract. */
export function checkResponse(
  op: Operation,
  request: FuzzRequest,
  response: Reply,
  resolve: Resolve,
): string[] {
  const { status } = response;
  if (status >= 500) return [`${status} ${JSON.stringify(response.body).slice(0, 200)}`];
  if (status >= 400) return problemShape(response, request);
  if (request.mustRefuse) return [`${status}: accepted ${request.why}`];
  if (!(status in op.success)) return [`${status} is not a documented success status`];
  const schema = op.success[status];
  const json = /^application\/json/.test(response.contentType);
  if (!json) return [];
  if (!schema) return [`${status} has a JSON body but no documented schema`];
  return violations(schema, response.body, resolve).slice(0, 5);
}

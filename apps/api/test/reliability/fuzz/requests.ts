import fc from 'fast-check';
import { Operation, Parameter, Resolve, typesOf } from './openapi-document';
import { invalidBody, STRESS_STRINGS } from './invalid-values';
import { flatten } from './strict-schema';
import { isoDate, isoDateTime, validValue } from './valid-values';

export interface FuzzRequest {
  kind: 'valid' | 'invalid-body' | 'invalid-query' | 'invalid-path' | 'stress';
  url: string;
  headers: Record<string, string>;
  /** Sent as JSON text when defined. */
  body?: unknown;
  /** The request breaks the documented contract, so it must be refused with a 4xx. */
  mustRefuse: boolean;
  /** For a broken body or query: the field the validation error should name. */
  field?: string;
  why?: string;
}

const ID_LIKE = (p: Parameter) => p.schema?.format === 'uuid' || /(^id|Id)$/.test(p.name);
const JUNK_IDS = [
  'not-a-uuid',
  '0',
  '-1',
  '99999999999999999999',
  "1' OR '1'='1",
  '%00',
  'ÿ😀',
  'x'.repeat(2000),
];

function paramValue(p: Parameter, resolve: Resolve, ids: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const s = flatten(p.schema ?? {}, resolve);
  const example = (p.schema as { example?: unknown } | undefined)?.example;
  if (s.enum) return fc.constantFrom(...s.enum.map(String));
  if (ID_LIKE(p)) return ids;
  if (s.format === 'date') return isoDate();
  if (s.format === 'date-time') return isoDateTime();
  const types = typesOf(s);
  if (types.includes('boolean')) return fc.constantFrom('true', 'false');
  const generated =
    types.includes('number') || types.includes('integer')
      ? fc.integer({ min: s.minimum ?? 0, max: s.maximum ?? 3000 }).map(String)
      : fc.string({ maxLength: 12 });
  return example === undefined ? generated : fc.oneof(fc.constant(String(example)), generated);
}

/** Query values the parameter's schema forbids, or undefined when any string is allowed. */
function forbiddenQuery(p: Parameter, resolve: Resolve): string[] | undefined {
  const s = flatten(p.schema ?? {}, resolve);
  const types = typesOf(s);
  if (s.enum) return ['not-in-the-enum'];
  if (s.format === 'uuid') return ['not-a-uuid', '42'];
  if (s.format === 'date' || s.format === 'date-time') return ['yesterday', '2026-02-30T99:00:00Z'];
  if (types.includes('boolean')) return ['maybe'];
  if (types.includes('number') || types.includes('integer'))
    return [
      'abc',
      'NaN',
      ...(s.minimum !== undefined ? [String(s.minimum - 1)] : []),
      ...(s.maximum !== undefined ? [String(s.maximum + 1)] : []),
    ];
  return undefined;
}

function buildUrl(op: Operation, path: Record<string, string>, query: Record<string, string>): string {
  const route = op.route.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(path[name]));
  const search = new URLSearchParams(query).toString();
  return search ? `${route}?${search}` : route;
}

/** Every request the fuzz suite may send to one operation: valid ones, and each way of breaking one. */
export function requestsFor(
  op: Operation,
  resolve: Resolve,
  ids: fc.Arbitrary<string>,
): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query' && p.name !== 'cursor');
  const ifMatch = op.parameters.some((p) => p.in === 'header' && p.name === 'If-Match');
  const record = (params: Parameter[]) =>
    fc.record(Object.fromEntries(params.map((p) => [p.name, paramValue(p, resolve, ids)])), {
      requiredKeys: params.filter((p) => p.required || p.in === 'path').map((p) => p.name),
    }) as fc.Arbitrary<Record<string, string>>;
  const headers = ifMatch
    ? fc.option(fc.constantFrom('"1"', 'W/"2"', '*'), { nil: undefined })
    : fc.constant(undefined);
  const base = fc.record({ path: record(pathParams), query: record(queryParams), ifMatch: headers });
  const body: fc.Arbitrary<unknown> = op.jsonBody
    ? validValue(op.jsonBody, resolve, ids)
    : op.multipart
      ? fc.constant({ file: 'not multipart' })
      : fc.constant(undefined);
  const make = (
    kind: FuzzRequest['kind'],
    parts: { path: Record<string, string>; query: Record<string, string>; ifMatch?: string },
    extra: Partial<FuzzRequest>,
  ): FuzzRequest => ({
    kind,
    url: buildUrl(op, parts.path, parts.query),
    headers: parts.ifMatch ? { 'If-Match': parts.ifMatch } : {},
    mustRefuse: false,
    ...extra,
  });

  const variants: Array<fc.Arbitrary<FuzzRequest>> = [
    fc.tuple(base, body).map(([parts, b]) =>
      // An upload sent as JSON breaks the contract: it must be refused, never crash the handler.
      make('valid', parts, {
        body: b,
        mustRefuse: op.multipart,
        why: op.multipart ? 'JSON for an upload' : undefined,
      }),
    ),
  ];
  if (op.jsonBody) {
    const broken = invalidBody(op.jsonBody, resolve, ids);
    const topLevel = fc.constantFrom<[unknown, string]>(
      ['a string', 'a string body'],
      [[], 'an array body'],
      [7, 'a number body'],
    );
    variants.push(
      fc
        .tuple(base, broken)
        .map(([parts, bad]) =>
          make('invalid-body', parts, { body: bad.value, mustRefuse: true, field: bad.field, why: bad.why }),
        ),
      fc
        .tuple(base, topLevel)
        .map(([parts, [b, why]]) => make('invalid-body', parts, { body: b, mustRefuse: true, why })),
    );
  }
  // A route without query parameters has no query DTO to refuse strangers with: only lists are held to it.
  const unknownQuery = queryParams.length > 0 ? [['fuzzUnknown', '1'] as const] : [];
  const brokenQuery = queryParams.flatMap((p) =>
    (forbiddenQuery(p, resolve) ?? []).map((v) => [p.name, v] as const),
  );
  if (unknownQuery.length + brokenQuery.length > 0)
    variants.push(
      fc
        .tuple(base, body, fc.constantFrom<readonly [string, string]>(...unknownQuery, ...brokenQuery))
        .map(([parts, b, [name, value]]) =>
          make(
            'invalid-query',
            { ...parts, query: { ...parts.query, [name]: value } },
            {
              body: b,
              mustRefuse: true,
              field: name,
              why: `query ${name}=${value}`,
            },
          ),
        ),
    );
  const idParams = pathParams.filter(ID_LIKE);
  if (idParams.length > 0)
    variants.push(
      fc
        .tuple(base, body, fc.constantFrom(...idParams), fc.constantFrom(...JUNK_IDS))
        .map(([parts, b, p, junk]) =>
          make(
            'invalid-path',
            { ...parts, path: { ...parts.path, [p.name]: junk } },
            {
              body: b,
              mustRefuse: true,
              why: `path ${p.name}=${junk.slice(0, 20)}`,
            },
          ),
        ),
    );
  const stringParams = [...queryParams, ...pathParams.filter((p) => !ID_LIKE(p))].filter(
    (p) => forbiddenQuery(p, resolve) === undefined,
  );
  if (stringParams.length > 0)
    variants.push(
      fc
        .tuple(
          base,
          body,
          fc.constantFrom(...stringParams),
          fc.constantFrom(...STRESS_STRINGS.slice(1), 'x'.repeat(3000)),
        )
        .map(([parts, b, p, nasty]) => {
          const where = p.in === 'path' ? 'path' : 'query';
          return make(
            'stress',
            { ...parts, [where]: { ...parts[where], [p.name]: nasty } },
            { body: b, why: `${p.name}=${nasty.slice(0, 20)}` },
          );
        }),
    );
  return fc.oneof(...variants);
}

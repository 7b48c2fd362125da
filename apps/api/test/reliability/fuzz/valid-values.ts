import fc from 'fast-check';
import { JsonSchema, Resolve, typesOf } from './openapi-document';
import { flatten } from './strict-schema';

/** Ids the app has handed out so far; id-like fields draw from them so requests reach past "not found". */
export class IdPool {
  private readonly ids: string[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly excluded: Set<string>) {}

  /** Collects every `id` / `…Id` string in a response body. */
  collect(body: unknown, depth = 0): void {
    if (depth > 6 || typeof body !== 'object' || body === null) return;
    for (const [key, value] of Object.entries(body)) {
      if (
        typeof value === 'string' &&
        /(^id|Id)$/.test(key) &&
        UUID.test(value) &&
        !this.excluded.has(value)
      ) {
        if (!this.seen.has(value)) this.ids.push(value);
        this.seen.add(value);
      } else this.collect(value, depth + 1);
    }
  }

  /** A snapshot: the pool grows while the suite runs, each operation's arbitraries see it as it was. */
  arbitrary(): fc.Arbitrary<string> {
    const random = fc.uuid({ version: 7 });
    if (this.ids.length === 0) return random;
    return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...this.ids.slice(-200)) }, random);
  }

  get size(): number {
    return this.ids.length;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MIN_DATE = new Date('2020-01-01T00:00:00.000Z');
const MAX_DATE = new Date('2030-12-31T00:00:00.000Z');
const MAX_DEPTH = 5;

export const isoDateTime = () =>
  fc.date({ min: MIN_DATE, max: MAX_DATE, noInvalidDate: true }).map((d) => d.toISOString());
export const isoDate = () => isoDateTime().map((d) => d.slice(0, 10));

/** Values the schema allows: what a well-behaved client could send. */
export function validValue(
  schema: JsonSchema,
  resolve: Resolve,
  ids: fc.Arbitrary<string>,
  name = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  const s = flatten(schema, resolve);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((b) => validValue(b, resolve, ids, name, depth)));
  const types = typesOf(s).filter((type) => type !== 'null');
  const nullable = typesOf(s).includes('null');
  const type = types[0] ?? (s.properties ? 'object' : undefined);
  const value = ofType(type, s, resolve, ids, name, depth);
  return nullable ? fc.oneof({ weight: 4, arbitrary: value }, fc.constant(null)) : value;
}

function ofType(
  type: string | undefined,
  s: JsonSchema,
  resolve: Resolve,
  ids: fc.Arbitrary<string>,
  name: string,
  depth: number,
): fc.Arbitrary<unknown> {
  const example = (s as { example?: unknown }).example;
  const withExample = (arbitrary: fc.Arbitrary<unknown>) =>
    example === undefined ? arbitrary : fc.oneof(fc.constant(example), arbitrary);
  switch (type) {
    case 'string':
      return withExample(validString(s, ids, name));
    case 'integer':
    case 'number':
      return withExample(fc.integer({ min: s.minimum ?? -1_000_000, max: s.maximum ?? 1_000_000 }));
    case 'boolean':
      return fc.boolean();
    case 'array':
      if (depth >= MAX_DEPTH) return fc.constant([]);
      return fc.array(validValue(s.items ?? {}, resolve, ids, name, depth + 1), {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 3, 3)),
      });
    case 'object':
      return withExample(validObject(s, resolve, ids, depth));
    default:
      return fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean());
  }
}

function validString(s: JsonSchema, ids: fc.Arbitrary<string>, name: string): fc.Arbitrary<string> {
  if (s.format === 'uuid' || /(^id|Id|Ids)$/.test(name)) return ids;
  if (s.format === 'date-time') return isoDateTime();
  if (s.format === 'date') return isoDate();
  if (s.format === 'uri' || /url$/i.test(name)) return fc.webUrl();
  if (s.format === 'email' || /email$/i.test(name)) return fc.emailAddress();
  const minLength = s.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(s.maxLength ?? 30, 30));
  return fc.string({
    minLength,
    maxLength,
    unit: fc.oneof(fc.constantFrom(...'掌柜订单客户商品'), fc.string({ minLength: 1, maxLength: 1 })),
  });
}

function validObject(
  s: JsonSchema,
  resolve: Resolve,
  ids: fc.Arbitrary<string>,
  depth: number,
): fc.Arbitrary<unknown> {
  if (depth >= MAX_DEPTH) return fc.constant({});
  const properties = s.properties ?? {};
  if (Object.keys(properties).length === 0) {
    if (typeof s.additionalProperties === 'object')
      return fc.dictionary(
        fc.string({ minLength: 1, maxLength: 8 }),
        validValue(s.additionalProperties, resolve, ids, '', depth + 1),
        { maxKeys: 3 },
      );
    return fc.constant({});
  }
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, p]) => [key, validValue(p, resolve, ids, key, depth + 1)]),
  );
  return fc.record(model, { requiredKeys: (s.required ?? []).filter((key) => key in properties) });
}

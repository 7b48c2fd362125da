import fc from 'fast-check';
import { JsonSchema, Resolve, typesOf } from './openapi-document';
import { flatten } from './strict-schema';
import { validValue } from './valid-values';

/** A value the schema forbids at `field` (a dotted path, as problem+json names fields). */
export interface Invalid {
  value: unknown;
  field: string;
  why: string;
}

const HUGE = 'x'.repeat(200_000);
const join = (parent: string, key: string | number) => (parent ? `${parent}.${key}` : String(key));

/** Replacements the schema forbids for a value of this schema. */
function forbidden(s: JsonSchema): Array<[unknown, string]> {
  const types = typesOf(s);
  const out: Array<[unknown, string]> = [];
  if (!types.includes('null')) out.push([null, 'null']);
  if (s.enum) out.push(['not-in-the-enum', 'outside the enum']);
  if (types.includes('string')) {
    out.push([42, 'a number for a string'], [{ nested: true }, 'an object for a string']);
    if (s.maxLength !== undefined) out.push(['x'.repeat(s.maxLength + 1), `longer than ${s.maxLength}`]);
    if (s.format === 'uuid') out.push(['not-a-uuid', 'not a uuid'], ['1', 'a number-like id']);
    if (s.format === 'date') out.push(['2026-13-45', 'an impossible date']);
    if (s.format === 'date-time') out.push(['yesterday', 'not a date-time']);
  }
  if (types.includes('number') || types.includes('integer')) {
    out.push(['12', 'a numeric string'], [true, 'a boolean for a number'], [[1], 'an array for a number']);
    if (s.minimum !== undefined) out.push([s.minimum - 1, `below ${s.minimum}`]);
    if (s.maximum !== undefined) out.push([s.maximum + 1, `above ${s.maximum}`]);
    if (types.includes('integer')) out.push([1.5, 'a fraction for an integer']);
  }
  if (types.includes('boolean')) out.push(['true', 'a string for a boolean'], [1, 'a number for a boolean']);
  if (types.includes('array')) out.push([{}, 'an object for an array'], ['[]', 'a string for an array']);
  if (types.includes('object')) out.push([[], 'an array for an object'], ['{}', 'a string for an object']);
  return out;
}

/**
 * A body broken in exactly one place: a property given a forbidden value, a required property removed, or an
 * unknown property added, at any depth. Each names the field the refusal should name.
 */
export function invalidBody(
  schema: JsonSchema,
  resolve: Resolve,
  ids: fc.Arbitrary<string>,
): fc.Arbitrary<Invalid> {
  return validValue(schema, resolve, ids).chain((valid) => {
    const candidates = breakages(schema, valid, resolve, '', 0);
    return candidates.length === 0 ? fc.constant(topLevel(valid)) : fc.constantFrom(...candidates);
  });
}

function topLevel(valid: unknown): Invalid {
  return { value: [valid], field: '', why: 'an array for the body' };
}

function breakages(
  schema: JsonSchema,
  value: unknown,
  resolve: Resolve,
  path: string,
  depth: number,
): Invalid[] {
  const s = flatten(schema, resolve);
  if (depth > 4 || s.anyOf || s.oneOf) return [];
  const out: Invalid[] = [];
  if (Array.isArray(value) && s.items) {
    value.forEach((item, i) => {
      for (const inner of breakages(s.items!, item, resolve, join(path, i), depth + 1))
        out.push({ ...inner, value: value.map((v, j) => (j === i ? inner.value : v)) });
    });
    return out;
  }
  if (typeof value !== 'object' || value === null || !s.properties) return out;
  const record = value as Record<string, unknown>;
  out.push({
    value: { ...record, fuzzUnknown: 1 },
    field: join(path, 'fuzzUnknown'),
    why: 'an unknown property',
  });
  for (const key of s.required ?? []) {
    if (!(key in record) || !(key in s.properties)) continue;
    const { [key]: _removed, ...rest } = record;
    out.push({ value: rest, field: join(path, key), why: `required ${key} missing` });
  }
  for (const [key, propertySchema] of Object.entries(s.properties)) {
    const field = join(path, key);
    const property = flatten(propertySchema, resolve);
    // A nullable property left out is allowed; null for an optional one is "absent" to class-validator.
    const optional = !(s.required ?? []).includes(key);
    for (const [bad, why] of forbidden(property)) {
      if (bad === null && optional) continue;
      out.push({ value: { ...record, [key]: bad }, field, why: `${key}: ${why}` });
    }
    if (key in record)
      for (const inner of breakages(property, record[key], resolve, field, depth + 1))
        out.push({ ...inner, value: { ...record, [key]: inner.value } });
  }
  return out;
}

/** Strings no schema should have to take: they must never cost a 5xx, refused or stored. */
export const STRESS_STRINGS: string[] = [
  HUGE,
  "'; DROP TABLE product; --",
  '<script>alert(1)</script>',
  '\u0000',
  '𝕏🀄️‮שלום‍​',
  '%00%ff../../etc/passwd',
];

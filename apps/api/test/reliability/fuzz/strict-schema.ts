import { JsonSchema, Resolve, typesOf } from './openapi-document';

const FORMATS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
};

/** `$ref`s followed and `allOf` merged into one schema, so "outside the schema" means the union of its parts. */
export function flatten(schema: JsonSchema, resolve: Resolve): JsonSchema {
  const own = resolve(schema);
  if (!own.allOf) return own;
  const { allOf, ...rest } = own;
  return allOf
    .map((part) => flatten(part, resolve))
    .reduce<JsonSchema>(
      (merged, part) => ({
        ...part,
        ...merged,
        properties: { ...part.properties, ...merged.properties },
        required: [...(merged.required ?? []), ...(part.required ?? [])],
      }),
      rest,
    );
}

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return false;
  }
}

/**
 * Validates a response body against its documented schema, strictly: a property the schema does not declare
 * is a violation (an object schema that declares no properties at all is a free-form map and is not checked).
 * Returns one line per violation, naming the JSON path.
 */
export function violations(schema: JsonSchema, value: unknown, resolve: Resolve, path = '$'): string[] {
  const s = flatten(schema, resolve);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) {
    const results = alternatives.map((branch) => violations(branch, value, resolve, path));
    if (results.some((r) => r.length === 0)) return [];
    return results.sort((a, b) => a.length - b.length)[0];
  }
  const types = typesOf(s);
  if (types.length > 0 && !types.some((type) => typeMatches(type, value)))
    return [`${path}: expected ${types.join('|')}, got ${value === null ? 'null' : typeof value}`];
  if (s.enum && !s.enum.includes(value)) return [`${path}: ${JSON.stringify(value)} is not one of the enum`];
  if (typeof value === 'string') return stringViolations(s, value, path);
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) return [`${path}: below minimum ${s.minimum}`];
    if (s.maximum !== undefined && value > s.maximum) return [`${path}: above maximum ${s.maximum}`];
    return [];
  }
  if (Array.isArray(value))
    return s.items ? value.flatMap((item, i) => violations(s.items!, item, resolve, `${path}[${i}]`)) : [];
  if (typeof value === 'object' && value !== null)
    return objectViolations(s, value as Record<string, unknown>, resolve, path);
  return [];
}

function stringViolations(s: JsonSchema, value: string, path: string): string[] {
  const pattern = s.format ? FORMATS[s.format] : undefined;
  if (pattern && !pattern.test(value)) return [`${path}: ${JSON.stringify(value)} is not a ${s.format}`];
  if (s.maxLength !== undefined && value.length > s.maxLength) return [`${path}: longer than ${s.maxLength}`];
  if (s.minLength !== undefined && value.length < s.minLength)
    return [`${path}: shorter than ${s.minLength}`];
  return [];
}

function objectViolations(
  s: JsonSchema,
  value: Record<string, unknown>,
  resolve: Resolve,
  path: string,
): string[] {
  const declared = s.properties ?? {};
  const found: string[] = [];
  for (const name of s.required ?? []) if (!(name in value)) found.push(`${path}.${name}: required, missing`);
  for (const [name, item] of Object.entries(value)) {
    const property = declared[name];
    if (property) found.push(...violations(property, item, resolve, `${path}.${name}`));
    else if (typeof s.additionalProperties === 'object')
      found.push(...violations(s.additionalProperties, item, resolve, `${path}.${name}`));
    else if (s.properties && s.additionalProperties !== true)
      found.push(`${path}.${name}: not in the documented schema`);
  }
  return found;
}

import type { OpenApiDocument, SchemaRef } from './routes';

interface SchemaNode extends SchemaRef {
  type?: string;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
}

export interface NestedObject {
  /** Dotted, as the validation errors name it: `lines.0`, `address`, `lines.0.options.0`. */
  path: string;
  /** The object the server would store, one level deeper than the body. */
  schema: SchemaNode;
  /** The body path as keys, to build `{ lines: [{ … }] }`. */
  keys: Array<string | number>;
}

/** Follows `$ref` and a single-member `allOf` (how Nest's Swagger writes a described or nullable $ref). */
function resolve(document: OpenApiDocument, node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node) return undefined;
  if (node.$ref) return resolve(document, document.components.schemas[node.$ref.split('/').pop()!]);
  if (node.allOf?.length === 1 && !node.properties) return resolve(document, node.allOf[0] as SchemaNode);
  return node;
}

const isObject = (node: SchemaNode | undefined): node is SchemaNode =>
  !!node && (!!node.properties || !!node.allOf) && Object.keys(node.properties ?? {}).length > 0;

/**
 * Every object with declared properties nested inside a request body (order lines, claim lines, an address…),
 * down to `maxDepth` levels. Free-form objects (no properties) are not listed: they have nothing to forbid.
 */
export function nestedObjects(
  document: OpenApiDocument,
  body: SchemaRef | undefined,
  maxDepth = 3,
): NestedObject[] {
  const found: NestedObject[] = [];
  const visit = (node: SchemaNode | undefined, path: string, keys: Array<string | number>, depth: number) => {
    const schema = resolve(document, node);
    if (!schema || depth > maxDepth) return;
    const properties = { ...(schema.properties ?? {}) } as Record<string, SchemaNode>;
    for (const part of schema.allOf ?? [])
      Object.assign(properties, resolve(document, part as SchemaNode)?.properties);
    for (const [name, property] of Object.entries(properties)) {
      const resolved = resolve(document, property);
      if (resolved?.type === 'array') {
        const item = resolve(document, resolved.items);
        if (isObject(item)) {
          const itemPath = `${path}${name}.0`;
          found.push({ path: itemPath, schema: item, keys: [...keys, name, 0] });
          visit(item, `${itemPath}.`, [...keys, name, 0], depth + 1);
        }
      } else if (isObject(resolved)) {
        found.push({ path: `${path}${name}`, schema: resolved, keys: [...keys, name] });
        visit(resolved, `${path}${name}.`, [...keys, name], depth + 1);
      }
    }
  };
  visit(body as SchemaNode, '', [], 1);
  return found;
}

/** `{ lines: [{ …fields }] }` for keys `['lines', 0]`. */
export function bodyWith(keys: Array<string | number>, fields: Record<string, unknown>): object {
  return keys.reduceRight<object>(
    (inner, key) => (typeof key === 'number' ? [inner] : { [key]: inner }),
    fields,
  );
}

import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_RULE, AccessRule } from '@zhanggui/api-platform';
import type { TestApp } from '@zhanggui/api-platform/testing';

export interface Route {
  method: string;
  /** As Nest routes it, with `:param` placeholders. */
  path: string;
  rule: AccessRule | undefined;
}

const UNPREFIXED = new Set(['health']);

/** Every route of the application, read from the same metadata Nest routes by (the access matrix uses it too). */
export function discoverRoutes(t: TestApp): Route[] {
  const discovery = t.app.get(DiscoveryService);
  const scanner = t.app.get(MetadataScanner);
  const reflector = t.app.get(Reflector);
  return discovery.getControllers().flatMap((wrapper) => {
    const controller = wrapper.metatype as new () => object;
    if (!controller || !wrapper.instance) return [];
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '').replace(/^\/|\/$/g, '');
    const prototype = Object.getPrototypeOf(wrapper.instance);
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name];
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) return [];
      const sub = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '').replace(/^\/|\/$/g, '');
      const joined = [base, sub].filter(Boolean).join('/');
      const path = UNPREFIXED.has(base) ? `/${joined}` : `/api/v1/${joined}`;
      const rule = reflector.getAllAndOverride<AccessRule>(ACCESS_RULE, [handler, controller]);
      return [{ method: RequestMethod[method].toLowerCase(), path, rule }];
    });
  });
}

/** `/api/v1/orders/:id` and OpenAPI's `/api/v1/orders/{id}` both become `get /api/v1/orders/{}`. */
export function routeKey(method: string, path: string): string {
  return `${method.toLowerCase()} ${path.replace(/:[A-Za-z0-9_]+|\{[^}]+\}/g, '{}')}`;
}

export interface OpenApiOperation {
  operationId?: string;
  parameters?: Array<{ name: string; in: string; schema?: { maximum?: number } }>;
  requestBody?: { content?: Record<string, { schema?: SchemaRef }> };
  responses: Record<string, unknown>;
}

export interface SchemaRef {
  $ref?: string;
  properties?: Record<string, unknown>;
  allOf?: SchemaRef[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, SchemaRef> };
}

export async function fetchOpenApi(t: TestApp): Promise<OpenApiDocument> {
  return (await t.http().get('/api/docs-json').expect(200)).body;
}

export function operationsOf(document: OpenApiDocument) {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({ path, method, operation })),
  );
}

/** The property names a schema declares, following `$ref` and `allOf`. */
export function declaredProperties(document: OpenApiDocument, schema: SchemaRef | undefined): Set<string> {
  const names = new Set<string>();
  const visit = (node: SchemaRef | undefined) => {
    if (!node) return;
    if (node.$ref) return visit(document.components.schemas[node.$ref.split('/').pop()!]);
    for (const name of Object.keys(node.properties ?? {})) names.add(name);
    node.allOf?.forEach(visit);
  };
  visit(schema);
  return names;
}

export const SOME_ID = '01a21f21-0000-7000-8000-000000000000';
const SAMPLE_PARAMS: Record<string, string> = { year: '2026', month: '1', city: encodeURIComponent('北京') };

/** A concrete URL for a route: a well-formed value for each parameter (a random id unless it is a year…). */
export function fillPath(path: string): string {
  return path.replace(
    /:([A-Za-z0-9_]+)|\{([^}]+)\}/g,
    (_, colon, brace) => SAMPLE_PARAMS[colon ?? brace] ?? SOME_ID,
  );
}

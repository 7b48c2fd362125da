/** The parts of the app's OpenAPI 3.1 document the fuzz suite reads. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: JsonSchema;
}

interface Response {
  content?: Record<string, { schema?: JsonSchema }>;
}

interface RawOperation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, Response>;
  security?: unknown[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, JsonSchema> };
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** As documented, `/api/v1/products/{id}`. */
  route: string;
  id: string;
  parameters: Parameter[];
  /** The JSON body schema; undefined when the operation takes none. */
  jsonBody?: JsonSchema;
  bodyRequired: boolean;
  /** The operation takes multipart/form-data (an upload) instead of JSON. */
  multipart: boolean;
  /** Needs a credential: a 401 with the administrator's means the suite lost its session. */
  secured: boolean;
  /** Documented 2xx JSON response schemas by status. */
  success: Record<number, JsonSchema | undefined>;
}

export function listOperations(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([route, methods]) =>
    Object.entries(methods).map(([method, raw]) => {
      const content = raw.requestBody?.content ?? {};
      const success = Object.fromEntries(
        Object.entries(raw.responses)
          .filter(([status]) => Number(status) >= 200 && Number(status) < 300)
          .map(([status, response]) => [Number(status), response.content?.['application/json']?.schema]),
      );
      return {
        method: method as Operation['method'],
        route,
        id: `${method.toUpperCase()} ${route}`,
        parameters: raw.parameters ?? [],
        jsonBody: content['application/json']?.schema,
        bodyRequired: raw.requestBody?.required ?? false,
        multipart: 'multipart/form-data' in content,
        secured: (raw.security ?? []).length > 0,
        success,
      };
    }),
  );
}

/** Follows `#/components/schemas/X` references (one level at a time, as the callers walk). */
export function resolver(document: OpenApiDocument) {
  return function resolve(schema: JsonSchema): JsonSchema {
    let current = schema;
    while (current.$ref) {
      const name = current.$ref.replace('#/components/schemas/', '');
      const target = document.components.schemas[name];
      if (!target) throw new Error(`unresolvable $ref ${current.$ref}`);
      current = target;
    }
    return current;
  };
}

export type Resolve = ReturnType<typeof resolver>;

/** The schema's types as a list (`["string","null"]`), empty when it names none. */
export function typesOf(schema: JsonSchema): string[] {
  if (schema.type === undefined) return [];
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

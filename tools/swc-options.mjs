// The one swc configuration for server TypeScript: used by the build (tools/build-api.mjs) and by Jest.
// Decorator metadata is required by NestJS dependency injection and TypeORM; swc emits it like tsc does.
export function serverSwcOptions({ baseUrl, paths } = {}) {
  return {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
      ...(baseUrl ? { baseUrl, paths } : {}),
    },
    module: { type: 'commonjs', strictMode: true, ignoreDynamic: false },
    sourceMaps: true,
  };
}

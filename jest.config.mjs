// Jest for the API, as two projects: `unit` (*.spec.ts, pure rules, no database) and `e2e` (*.e2e-spec.ts,
// HTTP against real PostgreSQL, each file on its own database cloned from a migrated template).
// TypeScript and the ESM-only packages (NestJS 12 and a few of its dependencies) are compiled to CommonJS by swc.
import fs from 'node:fs';
import { serverSwcOptions } from './tools/swc-options.mjs';

const { compilerOptions } = JSON.parse(
  fs.readFileSync(new URL('./tsconfig.base.json', import.meta.url), 'utf8'),
);
const moduleNameMapper = {
  ...Object.fromEntries(
    Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
      `^${alias}$`,
      `<rootDir>/${target.replace(/^\.\//, '')}`,
    ]),
  ),
  // The e2e setup's one dynamic import: TypeScript resolves `import()` by ECMAScript rules, which want the
  // `.js` name of a `.ts` file; Jest runs the `.ts` file itself.
  '^\\.\\./src/app\\.migrations\\.js$': '<rootDir>/apps/api/src/app.migrations.ts',
};
const ESM_ONLY_PACKAGES = ['@nestjs', 'content-disposition'];

const shared = {
  rootDir: '.',
  testEnvironment: 'node',
  roots: ['<rootDir>/apps/api', '<rootDir>/libs/api', '<rootDir>/tools'],
  moduleNameMapper,
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...serverSwcOptions(), swcrc: false }],
    '^.+\\.m?js$': ['@swc/jest', { jsc: { target: 'es2023' }, module: { type: 'commonjs' }, swcrc: false }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_PACKAGES.join('|')})/)`],
};

export default {
  maxWorkers: 2,
  testTimeout: 30000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/api/platform/src/testing/jest-global-setup.ts',
      globalTeardown: '<rootDir>/libs/api/platform/src/testing/jest-global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/apps/api/test/jest-setup.ts'],
    },
  ],
};

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';
import { precompressAssets } from './precompress-assets';

const adminRoot = import.meta.dirname;
const workspaceRoot = path.resolve(adminRoot, '../..');
// `npm run dev:api` listens here; the dev server forwards API calls so the console runs on one origin.
const apiOrigin = 'http://localhost:3000';

/** Spec files that replace a module with vi.mock: such a file needs a module graph of its own (see `test`). */
function specsThatMockModules(): string[] {
  const specs = readdirSync(path.join(adminRoot, 'src'), { recursive: true, encoding: 'utf8' });
  return specs
    .filter((file) => /\.spec\.tsx?$/.test(file))
    .filter((file) => /\bvi\.(do)?mock\(/.test(readFileSync(path.join(adminRoot, 'src', file), 'utf8')))
    .map((file) => `src/${file.split(path.sep).join('/')}`);
}
const mockingSpecs = specsThatMockModules();
const SPECS = 'src/**/*.spec.{ts,tsx}';

export default defineConfig({
  root: adminRoot,
  // Kept with the workspace's other caches rather than in an apps/admin/node_modules of its own.
  cacheDir: path.join(workspaceRoot, 'node_modules/.vite/admin'),
  plugins: [react(), precompressAssets()],
  build: {
    outDir: path.join(workspaceRoot, 'dist/admin'),
    emptyOutDir: true,
    rolldownOptions: {
      treeshake: {
        moduleSideEffects: (id) => (/node_modules\/@rc-component\//.test(id) ? false : undefined),
      },
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/api': apiOrigin,
      '/health': apiOrigin,
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    // A test that renders the whole console waits for lazily loaded pages, and antd under jsdom, on two cores
    // shared with other test files: 5 s (the default) is too tight for that, not a sign of a hang.
    testTimeout: 15_000,
    // Vitest leaves one core free by default, which on two cores runs the files one at a time; `npm test`
    // runs nothing else meanwhile.
    maxWorkers: 2,
    projects: [
      {
        // Most files share a worker's module graph and jsdom window with the files before them instead of a
        // fresh process each: antd, jsdom and the console are loaded once per worker rather than once per file
        // (about a tenth of the suite's CPU time), and pages an earlier file loaded lazily render at once.
        // setup.ts puts back what a file may leave behind (session, storage, language, fetch, timers, styles).
        extends: true,
        test: {
          name: 'shared',
          isolate: false,
          include: [SPECS],
          exclude: [...configDefaults.exclude, ...mockingSpecs],
        },
      },
      {
        // A vi.mock replaces a module only for modules imported after it, and would stay in place for the
        // files after it: these files get a module graph of their own.
        extends: true,
        test: { name: 'isolated', isolate: true, include: mockingSpecs },
      },
    ],
  },
});

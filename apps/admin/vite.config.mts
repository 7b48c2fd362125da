import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const adminRoot = import.meta.dirname;
const workspaceRoot = path.resolve(adminRoot, '../..');
// `npm run dev:api` listens here; the dev server forwards API calls so the console runs on one origin.
const apiOrigin = 'http://localhost:3000';

export default defineConfig({
  root: adminRoot,
  // Kept with the workspace's other caches rather than in an apps/admin/node_modules of its own.
  cacheDir: path.join(workspaceRoot, 'node_modules/.vite/admin'),
  plugins: [react()],
  build: {
    outDir: path.join(workspaceRoot, 'dist/admin'),
    emptyOutDir: true,
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
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // A test that renders the whole console waits for lazily loaded pages, and antd under jsdom, on two cores
    // shared with other test files: 5 s (the default) is too tight for that, not a sign of a hang.
    testTimeout: 15_000,
    // Vitest leaves one core free by default, which on two cores runs the files one at a time; `npm test`
    // runs nothing else meanwhile.
    maxWorkers: 2,
  },
});

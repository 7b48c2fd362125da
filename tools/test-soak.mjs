#!/usr/bin/env node
// `npm run test:soak`: the reliability suites (apps/api/test/reliability) at full size — thousands of concurrent
// requests, faults injected into running API processes, fuzzing every operation for longer. The same files run
// in `npm test` at a small size; SOAK=1 turns them up (see apps/api/test/reliability/soak.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const jest = path.join(root, 'node_modules', '.bin', 'jest');
const result = spawnSync(
  jest,
  [
    '--config',
    'jest.config.mjs',
    '--selectProjects',
    'e2e',
    '--runInBand',
    '--testTimeout',
    String(30 * 60_000),
    '--testPathPatterns',
    'apps/api/test/reliability',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, SOAK: '1', NX_DAEMON: 'false' } },
);
process.exit(result.status ?? 1);

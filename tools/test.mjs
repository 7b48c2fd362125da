#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest. Stops at the first failure and says which.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const env = { ...process.env, NX_DAEMON: 'false', FORCE_COLOR: process.env.FORCE_COLOR ?? '1' };
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const steps = [
  ['format (prettier)', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  // The module-boundary rule reads Nx's project graph and skips itself silently without one.
  ['project graph (nx)', bin('nx'), ['show', 'projects']],
  ['lint (eslint)', bin('eslint'), ['--max-warnings', '0', '.']],
  ['typecheck API (tsc)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['typecheck admin (tsc)', bin('tsc'), ['-p', 'apps/admin/tsconfig.json', '--noEmit']],
  ['API unit + e2e tests (jest, real PostgreSQL)', bin('jest'), ['--config', 'jest.config.mjs']],
  ['admin unit tests (vitest)', bin('vitest'), ['run', '--config', 'apps/admin/vite.config.mts']],
  ['docker-compose.yml', process.execPath, ['tools/check-compose.mjs']],
  ['browser test (Chromium)', process.execPath, ['tools/browser-test/run.mjs']],
];

const timings = [];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    stdio: name.startsWith('project graph') ? 'ignore' : 'inherit',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`  ${result.status === 0 ? '✓' : '✗'} ${name} (${seconds} s)`);
  if (result.status !== 0) {
    console.error(`\n${timings.join('\n')}\n\n✗ npm test failed at: ${name}`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n${timings.join('\n')}\n\n✓ npm test passed`);

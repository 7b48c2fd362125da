#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest. Stops at the first failure and says which.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const env = { ...process.env, NX_DAEMON: 'false', FORCE_COLOR: process.env.FORCE_COLOR ?? '1' };
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

// The static checks are single-threaded, so on two cores they run as two lanes of about equal length (a lane
// runs in order; each step's output is printed whole when it ends, so the lanes' lines do not interleave).
// The module-boundary rule reads Nx's project graph and skips itself silently without one: the graph comes
// first in eslint's lane.
const staticLanes = [
  [
    ['project graph (nx)', bin('nx'), ['show', 'projects'], { quiet: true }],
    ['lint (eslint)', bin('eslint'), ['--max-warnings', '0', '.']],
    ['typecheck API (tsc)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ],
  [
    ['format (prettier)', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
    ['typecheck admin (tsc)', bin('tsc'), ['-p', 'apps/admin/tsconfig.json', '--noEmit']],
  ],
];
// These use both cores each, so one at a time.
const steps = [
  ['API unit + e2e tests (jest, real PostgreSQL)', bin('jest'), ['--config', 'jest.config.mjs']],
  ['admin unit tests (vitest)', bin('vitest'), ['run', '--config', 'apps/admin/vite.config.mts']],
  ['docker-compose.yml', process.execPath, ['tools/check-compose.mjs']],
  ['browser test (Chromium)', process.execPath, ['tools/browser-test/run.mjs']],
];

const timings = [];
let failed;

/** Runs one step; `buffered` keeps its output until it ends (for the lanes). Resolves to its exit status. */
function run([name, command, args, { quiet = false } = {}], { buffered }) {
  if (!buffered) console.log(`\n▶ ${name}`);
  const started = Date.now();
  const child = spawn(command, args, {
    cwd: root,
    env,
    stdio: quiet ? 'ignore' : buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const status = code ?? 1;
      if (buffered) process.stdout.write(`\n▶ ${name}\n${Buffer.concat(output).toString()}`);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      timings.push(`  ${status === 0 ? '✓' : '✗'} ${name} (${seconds} s)`);
      if (status !== 0) failed ??= name;
      resolve(status);
    });
  });
}

function stopIfFailed() {
  if (!failed) return;
  console.error(`\n${timings.join('\n')}\n\n✗ npm test failed at: ${failed}`);
  process.exit(1);
}

await Promise.all(
  staticLanes.map(async (lane) => {
    // A lane stops at its first failure; the other finishes the step it is in.
    for (const step of lane) if (failed || (await run(step, { buffered: true })) !== 0) return;
  }),
);
stopIfFailed();
for (const step of steps) {
  await run(step, { buffered: false });
  stopIfFailed();
}
console.log(`\n${timings.join('\n')}\n\n✓ npm test passed`);

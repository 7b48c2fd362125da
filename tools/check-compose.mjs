#!/usr/bin/env node
// Validates docker-compose.yml with `docker-compose config -q` when that tool is installed (no Docker engine
// is needed: `apt-get install -y --no-install-recommends docker-compose`). Without it, says so and passes.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const env = { ...process.env, POSTGRES_PASSWORD: 'compose-check', ADMIN_PASSWORD: 'compose-check-password' };
for (const [command, args] of [
  ['docker-compose', ['config', '-q']],
  ['docker', ['compose', 'config', '-q']],
]) {
  // A docker CLI without the compose plugin answers `docker compose …` with an error of its own: ask first.
  if (command === 'docker' && !composePluginAvailable()) continue;
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8' });
  if (result.error) continue;
  if (result.status === 0) {
    console.log(`docker-compose.yml is valid (${command} ${args.join(' ')})`);
    process.exit(0);
  }
  console.error(result.stderr || result.stdout);
  process.exit(1);
}
console.log(
  'docker-compose is not installed here: docker-compose.yml not validated (apt-get install docker-compose).',
);

function composePluginAvailable() {
  const probe = spawnSync('docker', ['compose', 'version'], { cwd: root, encoding: 'utf8' });
  return !probe.error && probe.status === 0 && !/unknown command|is not a docker command/i.test(probe.stderr);
}

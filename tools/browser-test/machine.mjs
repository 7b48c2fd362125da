// The machine side of the browser test: Chromium, the builds, and the API process it drives.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {
  ADMIN,
  API_READY_DEADLINE_MS,
  API_STOP_DEADLINE_MS,
  CHROMIUM,
  adminDist,
  apiMain,
  log,
  root,
} from './settings.mjs';

function run(command, args, options = {}) {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`,
    );
  }
}

export function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  log(`${CHROMIUM} is missing: installing Debian's chromium package with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', 'chromium'], { env });
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`apt-get installed chromium but ${CHROMIUM} is still missing`);
}

export function build() {
  run(process.execPath, ['tools/build-api.mjs']);
  run('npx', ['vite', 'build', '--config', 'apps/admin/vite.config.mts']);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The API as a child process; its output is kept for the failure report. */
export function startApi(dataDir, port) {
  // No DATABASE_URL (embedded PostgreSQL), and the temp folder as working directory so a developer's .env
  // in the repository cannot point this run at a real database.
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, [apiMain], {
    cwd: dataDir,
    env: {
      ...env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: path.join(dataDir, 'data'),
      DEMO_DATA: 'true',
      ADMIN_DIST_DIR: adminDist,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      // The webhooks flow subscribes a receiver it runs on this machine, which the API otherwise refuses as a
      // local address; and its deliveries are picked up sooner than the default 2 s poll.
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      JOBS_POLL_SECONDS: '0.5',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk) => output.push(chunk.toString()));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, output, exited };
}

export async function waitForReady(api, baseUrl) {
  const deadline = Date.now() + API_READY_DEADLINE_MS;
  let exitedEarly;
  void api.exited.then((how) => (exitedEarly = how));
  for (;;) {
    if (exitedEarly) throw new Error(`The API exited while starting (${JSON.stringify(exitedEarly)})`);
    try {
      const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The API was not ready within ${API_READY_DEADLINE_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function stopApi(api) {
  if (api.child.exitCode !== null || api.child.signalCode !== null) return;
  api.child.kill('SIGTERM');
  const stopped = await Promise.race([
    api.exited.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), API_STOP_DEADLINE_MS).unref()),
  ]);
  if (!stopped) {
    log(`The API did not stop within ${API_STOP_DEADLINE_MS} ms of SIGTERM; killing it`);
    api.child.kill('SIGKILL');
  }
}

// The database a benchmark works on: DATABASE_URL when given, else the platform's EmbeddedPostgres with its data
// in bench/.data (BENCH_DATA_DIR), durable settings as `npm start` has them (not the tests' fsync-off cluster).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { builtApiDir, builtMain, root } from './build-api.mjs';

const require = createRequire(import.meta.url);
export const benchDataDir = path.resolve(root, process.env.BENCH_DATA_DIR ?? 'bench/.data');
export const BENCH_ADMIN_PASSWORD = process.env.BENCH_ADMIN_PASSWORD ?? 'bench-admin-password-1';

/** Opens the database: `{ url, embedded, stop() }`. `fresh` removes an embedded data folder first. */
export async function openDatabase({ fresh = false, log } = {}) {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  if (fresh) fs.rmSync(benchDataDir, { recursive: true, force: true });
  const { EmbeddedPostgres } = require(path.join(builtApiDir, 'libs/api/platform/src/index.js'));
  const server = await EmbeddedPostgres.start({ dataDir: benchDataDir, log: log ?? (() => undefined) });
  return { url: server.url(), embedded: true, stop: () => server.stop() };
}

/**
 * Starts the built API (node dist-bench-api/.../main.js) in its own process against `url`, resolves when
 * /health/ready answers. Rate limits are lifted (a benchmark is one user hammering) and the log kept quiet.
 */
export async function startApi({ url, port, env = {}, nodeArgs = [], log = () => undefined }) {
  const child = spawn(process.execPath, [...nodeArgs, builtMain], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
      RATE_LIMIT_PER_MINUTE: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-20000);
    for (const line of String(chunk).split('\n')) if (line.trim()) log(line);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited while starting:\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API did not become ready in 120 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    pid: child.pid,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

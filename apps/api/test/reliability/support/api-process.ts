import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { TEST_ADMIN_PASSWORD } from '@zhanggui/api-platform/testing';

export interface ApiProcess {
  pid: number;
  port: number;
  baseUrl: string;
  output(): string;
  /** "running", or how the process ended. */
  exitStatus(): string;
  /** `kill -9`: no shutdown hooks, no draining, open transactions cut off where they stand. */
  crash(): Promise<void>;
  /** SIGTERM, waiting for the graceful drain. */
  stop(): Promise<void>;
}

/**
 * The compiled API (`node dist/.../main.js`, as `npm start` runs it) in a process of its own, against
 * `databaseUrl` on `port`: resolves once /health/ready answers 200. Jobs poll fast and retry soon so a test
 * sees deliveries within seconds; webhooks may reach this machine's test receivers.
 */
export async function startApiProcess(options: {
  main: string;
  databaseUrl: string;
  port?: number;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<ApiProcess> {
  const port = options.port ?? (await freePort());
  // With DATABASE_URL the data folder holds only uploads: one of the test's own, never the repository's .data.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-fault-api-'));
  const { DATABASE_URL: _db, TEST_DATABASE_URL: _test, ...inherited } = process.env;
  const child = spawn(process.execPath, [options.main], {
    env: {
      ...inherited,
      NODE_ENV: 'production',
      DATABASE_URL: options.databaseUrl,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
      ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
      RATE_LIMIT_PER_MINUTE: '100000',
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      JOBS_POLL_SECONDS: '0.5',
      JOBS_RETRY_DELAY_SECONDS: '1',
      DB_POOL_SIZE: '10',
      SHUTDOWN_TIMEOUT_MS: '5000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2_000_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  running.add(child);
  child.once('exit', () => running.delete(child));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`The API exited while starting:\n${output}`);
    const ready = await fetch(`${baseUrl}/health/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API did not become ready:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    pid: child.pid!,
    port,
    baseUrl,
    output: () => output,
    exitStatus: () =>
      child.exitCode !== null || child.signalCode !== null
        ? `exited (${child.exitCode ?? child.signalCode})`
        : 'running',
    crash: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const running = new Set<ChildProcess>();

/** Whatever a failed assertion interrupted, no API process outlives the test file (call from afterAll). */
export function killAllApiProcesses(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Answer {
  status: number;
  body: { code?: string; [key: string]: unknown };
  headers: Headers;
}

/** One JSON request to a process; a connection that fails (the process died) answers status 0. */
export async function call(
  baseUrl: string,
  method: string,
  route: string,
  options: { auth?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  try {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      headers: {
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.auth ? { authorization: options.auth } : {}),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers };
  } catch {
    return { status: 0, body: {}, headers: new Headers() };
  }
}

import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(ROOT, 'dist/api/apps/api/src/main.js');
/** A built asset large enough for its compressed copies to be worth serving (@fastify/static skips tiny ones). */
const ASSET = `console.log(${JSON.stringify('掌柜 '.repeat(2000))});`;

/**
 * The zero-setup start as a newcomer meets it: the built server with no DATABASE_URL starts its own
 * PostgreSQL in DATA_DIR, keeps the data across restarts, and comes back after kill -9.
 */
describe('npm start without a database', () => {
  let dataDir: string;
  let adminDir: string;
  let port: number;

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(ROOT, 'tools/build-api.mjs')], { stdio: 'ignore' });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-start-'));
    fs.chmodSync(dataDir, 0o755);
    adminDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-admin-'));
    fs.mkdirSync(path.join(adminDir, 'assets'));
    fs.writeFileSync(
      path.join(adminDir, 'index.html'),
      '<!doctype html><title>掌柜</title><div id="root"></div>',
    );
    fs.writeFileSync(path.join(adminDir, 'assets', 'index-abc123.js'), ASSET);
    fs.writeFileSync(path.join(adminDir, 'assets', 'index-abc123.js.gz'), zlib.gzipSync(ASSET));
    fs.writeFileSync(path.join(adminDir, 'assets', 'index-abc123.js.br'), zlib.brotliCompressSync(ASSET));
    port = await freePort();
  });

  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(adminDir, { recursive: true, force: true });
  });

  const env = (extra: Record<string, string> = {}) => {
    const { DATABASE_URL: _db, TEST_DATABASE_URL: _test, ...rest } = process.env;
    return {
      ...rest,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      ADMIN_DIST_DIR: adminDir,
      LOG_LEVEL: 'warn',
      ...extra,
    };
  };
  let token = '';
  const api = (route: string, init: RequestInit = {}) =>
    fetch(`http://127.0.0.1:${port}${route}`, {
      ...init,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers },
    });
  const getJson = async (route: string): Promise<any> => (await api(route)).json();
  /** Signs in as the first administrator, whose password the first start printed. */
  const signIn = async (password: string) => {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(response.status).toBe(200);
    token = ((await response.json()) as { accessToken: string }).accessToken;
  };
  // Whatever a failing assertion interrupts, no server outlives the test file.
  const running = new Set<ChildProcess>();
  afterEach(() => {
    for (const child of running) child.kill('SIGKILL');
    running.clear();
  });

  it('starts, serves, keeps data over a clean restart and recovers from kill -9', async () => {
    const first = await startServer(env());
    const printed = /Sign in:\s+admin \/ (\S+)\s+<- generated now/.exec(first.output());
    expect(printed).not.toBeNull();
    await signIn(printed![1]);
    const units = await getJson('/api/v1/org-units?kind=company');
    expect(units.data).toEqual([expect.objectContaining({ code: 'DEMO', kind: 'company' })]);
    const created = await api('/api/v1/org-units', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        code: 'KEEP-ME',
        name: '重启后仍在',
        kind: 'department',
        parentId: units.data[0].id,
      }),
    });
    expect(created.status).toBe(201);
    expect(await stop(first, 'SIGTERM')).toBe(0);

    const second = await startServer(env());
    expect(second.output()).toContain('Sign in:             admin (password set at its first start)');
    await signIn(printed![1]);
    const kept = await getJson('/api/v1/org-units?q=KEEP-ME');
    expect(kept.data).toHaveLength(1);
    const companies = await getJson('/api/v1/org-units?kind=company&count=true');
    expect(companies.total).toBe(1); // demo data is not loaded twice
    await stop(second, 'SIGKILL'); // leaves the embedded PostgreSQL running, as a crash would

    const third = await startServer(env());
    expect(third.output()).toContain('left running by an earlier run');
    await signIn(printed![1]);
    expect((await getJson('/api/v1/org-units?q=KEEP-ME')).data).toHaveLength(1);

    // A second server on the same data folder is refused with a message that says what to do.
    const intruder = spawn(process.execPath, [MAIN], {
      env: env({ PORT: String(await freePort()) }),
      stdio: 'pipe',
    });
    const intruderOutput = await collectUntilExit(intruder);
    expect(intruderOutput.code).toBe(1);
    expect(intruderOutput.text).toContain('Another Zhanggui server');
    expect((await api('/health/ready')).status).toBe(200);

    expect(await stop(third, 'SIGTERM')).toBe(0);
  }, 120_000);

  it('serves the admin console: cached assets, revalidated index, deep links, API 404s stay problems', async () => {
    const server = await startServer(env());
    try {
      const index = await api('/');
      expect(index.headers.get('cache-control')).toBe('no-cache');
      expect(await index.text()).toContain('<div id="root">');
      const asset = await api('/assets/index-abc123.js', { headers: { 'accept-encoding': 'identity' } });
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('content-encoding')).toBeNull();
      expect(await asset.text()).toBe(ASSET);
      // The build's compressed copies, chosen by what the browser accepts; the content is the same script.
      for (const [accepted, encoding] of [
        ['gzip, deflate, br', 'br'],
        ['gzip', 'gzip'],
      ]) {
        const compressed = await api('/assets/index-abc123.js', { headers: { 'accept-encoding': accepted } });
        expect(compressed.headers.get('content-encoding')).toBe(encoding);
        expect(compressed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        expect(compressed.headers.get('vary')).toContain('accept-encoding');
        expect(await compressed.text()).toBe(ASSET);
      }
      const deepLink = await api('/administration/org-units?kind=city');
      expect(deepLink.status).toBe(200);
      expect(await deepLink.text()).toContain('<title>掌柜</title>');
      const apiMiss = await api('/api/v1/nowhere');
      expect(apiMiss.status).toBe(404);
      expect(apiMiss.headers.get('content-type')).toContain('application/problem+json');
    } finally {
      await stop(server, 'SIGTERM');
    }
  }, 60_000);

  it('refuses a bad setting with a message naming it', async () => {
    const child = spawn(process.execPath, [MAIN], { env: env({ PORT: 'eighty' }), stdio: 'pipe' });
    const { code, text } = await collectUntilExit(child);
    expect(code).toBe(1);
    expect(text).toContain('PORT must be an integer from 1 to 65535 (got "eighty")');
  });

  async function startServer(environment: NodeJS.ProcessEnv) {
    const child = spawn(process.execPath, [MAIN], { env: environment, stdio: 'pipe' });
    running.add(child);
    child.once('exit', () => running.delete(child));
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`The server exited early:\n${output}`);
      const ready = await api('/health/ready').then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready) return Object.assign(child, { output: () => output });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    child.kill('SIGKILL');
    throw new Error(`The server did not become ready:\n${output}`);
  }
});

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

function collectUntilExit(child: ChildProcess): Promise<{ code: number | null; text: string }> {
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, text })));
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
